/**
 * Integer ranges of the Rust types, and checked arithmetic that throws the
 * same `MathError` the crate's `checked_*` calls return.
 *
 * Arguments outside a parameter's Rust type (a negative "u64", say) cannot
 * reach the Rust code at all, so they throw a `RangeError` instead.
 */
import { MathError, MathErrorCode } from "./errors";

export const U64_MAX = (1n << 64n) - 1n;
export const U128_MAX = (1n << 128n) - 1n;
export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;

function inRange(name: string, v: bigint, lo: bigint, hi: bigint, type: string): bigint {
  if (typeof v !== "bigint" || v < lo || v > hi) {
    throw new RangeError(`${name} must be a ${type} bigint, got ${String(v)}`);
  }
  return v;
}

export const u64 = (name: string, v: bigint): bigint => inRange(name, v, 0n, U64_MAX, "u64");
export const u128 = (name: string, v: bigint): bigint => inRange(name, v, 0n, U128_MAX, "u128");
export const i64 = (name: string, v: bigint): bigint => inRange(name, v, I64_MIN, I64_MAX, "i64");

/** `v` if it fits `[lo, hi]`, else throws `MathError(code)`. */
export function fit(v: bigint, lo: bigint, hi: bigint, code: MathErrorCode): bigint {
  if (v < lo || v > hi) throw new MathError(code);
  return v;
}

export const addU64 = (a: bigint, b: bigint): bigint => fit(a + b, 0n, U64_MAX, "Overflow");
export const addU128 = (a: bigint, b: bigint): bigint => fit(a + b, 0n, U128_MAX, "Overflow");
export const addI64 = (a: bigint, b: bigint): bigint => fit(a + b, I64_MIN, I64_MAX, "Overflow");
/** `a − b` where a negative result means `code` (the Rust `checked_sub` error). */
export const subU = (a: bigint, b: bigint, code: MathErrorCode): bigint => fit(a - b, 0n, U128_MAX, code);

export const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);
export const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);
