import { ComputeBudgetProgram, TransactionInstruction } from "@solana/web3.js";

export interface ComputeBudgetOptions {
  /** Compute units the transaction may use (default: 200,000 per instruction, capped at 1.4M). */
  readonly computeUnitLimit?: number;
  /** Priority fee in micro-lamports per compute unit; the fee is limit × price / 10^6, rounded up. */
  readonly priorityFeeMicroLamports?: number | bigint;
}

/** The compute-budget instructions for `options`, to put before a transaction's other instructions. */
export function computeBudgetInstructions(options: ComputeBudgetOptions): TransactionInstruction[] {
  const instructions: TransactionInstruction[] = [];
  if (options.computeUnitLimit !== undefined) {
    instructions.push(ComputeBudgetProgram.setComputeUnitLimit({ units: options.computeUnitLimit }));
  }
  if (options.priorityFeeMicroLamports !== undefined && BigInt(options.priorityFeeMicroLamports) > 0n) {
    instructions.push(ComputeBudgetProgram.setComputeUnitPrice({ microLamports: options.priorityFeeMicroLamports }));
  }
  return instructions;
}
