import type { Provider, Wallet } from "@coral-xyz/anchor";
import type { SuccessfulTxSimulationResponse } from "@coral-xyz/anchor/dist/cjs/utils/rpc";
import {
  Commitment,
  ConfirmOptions,
  PublicKey,
  SendOptions,
  Signer,
  Transaction,
  TransactionSignature,
  VersionedTransaction,
} from "@solana/web3.js";
import { ExecutedTransaction } from "./litesvm-chain";
import { LiteSvmConnection } from "./litesvm-connection";
import { toTransactionResponse } from "./litesvm-response";
import { TransactionFailedError, sentTransactionFromResponse, simulationSucceeded } from "./sent-transaction";

type AnyTransaction = Transaction | VersionedTransaction;

/**
 * Anchor `Provider` over LiteSVM. It signs like `AnchorProvider` (fee payer defaults to the
 * wallet, a fresh blockhash per send) and fails like a cluster does: preflight rejections and
 * landed failures both throw `TransactionFailedError`, whose message and `logs` are what
 * anchor's `translateError` parses into `AnchorError`/`ProgramError`. Simulation failures throw
 * the same error (AnchorProvider's `SimulateError` carries no logs to translate).
 */
export class LiteSvmProvider implements Provider {
  readonly publicKey: PublicKey;

  constructor(
    readonly connection: LiteSvmConnection,
    readonly wallet: Wallet,
    readonly opts: ConfirmOptions = { commitment: "confirmed", preflightCommitment: "confirmed" },
  ) {
    this.publicKey = wallet.publicKey;
  }

  async send(tx: AnyTransaction, signers?: Signer[], opts?: SendOptions): Promise<TransactionSignature> {
    const signed = await this.sign(tx, signers);
    return this.execute(signed, { ...this.opts, ...opts }).signature;
  }

  async sendAndConfirm(tx: AnyTransaction, signers?: Signer[], opts?: ConfirmOptions): Promise<TransactionSignature> {
    const signed = await this.sign(tx, signers);
    return this.confirmed(this.execute(signed, { ...this.opts, ...opts }));
  }

  async sendAll<T extends AnyTransaction>(txWithSigners: { tx: T; signers?: Signer[] }[], opts?: ConfirmOptions): Promise<TransactionSignature[]> {
    const prepared = txWithSigners.map(({ tx, signers }) => this.prepare(tx, signers));
    const signed = await this.wallet.signAllTransactions(prepared);
    const signatures: TransactionSignature[] = [];
    for (const tx of signed) signatures.push(this.confirmed(this.execute(tx, { ...this.opts, ...opts })));
    return signatures;
  }

  async simulate(
    tx: AnyTransaction,
    signers?: Signer[],
    _commitment?: Commitment,
    includeAccounts?: boolean | PublicKey[],
  ): Promise<SuccessfulTxSimulationResponse> {
    const prepared = this.prepare(tx, signers);
    const signed = signers && signers.length > 0 ? await this.wallet.signTransaction(prepared) : prepared;
    const response =
      signed instanceof VersionedTransaction
        ? await this.connection.simulateTransaction(signed, { sigVerify: false })
        : await this.connection.simulateTransaction(signed, undefined, includeAccounts);
    return simulationSucceeded(response);
  }

  private prepare<T extends AnyTransaction>(tx: T, signers: Signer[] = []): T {
    if (tx instanceof VersionedTransaction) {
      if (signers.length > 0) tx.sign(signers);
      return tx;
    }
    const legacy = tx as Transaction;
    legacy.feePayer = legacy.feePayer ?? this.wallet.publicKey;
    legacy.recentBlockhash = this.connection.chain.latestBlockhash().blockhash;
    for (const signer of signers) legacy.partialSign(signer);
    return tx;
  }

  private async sign<T extends AnyTransaction>(tx: T, signers?: Signer[]): Promise<T> {
    return this.wallet.signTransaction(this.prepare(tx, signers));
  }

  private execute(tx: AnyTransaction, opts: SendOptions): ExecutedTransaction {
    return this.connection.chain.execute(tx.serialize(), { skipPreflight: opts.skipPreflight });
  }

  /** A landed transaction that failed is an error for `sendAndConfirm`, as confirmation would report. */
  private confirmed(executed: ExecutedTransaction): TransactionSignature {
    if (executed.err === null) return executed.signature;
    throw new TransactionFailedError({
      action: "send",
      signature: executed.signature,
      txError: executed.err,
      logs: executed.logs,
      computeUnits: executed.computeUnits,
      landed: sentTransactionFromResponse(executed.signature, toTransactionResponse(executed)),
    });
  }
}
