import {
  AddressLookupTableAccount,
  Commitment,
  Connection,
  Signer,
  TransactionInstruction,
  TransactionSignature,
} from "@solana/web3.js";
import { ErrorSource, NormalDanceTransactionError, decodeProgramError } from "../errors";
import { ComputeBudgetOptions } from "../instructions/compute-budget";
import { buildTransaction } from "../transactions/build-transaction";
import { TransactionSigner } from "./signer";

/** The RPC calls an action makes; a `Connection` has them, and so does the test harness's. */
export type ActionConnection = Pick<Connection, "getLatestBlockhash" | "sendRawTransaction" | "confirmTransaction" | "getTransaction">;

export interface SendActionParams extends ComputeBudgetOptions {
  readonly connection: ActionConnection;
  /** Pays the fee and signs (a wallet adapter or `keypairSigner`). */
  readonly signer: TransactionSigner;
  readonly instructions: readonly TransactionInstruction[];
  /** Other required signers held locally, e.g. a new account's keypair. */
  readonly additionalSigners?: readonly Signer[];
  readonly addressLookupTables?: readonly AddressLookupTableAccount[];
  /** Default `confirmed`. */
  readonly commitment?: Commitment;
  readonly skipPreflight?: boolean;
  /** IDLs used to name program errors in thrown `NormalDanceTransactionError`s. */
  readonly errorSources?: readonly ErrorSource[];
}

export interface ActionResult {
  readonly signature: TransactionSignature;
  readonly slot: number;
}

/**
 * Builds, signs, sends and confirms one transaction. Any failure — preflight rejection, a landed
 * transaction that failed, a stale blockhash — is thrown as `NormalDanceTransactionError`, whose
 * `decoded` names the error from `errorSources`.
 */
export async function sendAction(params: SendActionParams): Promise<ActionResult> {
  const commitment = params.commitment ?? "confirmed";
  const sources = params.errorSources ?? [];
  const { blockhash, lastValidBlockHeight } = await params.connection.getLatestBlockhash(commitment);
  const tx = buildTransaction({ ...params, payer: params.signer.publicKey, recentBlockhash: blockhash });
  if (params.additionalSigners?.length) tx.sign([...params.additionalSigners]);
  const signed = await params.signer.signTransaction(tx);

  let signature: TransactionSignature;
  try {
    signature = await params.connection.sendRawTransaction(signed.serialize(), {
      skipPreflight: params.skipPreflight,
      preflightCommitment: commitment,
    });
  } catch (err) {
    throw new NormalDanceTransactionError({ decoded: decodeProgramError(sources, err), signature: null, cause: err });
  }

  let confirmation: Awaited<ReturnType<ActionConnection["confirmTransaction"]>>;
  try {
    confirmation = await params.connection.confirmTransaction({ signature, blockhash, lastValidBlockHeight }, commitment);
  } catch (err) {
    // e.g. the blockhash expired before the transaction was seen
    throw new NormalDanceTransactionError({ decoded: decodeProgramError(sources, err), signature, cause: err });
  }
  if (confirmation.value.err) {
    // Confirmation reports only the error; the logs that explain it come with the transaction.
    const landed = await params.connection.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
    const failure = { err: confirmation.value.err, logs: landed?.meta?.logMessages ?? [] };
    throw new NormalDanceTransactionError({ decoded: decodeProgramError(sources, failure), signature, cause: failure });
  }
  return { signature, slot: confirmation.context.slot };
}
