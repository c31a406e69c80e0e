import type { SuccessfulTxSimulationResponse } from "@coral-xyz/anchor/dist/cjs/utils/rpc";
import {
  CompiledInnerInstruction,
  PublicKey,
  RpcResponseAndContext,
  SendTransactionError,
  SimulatedTransactionResponse,
  TransactionReturnData,
  VersionedTransactionResponse,
} from "@solana/web3.js";
import {
  TransactionErrorJson,
  isTransactionErrorJson,
  transactionErrorMessage,
} from "../../sdk/src/svm-errors";

/** What every executed transaction exposes to tests, in either lane. */
export interface SentTransaction {
  readonly signature: string;
  readonly slot: number;
  readonly logs: readonly string[];
  readonly computeUnits: number;
  /** Lamports the fee payer paid (base fee + priority fee), as the runtime charged them. */
  readonly fee: number;
  readonly err: TransactionErrorJson | null;
  /** Static keys followed by lookup-table keys: the index space of `innerInstructions`. */
  readonly accountKeys: readonly PublicKey[];
  readonly innerInstructions: readonly CompiledInnerInstruction[];
  readonly returnData: { readonly programId: PublicKey; readonly data: Buffer } | null;
}

/** Same view over a cluster's `getTransaction` answer, so the RPC lane shares it. */
export function sentTransactionFromResponse(signature: string, response: VersionedTransactionResponse): SentTransaction {
  const meta = response.meta;
  if (!meta) throw new Error(`transaction ${signature} has no status metadata`);
  const message = response.transaction.message;
  const loaded = meta.loadedAddresses ?? { writable: [], readonly: [] };
  const err: unknown = meta.err;
  if (err !== null && !isTransactionErrorJson(err)) {
    throw new Error(`transaction ${signature} has an unrecognised error ${JSON.stringify(err)}`);
  }
  return {
    signature,
    slot: response.slot,
    logs: meta.logMessages ?? [],
    computeUnits: meta.computeUnitsConsumed ?? 0,
    fee: meta.fee,
    err,
    accountKeys: [...message.staticAccountKeys, ...loaded.writable, ...loaded.readonly],
    innerInstructions: meta.innerInstructions ?? [],
    returnData: returnDataOf(meta),
  };
}

/** RPC nodes send `meta.returnData`; web3.js passes it through without typing it. */
function returnDataOf(meta: object): SentTransaction["returnData"] {
  const raw = (meta as { returnData?: TransactionReturnData | null }).returnData;
  if (!raw) return null;
  return { programId: new PublicKey(raw.programId), data: Buffer.from(raw.data[0], "base64") };
}

/**
 * A failed transaction as tests see it: an instance of web3.js's `SendTransactionError` whose
 * message carries the runtime's wording (`… custom program error: 0x1770`) exactly as an RPC node
 * words it, so anchor's `translateError` and `AnchorError.parse(err.logs)` behave as on a cluster.
 */
export class TransactionFailedError extends SendTransactionError {
  readonly transactionSignature: string;
  readonly txError: TransactionErrorJson;
  readonly computeUnits: number;
  /** The same lines as web3.js's loosely typed `logs` getter. */
  readonly logLines: readonly string[];
  /** Set when the transaction executed (preflight skipped); preflight rejections never land. */
  readonly landed: SentTransaction | null;

  constructor(args: {
    action: "send" | "simulate";
    signature: string;
    txError: TransactionErrorJson;
    logs: readonly string[];
    computeUnits: number;
    landed?: SentTransaction | null;
  }) {
    const description = transactionErrorMessage(args.txError);
    super({
      action: args.action,
      signature: args.signature,
      transactionMessage: args.action === "simulate" ? `Transaction simulation failed: ${description}` : description,
      logs: [...args.logs],
    });
    this.name = "TransactionFailedError";
    this.transactionSignature = args.signature;
    this.txError = args.txError;
    this.logLines = [...args.logs];
    this.computeUnits = args.computeUnits;
    this.landed = args.landed ?? null;
  }
}

/** A simulation's answer for `Provider.simulate`, or `TransactionFailedError` if it failed. */
export function simulationSucceeded(response: RpcResponseAndContext<SimulatedTransactionResponse>): SuccessfulTxSimulationResponse {
  const { err, ...rest } = response.value;
  if (err) {
    throw new TransactionFailedError({
      action: "simulate",
      signature: "",
      txError: err as TransactionFailedError["txError"],
      logs: rest.logs ?? [],
      computeUnits: rest.unitsConsumed ?? 0,
    });
  }
  return rest;
}
