import { PublicKey } from "@solana/web3.js";
import type { AdvanceQueue, RecipientAccount, SplitAccumulator } from "../quote";

/**
 * The market program's accounts as this SDK hands them out: amounts as bigint, optional keys as
 * null, enums as tagged unions, fixed arrays cut to their used length. Field names follow the
 * program (`programs/nd-market/src/state`).
 */
export interface PlatformState {
  readonly authority: PublicKey;
  readonly pendingAuthority: PublicKey | null;
  readonly feeBps: number;
  readonly treasury: PublicKey;
  readonly referralCapBps: number;
  readonly stakingShareBps: number;
  readonly arbiter: PublicKey;
  readonly paused: boolean;
  /** The platform token whose staking pools receive the stakers' share of fees (all-zero: routing off). */
  readonly stakeMint: PublicKey;
  readonly bump: number;
}

export interface RecipientSlot {
  readonly wallet: PublicKey;
  /** 0 for a retired slot, which keeps what it earned and can still claim it. */
  readonly sharePpm: number;
}

export interface SplitState {
  readonly creator: PublicKey;
  readonly splitId: bigint;
  readonly controller: PublicKey;
  readonly pendingController: PublicKey | null;
  readonly frozen: boolean;
  /** Used slots, in slot order (a slot index is the recipient's identity in every vault). */
  readonly recipients: readonly RecipientSlot[];
  /** Mints with a vault for this split, in registration order (`SOL_MINT` for native SOL). */
  readonly vaultMints: readonly PublicKey[];
  readonly bump: number;
}

export interface VaultState {
  readonly split: PublicKey;
  readonly mint: PublicKey;
  /** `SOL_MINT` (all zero) for native SOL. */
  readonly tokenProgram: PublicKey;
  /** The vault token account; all zero for native SOL. */
  readonly tokens: PublicKey;
  readonly decimals: number;
  readonly accumulator: SplitAccumulator;
  readonly escrowed: bigint;
  readonly feesOwed: bigint;
  readonly stakingOwed: bigint;
  readonly creditsOwed: bigint;
  readonly grossIn: bigint;
  readonly feesTotal: bigint;
  readonly referralsTotal: bigint;
  readonly refundedTotal: bigint;
  readonly claimedTotal: bigint;
  readonly bump: number;
  readonly tokensBump: number;
}

export interface LedgersState {
  readonly vault: PublicKey;
  /** All 32 slots (unused ones are zero). */
  readonly recipients: readonly RecipientAccount[];
  readonly advanceMask: number;
  readonly bump: number;
}

export interface AdvanceEntry {
  readonly beneficiary: PublicKey;
  readonly outstanding: bigint;
}

export interface AdvancesState {
  readonly vault: PublicKey;
  readonly recipientIndex: number;
  /** Live advances, oldest first. */
  readonly entries: readonly AdvanceEntry[];
  readonly bump: number;
}

export interface CreditState {
  readonly owner: PublicKey;
  readonly vault: PublicKey;
  readonly owed: bigint;
  readonly total: bigint;
  readonly bump: number;
}

export type SaleMode = { readonly kind: "instant" } | { readonly kind: "escrow"; readonly disputeWindowSecs: number };
export type TrackStatus = "active" | "paused" | "cancelled";

export interface TrackState {
  readonly artist: PublicKey;
  readonly trackId: bigint;
  readonly split: PublicKey;
  readonly vault: PublicKey;
  readonly paymentMint: PublicKey;
  readonly price: bigint;
  readonly referralBps: number;
  readonly contentId: Uint8Array;
  readonly mode: SaleMode;
  readonly status: TrackStatus;
  readonly sold: bigint;
  readonly gross: bigint;
  readonly openEscrows: bigint;
  readonly bump: number;
}

export type PurchaseStatus =
  | { readonly kind: "settled" }
  | { readonly kind: "escrowed"; readonly releaseAt: bigint }
  | { readonly kind: "refunded" };

export interface PurchaseState {
  readonly track: PublicKey;
  readonly buyer: PublicKey;
  readonly beneficiary: PublicKey;
  readonly payer: PublicKey;
  readonly referrer: PublicKey | null;
  /** Price as the vault received it (net of any transfer fee), tips excluded. */
  readonly pricePaid: bigint;
  readonly tip: bigint;
  readonly fee: bigint;
  readonly referral: bigint;
  readonly state: PurchaseStatus;
  readonly purchasedAt: bigint;
  readonly bump: number;
}

/** An account's address with its decoded state. */
export interface Fetched<T> {
  readonly address: PublicKey;
  readonly state: T;
}

/** The nd-math advance queue of an Advances account (beneficiaries as base58). */
export function advanceQueueOf(advances: AdvancesState | null): AdvanceQueue {
  return { entries: (advances?.entries ?? []).map((a) => ({ beneficiary: a.beneficiary.toBase58(), outstanding: a.outstanding })) };
}
