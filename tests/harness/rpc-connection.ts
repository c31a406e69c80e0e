import {
  Commitment,
  Connection,
  SendOptions,
  TransactionExpiredBlockheightExceededError,
  TransactionSignature,
  VersionedTransaction,
  VersionedTransactionResponse,
} from "@solana/web3.js";
import { getBase58Decoder } from "@solana/kit";
import { TransactionErrorJson, isTransactionErrorJson, transactionErrorFromMessage } from "../../sdk/src/svm-errors";
import { TransactionFailedError } from "./sent-transaction";

const base58 = getBase58Decoder();
const POLL_MS = 150;
const RESEND_MS = 2_000;
const LANDING_TIMEOUT_MS = 120_000;
// The status cache answers as soon as a slot is confirmed; the transaction's record reaches the
// blockstore a moment later.
const RECORD_TIMEOUT_MS = 15_000;
const KEEP_LANDED = 512;
const SUBSCRIBE_TIMEOUT_MS = 10_000;

/** JSON-RPC error codes of `sendTransaction` (agave rpc/src/rpc.rs, solana-rpc-client-api custom_error). */
const PREFLIGHT_FAILURE = -32002;
const SIGNATURE_VERIFICATION_FAILURE = -32003;

/** Every signature this process signed to send or sent: a signer never sends the same transaction twice by accident. */
const claimed = new Set<string>();

/** Reserves `signature` for one send; false if this process already signed or sent it. */
export function claimSignature(signature: string): boolean {
  if (claimed.has(signature)) return false;
  claimed.add(signature);
  return true;
}

/**
 * A web3.js `Connection` to a real RPC node that sends the way the LiteSVM lane does: a
 * `sendRawTransaction` resolves once the transaction has landed (confirmed) and its record is
 * readable, and a rejected one throws `TransactionFailedError` carrying the runtime's error, logs
 * and compute units from the node's preflight answer (web3.js keeps only the message and logs).
 * A transaction that has not landed is re-sent every two seconds until its blockhash expires,
 * then `TransactionExpiredBlockheightExceededError` is thrown.
 */
export class RpcConnection extends Connection {
  private readonly landed = new Map<string, VersionedTransactionResponse>();

  constructor(rpcUrl: string, wsUrl: string) {
    super(rpcUrl, { commitment: "confirmed", wsEndpoint: wsUrl, disableRetryOnRateLimit: true });
  }

  async sendRawTransaction(rawTransaction: Buffer | Uint8Array | number[], options?: SendOptions): Promise<TransactionSignature> {
    const wire = Buffer.from(Uint8Array.from(rawTransaction));
    const tx = VersionedTransaction.deserialize(wire);
    const signature = base58.decode(tx.signatures[0]);
    const preflightCommitment = options?.preflightCommitment ?? this.commitment ?? "confirmed";
    await this.subscriptionsActive();
    await this.submit(wire, signature, { skipPreflight: options?.skipPreflight ?? false, preflightCommitment });
    claimed.add(signature);
    await this.waitUntilLanded(signature, wire, tx.message.recentBlockhash);
    return signature;
  }

  /** The confirmed record of a transaction this connection sent, as `getTransaction` returned it. */
  landedTransaction(signature: string): VersionedTransactionResponse | undefined {
    return this.landed.get(signature);
  }

  /**
   * web3.js subscribes over the websocket in the background; a subscription requested before a
   * send must see that send (as in the LiteSVM lane), so sends wait until none is still pending.
   * (Reads web3.js's internal subscription table; if that ever disappears, sends just don't wait.)
   */
  private async subscriptionsActive(): Promise<void> {
    const table = () => (this as unknown as { _subscriptionsByHash?: Record<string, { state: string }> })._subscriptionsByHash ?? {};
    const deadline = Date.now() + SUBSCRIBE_TIMEOUT_MS;
    while (Object.values(table()).some((s) => s.state === "pending" || s.state === "subscribing")) {
      if (Date.now() > deadline) throw new Error(`a websocket subscription to ${this.rpcEndpoint} was not established within ${SUBSCRIBE_TIMEOUT_MS / 1000} s`);
      await sleep(10);
    }
  }

  private async submit(wire: Buffer, signature: string, config: { skipPreflight: boolean; preflightCommitment: Commitment }): Promise<void> {
    const response = await this.rpc("sendTransaction", [wire.toString("base64"), { encoding: "base64", ...config }]);
    if (!response.error) return;
    const { code, message, data } = response.error;
    const runtimeError = data?.err;
    let txError: TransactionErrorJson | null;
    if (code === PREFLIGHT_FAILURE && isTransactionErrorJson(runtimeError)) txError = runtimeError;
    else if (code === SIGNATURE_VERIFICATION_FAILURE) txError = "SignatureFailure";
    else txError = transactionErrorFromMessage(message);
    if (!txError) throw new Error(`sendTransaction failed: ${message} (JSON-RPC error ${code})`);
    throw new TransactionFailedError({
      action: config.skipPreflight ? "send" : "simulate",
      signature,
      txError,
      logs: data?.logs ?? [],
      computeUnits: data?.unitsConsumed ?? 0,
    });
  }

  private async waitUntilLanded(signature: string, wire: Buffer, blockhash: string): Promise<void> {
    const started = Date.now();
    let lastSend = started;
    let lastExpiryCheck = started;
    for (;;) {
      const [status] = (await this.getSignatureStatuses([signature])).value;
      if (status && (status.confirmationStatus === "confirmed" || status.confirmationStatus === "finalized")) break;
      const now = Date.now();
      if (!status && now - lastExpiryCheck >= RESEND_MS) {
        lastExpiryCheck = now;
        const valid = (await this.isBlockhashValid(blockhash, { commitment: "processed" })).value;
        const [again] = (await this.getSignatureStatuses([signature])).value;
        if (!valid && !again) throw new TransactionExpiredBlockheightExceededError(signature);
      }
      if (!status && now - lastSend >= RESEND_MS) {
        lastSend = now;
        // The node's send service retries too; this covers a node that dropped it.
        await this.rpc("sendTransaction", [wire.toString("base64"), { encoding: "base64", skipPreflight: true }]).catch(() => undefined);
      }
      if (now - started > LANDING_TIMEOUT_MS) throw new Error(`transaction ${signature} did not land within ${LANDING_TIMEOUT_MS / 1000} s`);
      await sleep(POLL_MS);
    }
    const deadline = Date.now() + RECORD_TIMEOUT_MS;
    for (;;) {
      const record = await this.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
      if (record) {
        this.landed.set(signature, record);
        if (this.landed.size > KEEP_LANDED) this.landed.delete(this.landed.keys().next().value as string);
        return;
      }
      if (Date.now() > deadline) throw new Error(`transaction ${signature} is confirmed but the node has no record of it after ${RECORD_TIMEOUT_MS / 1000} s`);
      await sleep(POLL_MS);
    }
  }

  private async rpc(method: string, params: unknown[]): Promise<RpcResponse> {
    const res = await fetch(this.rpcEndpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    if (!res.ok) throw new Error(`${method}: HTTP ${res.status} from ${this.rpcEndpoint}`);
    return (await res.json()) as RpcResponse;
  }
}

interface RpcResponse {
  readonly result?: unknown;
  readonly error?: {
    readonly code: number;
    readonly message: string;
    readonly data?: { readonly err?: unknown; readonly logs?: string[] | null; readonly unitsConsumed?: number };
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
