// The named error a rejected market transaction reports, however it was sent.
import { AnchorError } from "@coral-xyz/anchor";
import { SendTransactionError } from "@solana/web3.js";
import { expect } from "chai";
import { TransactionFailedError } from "../../harness";

/** Awaits a transaction that must fail and returns the Anchor error name it logged. */
export async function anchorErrorOf(promise: Promise<unknown>): Promise<string> {
  let logs: readonly string[];
  try {
    await promise;
  } catch (err) {
    if (err instanceof AnchorError) logs = err.logs;
    else if (err instanceof TransactionFailedError) logs = err.logLines;
    else if (err instanceof SendTransactionError) logs = err.logs ?? [];
    else throw err;
    const parsed = AnchorError.parse([...logs]);
    if (!parsed) throw new Error(`the transaction failed without an Anchor error:\n${logs.join("\n")}`);
    return parsed.error.errorCode.code;
  }
  throw new Error("expected the transaction to fail, but it succeeded");
}

export async function expectAnchorError(promise: Promise<unknown>, name: string): Promise<void> {
  expect(await anchorErrorOf(promise)).to.equal(name);
}
