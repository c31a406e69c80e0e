import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import type { SuccessfulTxSimulationResponse } from "@coral-xyz/anchor/dist/cjs/utils/rpc";
import {
  Commitment,
  ConfirmOptions,
  PublicKey,
  Signer,
  Transaction,
  TransactionExpiredBlockheightExceededError,
  TransactionSignature,
  VersionedTransaction,
} from "@solana/web3.js";
import { getBase58Decoder } from "@solana/kit";
import { RpcConnection, claimSignature } from "./rpc-connection";
import { TransactionFailedError, sentTransactionFromResponse, simulationSucceeded } from "./sent-transaction";

type AnyTransaction = Transaction | VersionedTransaction;

const base58 = getBase58Decoder();
const SEND_ATTEMPTS = 3;
const FRESH_BLOCKHASH_WAIT_MS = 100;

/**
 * `AnchorProvider` on a real node, failing the way the LiteSVM lane's provider does: a preflight
 * rejection or a landed failure throws `TransactionFailedError` (the latter with `landed`), so
 * anchor's `translateError` and the suites' error assertions behave the same in both lanes.
 * Legacy transactions get a fresh blockhash per attempt; one whose blockhash expired before it
 * landed is re-signed and sent again (up to three times). Identical instructions sent twice
 * within one blockhash would share a signature (and the second would be dropped), so a
 * signature this process already signed makes it wait for the next blockhash.
 */
export class RpcProvider extends AnchorProvider {
  constructor(
    readonly connection: RpcConnection,
    readonly wallet: Wallet,
    opts: ConfirmOptions = { commitment: "confirmed", preflightCommitment: "confirmed" },
  ) {
    super(connection, wallet, opts);
  }

  async sendAndConfirm(tx: AnyTransaction, signers: Signer[] = [], opts?: ConfirmOptions): Promise<TransactionSignature> {
    const options = { ...this.opts, ...opts };
    for (let attempt = 1; ; attempt++) {
      const signed = await this.sign(tx, signers, options.preflightCommitment);
      try {
        return this.succeeded(await this.connection.sendRawTransaction(signed.serialize(), options));
      } catch (err) {
        const retry = err instanceof TransactionExpiredBlockheightExceededError && !(tx instanceof VersionedTransaction) && attempt < SEND_ATTEMPTS;
        if (!retry) throw err;
      }
    }
  }

  async sendAll<T extends AnyTransaction>(txWithSigners: { tx: T; signers?: Signer[] }[], opts?: ConfirmOptions): Promise<TransactionSignature[]> {
    const options = { ...this.opts, ...opts };
    const { blockhash } = await this.connection.getLatestBlockhash(options.preflightCommitment);
    const prepared = txWithSigners.map(({ tx, signers }) => this.prepare(tx, signers ?? [], blockhash));
    const signed = await this.wallet.signAllTransactions(prepared);
    const signatures: TransactionSignature[] = [];
    for (const tx of signed) signatures.push(this.succeeded(await this.connection.sendRawTransaction(tx.serialize(), options)));
    return signatures;
  }

  async simulate(
    tx: AnyTransaction,
    signers: Signer[] = [],
    commitment?: Commitment,
    includeAccounts?: boolean | PublicKey[],
  ): Promise<SuccessfulTxSimulationResponse> {
    let response;
    if (tx instanceof VersionedTransaction) {
      if (signers.length > 0) tx.sign(signers);
      response = await this.connection.simulateTransaction(tx, { sigVerify: false, commitment });
    } else {
      tx.feePayer = tx.feePayer ?? this.wallet.publicKey;
      // web3.js fills in a recent blockhash; without signers the node skips signature checks.
      const signed = signers.length > 0 ? await this.wallet.signTransaction(this.prepare(tx, signers, (await this.connection.getLatestBlockhash()).blockhash)) : tx;
      response = await this.connection.simulateTransaction(signed, undefined, includeAccounts);
    }
    return simulationSucceeded(response);
  }

  private prepare<T extends AnyTransaction>(tx: T, signers: Signer[], blockhash: string): T {
    if (tx instanceof VersionedTransaction) {
      if (signers.length > 0) tx.sign(signers);
      return tx;
    }
    const legacy = tx as Transaction;
    legacy.feePayer = legacy.feePayer ?? this.wallet.publicKey;
    legacy.recentBlockhash = blockhash;
    for (const signer of signers) legacy.partialSign(signer);
    return tx;
  }

  private async sign<T extends AnyTransaction>(tx: T, signers: Signer[], commitment: Commitment | undefined): Promise<T> {
    for (;;) {
      const { blockhash } = await this.connection.getLatestBlockhash(commitment);
      const signed = await this.wallet.signTransaction(this.prepare(tx, signers, blockhash));
      // Claimed right after signing (no await in between), so concurrent identical sends differ too.
      if (tx instanceof VersionedTransaction || claimSignature(signatureOf(signed))) return signed;
      await new Promise((resolve) => setTimeout(resolve, FRESH_BLOCKHASH_WAIT_MS));
    }
  }

  /** A landed transaction that failed is an error here, as confirmation would report it. */
  private succeeded(signature: string): TransactionSignature {
    const record = this.connection.landedTransaction(signature);
    if (!record) throw new Error(`transaction ${signature} landed but its record is missing`);
    const landed = sentTransactionFromResponse(signature, record);
    if (landed.err === null) return signature;
    throw new TransactionFailedError({ action: "send", signature, txError: landed.err, logs: landed.logs, computeUnits: landed.computeUnits, landed });
  }
}

function signatureOf(tx: AnyTransaction): string {
  const first = tx instanceof VersionedTransaction ? tx.signatures[0] : tx.signature;
  return first ? base58.decode(first) : "";
}
