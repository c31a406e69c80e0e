import { Bps, quoteSale } from "../quote";
import { PlatformState, TrackState } from "./state";
import { TransferFeeConfig, transferFeeFor } from "./transfer-fee";

/** The program's hard cap on the platform fee (`FEE_CAP_BPS`). */
export const FEE_CAP_BPS = 1_000;

export interface BuyQuoteInput {
  readonly platform: PlatformState;
  readonly track: Pick<TrackState, "price" | "referralBps" | "mode">;
  /** The payment mint's transfer fee (Token-2022), if any. */
  readonly transferFee?: TransferFeeConfig | null;
  /** Epoch the purchase lands in (selects the transfer-fee schedule); only matters with a fee. */
  readonly epoch?: bigint;
}

export interface BuyOptions {
  /** Extra amount for the split, free of platform fee and referral. */
  readonly tip?: bigint;
  /** Whether the buyer names a referrer (the referral is 0 without one). */
  readonly referral?: boolean;
}

/** Every amount of one purchase, exactly as `buy` books it. */
export interface BuyQuote {
  /** Leaves the buyer: `price + tip`. */
  readonly amount: bigint;
  /** Withheld by the mint on the way in (Token-2022 transfer fee); 0 otherwise. */
  readonly transferFee: bigint;
  /** Reaches the vault: `amount − transferFee`; a refund returns exactly this. */
  readonly received: bigint;
  /** Booked price: the transfer fee comes out of the price, never out of the tip. */
  readonly price: bigint;
  readonly tip: bigint;
  /** Platform fee on the booked price, of which `stakingFee` is kept for stakers. */
  readonly fee: bigint;
  readonly stakingFee: bigint;
  readonly treasuryFee: bigint;
  readonly referral: bigint;
  /** `price − fee − referral`. */
  readonly seller: bigint;
  /** Credited to the split: `seller + tip`. */
  readonly toSplit: bigint;
  /** Held until confirmed, settled or refunded (escrow tracks). */
  readonly escrowed: boolean;
}

/**
 * The exact breakdown of buying `track` now (from the `nd-math` mirror): what the buyer pays, what
 * the vault receives after any transfer fee, the platform fee and its staking share, the referral
 * and what the split is credited.
 */
export function quoteBuy(input: BuyQuoteInput, options: BuyOptions = {}): BuyQuote {
  const { platform, track } = input;
  const requestedTip = options.tip ?? 0n;
  const amount = track.price + requestedTip;
  const transferFee = transferFeeFor(input.transferFee ?? null, input.epoch ?? 0n, amount);
  const received = amount - transferFee;
  const tip = requestedTip < received ? requestedTip : received;
  const price = received - tip;
  const referralBps = options.referral ? Math.min(track.referralBps, platform.referralCapBps) : 0;
  const sale = quoteSale(price, {
    feeBps: Bps.new(BigInt(platform.feeBps)),
    feeCap: Bps.new(BigInt(FEE_CAP_BPS)),
    referralBps: Bps.new(BigInt(referralBps)),
    referralCap: Bps.new(BigInt(platform.referralCapBps)),
  });
  const stakingFee = Bps.new(BigInt(platform.stakingShareBps)).apply(sale.fee);
  return {
    amount,
    transferFee,
    received,
    price,
    tip,
    fee: sale.fee,
    stakingFee,
    treasuryFee: sale.fee - stakingFee,
    referral: sale.referral,
    seller: sale.seller,
    toSplit: sale.seller + tip,
    escrowed: track.mode.kind === "escrow",
  };
}
