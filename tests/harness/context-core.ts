import { Idl, Program } from "@coral-xyz/anchor";
import { Keypair, PublicKey, Signer, Transaction, TransactionInstruction, VersionedTransaction } from "@solana/web3.js";
import { sentTransactionFromResponse } from "./sent-transaction";
import type { ClockState, SendOptions, TestContext } from "./test-context";

/** What a lane must supply; everything else in `TestContext` is built from it, identically for all lanes. */
export type LaneBackend = Pick<
  TestContext,
  "lane" | "capabilities" | "provider" | "connection" | "payer" | "programIds" | "airdrop" | "setAccount" | "warpClock" | "clock" | "close"
>;

const DEFAULT_KEYPAIR_LAMPORTS = 10_000_000_000n;

export function contextFromBackend(backend: LaneBackend): TestContext {
  const { provider, connection } = backend;

  const transaction = async (signature: string) => {
    const response = await connection.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
    if (!response) throw new Error(`transaction ${signature} not found`);
    return sentTransactionFromResponse(signature, response);
  };

  const send = async (
    tx: Transaction | VersionedTransaction | readonly TransactionInstruction[],
    signers: readonly Signer[] = [],
    opts: SendOptions = {},
  ) => {
    const built = isInstructionList(tx) ? new Transaction().add(...tx) : tx;
    const allSigners = [...signers];
    if (opts.feePayer) {
      if (built instanceof VersionedTransaction) throw new Error("feePayer is fixed inside a VersionedTransaction's message");
      built.feePayer = opts.feePayer.publicKey;
      allSigners.push(opts.feePayer);
    }
    const signature = await provider.sendAndConfirm(built, allSigners, {
      commitment: "confirmed",
      skipPreflight: opts.skipPreflight,
    });
    return transaction(signature);
  };

  const advanceClock = async (by: { slots?: bigint | number; seconds?: bigint | number }) => {
    const now: ClockState = await backend.clock();
    await backend.warpClock({
      slot: by.slots === undefined ? undefined : now.slot + BigInt(by.slots),
      unixTimestamp: by.seconds === undefined ? undefined : now.unixTimestamp + BigInt(by.seconds),
    });
  };

  return {
    ...backend,
    wallet: provider.wallet,
    program: <I extends Idl>(idl: I) => new Program<I>(idl, provider),
    send,
    transaction,
    createFundedKeypair: async (lamports = DEFAULT_KEYPAIR_LAMPORTS) => {
      const keypair = Keypair.generate();
      await backend.airdrop(keypair.publicKey, lamports);
      return keypair;
    },
    balance: async (address: PublicKey) => BigInt(await connection.getBalance(address, "confirmed")),
    getAccount: (address: PublicKey) => connection.getAccountInfo(address, "confirmed"),
    rentExemptMinimum: async (dataLength: number) => BigInt(await connection.getMinimumBalanceForRentExemption(dataLength)),
    advanceClock,
  };
}

function isInstructionList(
  tx: Transaction | VersionedTransaction | readonly TransactionInstruction[],
): tx is readonly TransactionInstruction[] {
  return Array.isArray(tx);
}
