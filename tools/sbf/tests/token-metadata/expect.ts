// Assertions the Token Metadata suite shares: a refusal with the program's named error (named by
// the npm client's own error table, whose 193 codes match 1.13.2's MetadataError one for one) and
// images of accounts, to prove a refused transaction left them byte-for-byte as they were.
import { errorFromCode } from "@metaplex-foundation/mpl-token-metadata";
import { PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { SentTransaction, TestContext, TransactionFailedError } from "../../../../tests/harness";
import { TOKEN_METADATA_PROGRAM_ID } from "./client";

export interface AccountImage {
  readonly lamports: bigint;
  readonly owner: string;
  readonly data: string;
}

/** Lamports, owner and data (hex) of each account; a missing account is recorded as null. */
export async function imagesOf(ctx: TestContext, addresses: readonly PublicKey[]): Promise<Record<string, AccountImage | null>> {
  const images: Record<string, AccountImage | null> = {};
  for (const address of addresses) {
    const info = await ctx.getAccount(address);
    images[address.toBase58()] = info ? { lamports: BigInt(info.lamports), owner: info.owner.toBase58(), data: info.data.toString("hex") } : null;
  }
  return images;
}

export interface Rejection {
  readonly logs: readonly string[];
  /** The transaction as it landed (sent with skipPreflight, so its fee was charged). */
  readonly landed: SentTransaction;
}

/** Checks how a transaction that must fail failed. */
export type RefusalCheck = (sending: Promise<SentTransaction>) => Promise<Rejection>;

/**
 * Token Metadata's instruction `index` fails with its custom error `name`, which the program logs
 * as the error's message.
 */
export const metadataError =
  (name: string, index = 0): RefusalCheck =>
  async (sending) => {
    const { failure, logs, code } = await customFailure(sending, index);
    const known = errorFromCode(code);
    expect(known?.name, `custom error ${code}\n${logs}`).to.equal(name);
    expect(failure.logLines, logs).to.include(`Program log: ${known?.message}`);
    expect(failure.logLines, logs).to.include(`Program ${TOKEN_METADATA_PROGRAM_ID.toBase58()} failed: custom program error: 0x${code.toString(16)}`);
    return landedOf(failure);
  };

/**
 * 1.13.2 has no error of its own for a metadata account that exists: its System Program CPI to
 * allocate the PDA fails with SystemError::AccountAlreadyInUse (custom 0), which it passes on.
 */
export const systemAccountAlreadyInUse =
  (address: PublicKey, index = 0): RefusalCheck =>
  async (sending) => {
    const { failure, logs, code } = await customFailure(sending, index);
    expect(code, logs).to.equal(0);
    expect(failure.logLines, logs).to.include(`Allocate: account Address { address: ${address.toBase58()}, base: None } already in use`);
    expect(failure.logLines, logs).to.include("Program 11111111111111111111111111111111 failed: custom program error: 0x0");
    expect(failure.logLines, logs).to.include(`Program ${TOKEN_METADATA_PROGRAM_ID.toBase58()} failed: custom program error: 0x0`);
    return landedOf(failure);
  };

async function customFailure(sending: Promise<SentTransaction>, index: number): Promise<{ failure: TransactionFailedError; logs: string; code: number }> {
  let failure: TransactionFailedError | undefined;
  try {
    await sending;
  } catch (err) {
    if (!(err instanceof TransactionFailedError)) throw err;
    failure = err;
  }
  if (!failure) throw new Error("expected the transaction to be refused, but it succeeded");
  const logs = failure.logLines.join("\n");
  const txError = failure.txError;
  const ixError = typeof txError === "object" && "InstructionError" in txError ? txError.InstructionError : null;
  const code = ixError && typeof ixError[1] === "object" && "Custom" in ixError[1] ? ixError[1].Custom : null;
  expect(ixError?.[0], `failing instruction\n${logs}`).to.equal(index);
  if (code === null) throw new Error(`expected a custom program error, got ${JSON.stringify(txError)}\n${logs}`);
  return { failure, logs, code };
}

function landedOf(failure: TransactionFailedError): Rejection {
  if (!failure.landed) throw new Error("send with skipPreflight so that the runtime's rollback itself is checked");
  return { logs: failure.logLines, landed: failure.landed };
}
