import type { PublicKey } from "@solana/web3.js";

/** An allowlist presale: listed wallets mint up to their allowance at `price` during [start, end). */
export interface PresaleTerms {
  readonly merkleRoot: Uint8Array;
  readonly start: bigint;
  readonly end: bigint;
  readonly price: bigint;
}

/** A decoded `Drop` account (amounts and times as bigint; `paymentMint` all-zero for SOL). */
export interface DropState {
  readonly authority: PublicKey;
  readonly pendingAuthority: PublicKey | null;
  readonly creator: PublicKey;
  readonly dropId: bigint;
  readonly masterMint: PublicKey;
  readonly masterMetadata: PublicKey;
  readonly masterEdition: PublicKey;
  readonly masterTokens: PublicKey;
  readonly split: PublicKey;
  readonly vault: PublicKey;
  readonly paymentMint: PublicKey;
  readonly price: bigint;
  readonly maxSupply: bigint;
  readonly minted: bigint;
  readonly saleStart: bigint;
  /** i64::MAX for a sale without end. */
  readonly saleEnd: bigint;
  /** 0 for no cap. */
  readonly walletCap: number;
  readonly gross: bigint;
  readonly paused: boolean;
  readonly presale: PresaleTerms | null;
  readonly bump: number;
}

/** A decoded `WalletMints` account. */
export interface WalletMintsState {
  readonly drop: PublicKey;
  readonly wallet: PublicKey;
  readonly minted: number;
  readonly presaleMinted: number;
  readonly bump: number;
}

/** i64::MAX: `sale_end` of a sale that never ends. */
export const NO_SALE_END = (1n << 63n) - 1n;
