import {
  AddressLookupTableAccount,
  PublicKey,
  Transaction,
  TransactionInstruction,
  TransactionMessage,
  VersionedTransaction,
} from "@solana/web3.js";
import { ComputeBudgetOptions, computeBudgetInstructions } from "../instructions/compute-budget";

export interface BuildTransactionParams extends ComputeBudgetOptions {
  readonly instructions: readonly TransactionInstruction[];
  readonly payer: PublicKey;
  readonly recentBlockhash: string;
  /** Tables to compress account keys with (version-0 transactions only). */
  readonly addressLookupTables?: readonly AddressLookupTableAccount[];
}

function withComputeBudget(params: BuildTransactionParams): TransactionInstruction[] {
  return [...computeBudgetInstructions(params), ...params.instructions];
}

/**
 * An unsigned version-0 transaction, ready for a wallet adapter's `signTransaction` (and for
 * `partialSign`-style extra signers via `tx.sign([...])` before it).
 */
export function buildTransaction(params: BuildTransactionParams): VersionedTransaction {
  const message = new TransactionMessage({
    payerKey: params.payer,
    recentBlockhash: params.recentBlockhash,
    instructions: withComputeBudget(params),
  }).compileToV0Message(params.addressLookupTables ? [...params.addressLookupTables] : undefined);
  return new VersionedTransaction(message);
}

/** The same as a legacy transaction, for wallets or tools that cannot take version 0. */
export function buildLegacyTransaction(params: Omit<BuildTransactionParams, "addressLookupTables">): Transaction {
  const tx = new Transaction({ feePayer: params.payer, recentBlockhash: params.recentBlockhash });
  return tx.add(...withComputeBudget(params));
}
