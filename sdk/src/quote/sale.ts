/** Breakdown of one sale (`nd_math::sale`): `fee + referral + seller == price`. */
import { Bps, Ppm } from "./bps";
import { platformFee, referral } from "./fee";
import { u64 } from "./int";
import { split } from "./split";

/** Rates in force; `referralBps = Bps.ZERO` when the buyer has no referrer. */
export interface SaleTerms {
  readonly feeBps: Bps;
  readonly feeCap: Bps;
  readonly referralBps: Bps;
  readonly referralCap: Bps;
}

export interface SaleQuote {
  readonly price: bigint;
  /** To the platform treasury. */
  readonly fee: bigint;
  /** To the referrer, out of the seller's side. */
  readonly referral: bigint;
  /** To the split (or the single seller). */
  readonly seller: bigint;
}

/** The fee is taken from the price, then the referral from what is left. */
export function quoteSale(price: bigint, terms: SaleTerms): SaleQuote {
  u64("price", price);
  const fee = platformFee(price, terms.feeBps, terms.feeCap);
  const gross = price - fee;
  const ref = referral(gross, terms.referralBps, terms.referralCap);
  return { price, fee, referral: ref, seller: gross - ref };
}

/** `quoteSale` followed by a `split` of the seller proceeds. */
export function quoteSaleSplit(
  price: bigint,
  terms: SaleTerms,
  shares: readonly Ppm[],
): { readonly quote: SaleQuote; readonly parts: bigint[] } {
  const quote = quoteSale(price, terms);
  return { quote, parts: split(quote.seller, shares) };
}
