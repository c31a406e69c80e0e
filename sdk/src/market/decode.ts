import type { BN, IdlAccounts, IdlTypes } from "@coral-xyz/anchor";
import type { PublicKey } from "@solana/web3.js";
import type { NdMarket } from "../idl";
import { SOL_MINT } from "../pda";
import type { RecipientAccount } from "../quote";
import {
  AdvancesState,
  CreditState,
  LedgersState,
  PlatformState,
  PurchaseState,
  PurchaseStatus,
  SaleMode,
  SplitState,
  TrackState,
  TrackStatus,
  VaultState,
} from "./state";

type Raw = IdlAccounts<NdMarket>;
type Types = IdlTypes<NdMarket>;

const big = (value: BN): bigint => BigInt(value.toString());

export function platformFromRaw(raw: Raw["platform"]): PlatformState {
  return {
    authority: raw.authority,
    pendingAuthority: raw.pendingAuthority ?? null,
    feeBps: raw.feeBps,
    treasury: raw.treasury,
    referralCapBps: raw.referralCapBps,
    stakingShareBps: raw.stakingShareBps,
    arbiter: raw.arbiter,
    paused: raw.paused,
    stakeMint: raw.stakeMint,
    bump: raw.bump,
  };
}

export function splitFromRaw(raw: Raw["split"]): SplitState {
  return {
    creator: raw.creator,
    splitId: big(raw.splitId),
    controller: raw.controller,
    pendingController: raw.pendingController ?? null,
    frozen: raw.frozen,
    recipients: raw.recipients.slice(0, raw.recipientCount).map((r) => ({ wallet: r.wallet, sharePpm: r.sharePpm })),
    vaultMints: raw.vaults.slice(0, raw.vaultCount),
    bump: raw.bump,
  };
}

const recipientAccountFromRaw = (r: Types["recipientAccount"]): RecipientAccount => ({
  booked: big(r.booked),
  claimed: big(r.claimed),
  sharePpm: BigInt(r.sharePpm),
});

export function vaultFromRaw(raw: Raw["vault"]): VaultState {
  return {
    split: raw.split,
    mint: raw.mint,
    tokenProgram: raw.tokenProgram,
    tokens: raw.tokens,
    decimals: raw.decimals,
    accumulator: { acc: big(raw.accumulator.acc), epochStart: big(raw.accumulator.epochStart) },
    escrowed: big(raw.escrowed),
    feesOwed: big(raw.feesOwed),
    stakingOwed: big(raw.stakingOwed),
    creditsOwed: big(raw.creditsOwed),
    grossIn: big(raw.grossIn),
    feesTotal: big(raw.feesTotal),
    referralsTotal: big(raw.referralsTotal),
    refundedTotal: big(raw.refundedTotal),
    claimedTotal: big(raw.claimedTotal),
    bump: raw.bump,
    tokensBump: raw.tokensBump,
  };
}

export function ledgersFromRaw(raw: Raw["ledgers"]): LedgersState {
  return { vault: raw.vault, recipients: raw.recipients.map(recipientAccountFromRaw), advanceMask: raw.advanceMask, bump: raw.bump };
}

export function advancesFromRaw(raw: Raw["advances"]): AdvancesState {
  const live = raw.queue.entries.slice(0, Number(big(raw.queue.len)));
  return {
    vault: raw.vault,
    recipientIndex: raw.recipientIndex,
    entries: live.map((a) => ({ beneficiary: a.beneficiary, outstanding: big(a.outstanding) })),
    bump: raw.bump,
  };
}

export function creditFromRaw(raw: Raw["credit"]): CreditState {
  return { owner: raw.owner, vault: raw.vault, owed: big(raw.owed), total: big(raw.total), bump: raw.bump };
}

export function saleModeFromRaw(mode: Types["saleMode"]): SaleMode {
  if (mode.escrow) return { kind: "escrow", disputeWindowSecs: mode.escrow.disputeWindowSecs };
  return { kind: "instant" };
}

export function trackStatusFromRaw(status: Types["trackStatus"]): TrackStatus {
  if (status.cancelled) return "cancelled";
  if (status.paused) return "paused";
  return "active";
}

function purchaseStatusFromRaw(state: Types["purchaseState"]): PurchaseStatus {
  if (state.escrowed) return { kind: "escrowed", releaseAt: big(state.escrowed.releaseAt) };
  if (state.refunded) return { kind: "refunded" };
  return { kind: "settled" };
}

export function trackFromRaw(raw: Raw["track"]): TrackState {
  return {
    artist: raw.artist,
    trackId: big(raw.trackId),
    split: raw.split,
    vault: raw.vault,
    paymentMint: raw.paymentMint,
    price: big(raw.price),
    referralBps: raw.referralBps,
    contentId: Uint8Array.from(raw.contentId),
    mode: saleModeFromRaw(raw.mode),
    status: trackStatusFromRaw(raw.status),
    sold: big(raw.sold),
    gross: big(raw.gross),
    openEscrows: big(raw.openEscrows),
    bump: raw.bump,
  };
}

export function purchaseFromRaw(raw: Raw["purchase"]): PurchaseState {
  return {
    track: raw.track,
    buyer: raw.buyer,
    beneficiary: raw.beneficiary,
    payer: raw.payer,
    referrer: raw.referrer ?? null,
    pricePaid: big(raw.pricePaid),
    tip: big(raw.tip),
    fee: big(raw.fee),
    referral: big(raw.referral),
    state: purchaseStatusFromRaw(raw.state),
    purchasedAt: big(raw.purchasedAt),
    bump: raw.bump,
  };
}

/** True for the all-zero mint that denotes native SOL. */
export const isSolMint = (mint: PublicKey): boolean => mint.equals(SOL_MINT);
