// What a rejected transaction says, whichever way it was sent (anchor's rpc() turns program logs
// into an AnchorError; the harness's send() throws TransactionFailedError).
import { AnchorError } from "@coral-xyz/anchor";
import { SendTransactionError } from "@solana/web3.js";
import { TransactionFailedError } from "../../../../tests/harness";

export interface Failure {
  readonly logs: readonly string[];
  /** The Anchor error the program reported (`Error Code: <name>. Error Number: <n>`), if any. */
  readonly anchor: { readonly name: string; readonly number: number } | null;
}

export async function failureOf(promise: Promise<unknown>): Promise<Failure> {
  try {
    await promise;
  } catch (err) {
    const logs = logsOf(err);
    const parsed = AnchorError.parse([...logs]);
    return { logs, anchor: parsed ? { name: parsed.error.errorCode.code, number: parsed.error.errorCode.number } : null };
  }
  throw new Error("expected the transaction to fail, but it succeeded");
}

function logsOf(err: unknown): readonly string[] {
  if (err instanceof AnchorError) return err.logs;
  if (err instanceof TransactionFailedError) return err.logLines;
  if (err instanceof SendTransactionError) return err.logs ?? [];
  throw err;
}
