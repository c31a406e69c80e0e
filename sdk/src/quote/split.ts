/**
 * One-shot royalty split (`nd_math::split`). Recipient `i ≥ 1` gets
 * `floor(amount × share_i / 10^6)`; recipient 0 gets the rest (the dust rule),
 * so the parts always add up to `amount`.
 */
import { PPM_DENOMINATOR, Ppm } from "./bps";
import { MathError } from "./errors";
import { u64 } from "./int";

export const MAX_RECIPIENTS = 32;

/** 1..=32 shares adding up to exactly 1_000_000 ppm. */
export function validateShares(shares: readonly Ppm[]): void {
  if (shares.length === 0) throw new MathError("NoRecipients");
  if (shares.length > MAX_RECIPIENTS) throw new MathError("TooManyRecipients");
  const total = shares.reduce((sum, s) => sum + s.value, 0n);
  if (total !== PPM_DENOMINATOR) throw new MathError("SharesNotWhole");
}

/** The parts, one per share, in the same order. */
export function split(amount: bigint, shares: readonly Ppm[]): bigint[] {
  u64("amount", amount);
  validateShares(shares);
  const parts = shares.map((s, i) => (i === 0 ? 0n : s.apply(amount)));
  const others = parts.reduce((sum, p) => sum + p, 0n);
  parts[0] = amount - others;
  return parts;
}
