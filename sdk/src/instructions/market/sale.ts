import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { isSolMint } from "../../market/decode";
import { MarketProgram } from "../../market/program";
import { SOL_MINT, findAssociatedTokenAddress, findCreditAddress, findPlatformAddress, findPurchaseAddress } from "../../pda";
import { SYSTEM_PROGRAM_ID } from "../../programs";
import { bn, defaultDestination, eventAccounts, tokenProgramOf, tokenSide } from "./common";

/** What instructions need to know about a track (a fetched `TrackState` plus its address fits). */
export interface TrackRef {
  readonly address: PublicKey;
  readonly vault: PublicKey;
  readonly paymentMint: PublicKey;
}

/** What instructions need to know about a purchase. */
export interface PurchaseRef {
  readonly address: PublicKey;
  readonly buyer: PublicKey;
  readonly referrer: PublicKey | null;
}

export interface BuyParams {
  /** Signs, pays the price, the tip and the rent of the receipt. */
  readonly buyer: PublicKey;
  /** Who gets access; a different wallet makes it a gift (`buy_for`). Defaults to the buyer. */
  readonly beneficiary?: PublicKey;
  readonly track: TrackRef;
  /** The track's price as the buyer saw it; the buy fails if it changed since. */
  readonly expectedPrice: bigint;
  readonly tip?: bigint;
  readonly referrer?: PublicKey | null;
  /** Token tracks: the mint's token program. */
  readonly tokenProgram?: PublicKey;
  /** Token tracks: the account paid from (default: the buyer's associated token account). */
  readonly buyerTokens?: PublicKey;
}

export function buyInstruction(program: MarketProgram, p: BuyParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const beneficiary = p.beneficiary ?? p.buyer;
  const referrer = p.referrer ?? null;
  const mint = p.track.paymentMint;
  const buyerTokens = isSolMint(mint) ? null : p.buyerTokens ?? findAssociatedTokenAddress(p.buyer, mint, tokenProgramOf(mint, p.tokenProgram));
  const args = { expectedPrice: bn(p.expectedPrice), tip: bn(p.tip ?? 0n), referrer: referrer ?? SOL_MINT };
  const method = beneficiary.equals(p.buyer) ? program.methods.buy(args) : program.methods.buyFor(args);
  return method
    .accountsStrict({
      buyer: p.buyer,
      beneficiary,
      platform: findPlatformAddress(programId).address,
      track: p.track.address,
      vault: p.track.vault,
      purchase: findPurchaseAddress(programId, p.track.address, beneficiary).address,
      referrerCredit: referrer ? findCreditAddress(programId, p.track.vault, referrer).address : null,
      ...tokenSide(programId, p.track.vault, mint, p.tokenProgram),
      buyerTokens,
      systemProgram: SYSTEM_PROGRAM_ID,
      ...eventAccounts(programId),
    })
    .instruction();
}

export interface SettleParams {
  /** `settle`: anyone, after the window. `confirm`: the buyer. */
  readonly caller: PublicKey;
  readonly track: Pick<TrackRef, "address" | "vault">;
  readonly purchase: PurchaseRef;
}

function settleAccounts(programId: PublicKey, p: SettleParams) {
  return {
    caller: p.caller,
    platform: findPlatformAddress(programId).address,
    track: p.track.address,
    vault: p.track.vault,
    purchase: p.purchase.address,
    referrerCredit: p.purchase.referrer ? findCreditAddress(programId, p.track.vault, p.purchase.referrer).address : null,
    ...eventAccounts(programId),
  };
}

export function settleInstruction(program: MarketProgram, p: SettleParams): Promise<TransactionInstruction> {
  return program.methods.settle().accountsStrict(settleAccounts(program.programId, p)).instruction();
}

export function confirmInstruction(program: MarketProgram, p: SettleParams): Promise<TransactionInstruction> {
  return program.methods.confirm().accountsStrict(settleAccounts(program.programId, p)).instruction();
}

export interface RefundParams {
  /** The arbiter or the artist during the window; also the buyer once the track is cancelled. */
  readonly caller: PublicKey;
  readonly track: TrackRef;
  readonly purchase: PurchaseRef;
  readonly tokenProgram?: PublicKey;
  /** Default: the buyer's wallet (SOL) or associated token account. */
  readonly buyerDestination?: PublicKey;
}

export function refundInstruction(program: MarketProgram, p: RefundParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const mint = p.track.paymentMint;
  return program.methods
    .refund()
    .accountsStrict({
      caller: p.caller,
      platform: findPlatformAddress(programId).address,
      track: p.track.address,
      vault: p.track.vault,
      purchase: p.purchase.address,
      buyerDestination: p.buyerDestination ?? defaultDestination(p.purchase.buyer, mint, p.tokenProgram),
      ...tokenSide(programId, p.track.vault, mint, p.tokenProgram),
      ...eventAccounts(programId),
    })
    .instruction();
}

/** Closes a refunded purchase; its rent goes back to `payer` (who paid it). Permissionless. */
export function closePurchaseInstruction(program: MarketProgram, p: { readonly purchase: PublicKey; readonly payer: PublicKey }): Promise<TransactionInstruction> {
  return program.methods.closePurchase().accountsStrict({ purchase: p.purchase, payer: p.payer }).instruction();
}
