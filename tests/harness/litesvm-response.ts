import { Message, TransactionResponse, VersionedTransactionResponse } from "@solana/web3.js";
import { ExecutedTransaction } from "./litesvm-chain";

/** An executed transaction in the shape of an RPC node's `getTransaction` answer (either overload). */
export function toTransactionResponse(tx: ExecutedTransaction): VersionedTransactionResponse & TransactionResponse {
  const meta = {
    err: tx.err,
    fee: tx.fee,
    preBalances: tx.preBalances,
    postBalances: tx.postBalances,
    logMessages: tx.logs,
    innerInstructions: tx.innerInstructions,
    loadedAddresses: tx.loadedAddresses,
    computeUnitsConsumed: tx.computeUnits,
    preTokenBalances: null,
    postTokenBalances: null,
    returnData: tx.returnData,
  };
  return {
    slot: tx.slot,
    blockTime: tx.blockTime,
    version: tx.message.version,
    // For a legacy transaction this is a `Message`, as the legacy overload promises.
    transaction: { message: tx.message as Message, signatures: tx.signatures },
    meta,
  };
}
