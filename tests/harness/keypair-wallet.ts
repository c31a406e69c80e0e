import type { Wallet } from "@coral-xyz/anchor";
import { Keypair, PublicKey, Transaction, VersionedTransaction } from "@solana/web3.js";

/**
 * Anchor `Wallet` backed by an in-memory keypair (the test payer), used by both lanes.
 * Unlike anchor's NodeWallet it signs only transactions that need its signature, so a test can
 * let another party pay the fee.
 */
export class KeypairWallet implements Wallet {
  constructor(readonly payer: Keypair) {}

  get publicKey(): PublicKey {
    return this.payer.publicKey;
  }

  async signTransaction<T extends Transaction | VersionedTransaction>(tx: T): Promise<T> {
    if (tx instanceof VersionedTransaction) {
      const signers = tx.message.staticAccountKeys.slice(0, tx.message.header.numRequiredSignatures);
      if (signers.some((key) => key.equals(this.publicKey))) tx.sign([this.payer]);
    } else if (tx.compileMessage().isAccountSigner(this.signerIndex(tx))) {
      tx.partialSign(this.payer);
    }
    return tx;
  }

  async signAllTransactions<T extends Transaction | VersionedTransaction>(txs: T[]): Promise<T[]> {
    for (const tx of txs) await this.signTransaction(tx);
    return txs;
  }

  private signerIndex(tx: Transaction): number {
    const index = tx.compileMessage().accountKeys.findIndex((key) => key.equals(this.publicKey));
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }
}
