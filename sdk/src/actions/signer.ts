import { Keypair, PublicKey, Transaction, VersionedTransaction } from "@solana/web3.js";

/**
 * What actions need from a wallet: the shape of a wallet adapter's `publicKey` and
 * `signTransaction`, so a browser wallet is passed as is.
 */
export interface TransactionSigner {
  readonly publicKey: PublicKey;
  signTransaction<T extends Transaction | VersionedTransaction>(tx: T): Promise<T>;
}

/** A `TransactionSigner` over a keypair (scripts, servers, tests). */
export function keypairSigner(keypair: Keypair): TransactionSigner {
  return {
    publicKey: keypair.publicKey,
    async signTransaction<T extends Transaction | VersionedTransaction>(tx: T): Promise<T> {
      if (tx instanceof VersionedTransaction) tx.sign([keypair]);
      else tx.partialSign(keypair);
      return tx;
    },
  };
}
