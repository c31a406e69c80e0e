/** `floor(a × b / d)`, mirroring `nd_math::muldiv`. */
import { MathError } from "./errors";
import { U128_MAX, U64_MAX, fit, u128, u64 } from "./int";

/** u64 operands; only the quotient has to fit u64. */
export function mulDivFloor(a: bigint, b: bigint, d: bigint): bigint {
  u64("a", a);
  u64("b", b);
  u64("d", d);
  if (d === 0n) throw new MathError("DivisionByZero");
  return fit((a * b) / d, 0n, U64_MAX, "Overflow");
}

/** u128 operands; the Rust side keeps the product in 256 bits, bigint is exact anyway. */
export function mulDivFloorU128(a: bigint, b: bigint, d: bigint): bigint {
  u128("a", a);
  u128("b", b);
  u128("d", d);
  if (d === 0n) throw new MathError("DivisionByZero");
  return fit((a * b) / d, 0n, U128_MAX, "Overflow");
}
