/** Platform fee and referral (`nd_math::fee`, `nd_math::referral`). */
import { Bps } from "./bps";
import { MathError } from "./errors";

/** `floor(price × feeBps / 10_000)`; throws `FeeAboveCap` when `feeBps > cap`. */
export function platformFee(price: bigint, feeBps: Bps, cap: Bps): bigint {
  if (feeBps.value > cap.value) throw new MathError("FeeAboveCap");
  return feeBps.apply(price);
}

/**
 * `floor(sellerGross × referralBps / 10_000)` where `sellerGross = price − fee`:
 * the referral comes out of the seller's side, never out of the platform fee.
 * Throws `ReferralAboveCap` when `referralBps > cap`.
 */
export function referral(sellerGross: bigint, referralBps: Bps, cap: Bps): bigint {
  if (referralBps.value > cap.value) throw new MathError("ReferralAboveCap");
  return referralBps.apply(sellerGross);
}
