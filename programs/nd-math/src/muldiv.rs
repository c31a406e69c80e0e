//! `floor(a × b / d)` without intermediate overflow.
//!
//! Every rate and share in the crate is applied through these two functions,
//! so rounding is always "down" and never depends on how a product happens to
//! be grouped.

use crate::error::{MathError, MathResult};

/// `floor(a × b / d)` for u64 operands; the product is formed in u128, which
/// cannot overflow, and only the quotient has to fit u64.
pub fn mul_div_floor(a: u64, b: u64, d: u64) -> MathResult<u64> {
    if d == 0 {
        return Err(MathError::DivisionByZero);
    }
    // Two u64 factors always fit u128; checked so no panic path is compiled.
    let p = (a as u128)
        .checked_mul(b as u128)
        .ok_or(MathError::Overflow)?;
    u64::try_from(p / d as u128).map_err(|_| MathError::Overflow)
}

/// `floor(a × b / d)` for u128 operands. The product is kept in 256 bits when
/// it does not fit u128, so the only failure besides `d == 0` is a quotient
/// that itself exceeds u128.
pub fn mul_div_floor_u128(a: u128, b: u128, d: u128) -> MathResult<u128> {
    if d == 0 {
        return Err(MathError::DivisionByZero);
    }
    match a.checked_mul(b) {
        // The common case stays on the cheap path (matters for compute units).
        Some(p) => Ok(p / d),
        None => {
            let (hi, lo) = wide_mul(a, b)?;
            div_wide(hi, lo, d)
        }
    }
}

/// Full 256-bit product as (high, low) halves.
///
/// None of the checked steps can fail (each bound is noted), but checking
/// them keeps every panic path out of the compiled code; `Overflow` would
/// mean the arithmetic itself is broken.
pub fn wide_mul(a: u128, b: u128) -> MathResult<(u128, u128)> {
    const MASK: u128 = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & MASK);
    let (b1, b0) = (b >> 64, b & MASK);
    let mul = |x: u128, y: u128| x.checked_mul(y).ok_or(MathError::Overflow);
    let add = |x: u128, y: u128| x.checked_add(y).ok_or(MathError::Overflow);
    // Products of two 64-bit halves fit u128.
    let p00 = mul(a0, b0)?;
    let p01 = mul(a0, b1)?;
    let p10 = mul(a1, b0)?;
    let p11 = mul(a1, b1)?;
    // At most 3 × (2^64 − 1).
    let mid = add(add(p00 >> 64, p01 & MASK)?, p10 & MASK)?;
    let lo = (p00 & MASK) | (mid << 64);
    // The whole product is below 2^256, so the high half fits.
    let hi = add(add(add(p11, p01 >> 64)?, p10 >> 64)?, mid >> 64)?;
    Ok((hi, lo))
}

/// floor((hi·2^128 + lo) / d), or `Overflow` when the quotient needs more than
/// 128 bits. `d` must be non-zero (checked by the caller).
fn div_wide(hi: u128, lo: u128, d: u128) -> MathResult<u128> {
    if hi >= d {
        return Err(MathError::Overflow);
    }
    // Restoring long division, one quotient bit per step: a loop rather than
    // recursion or a 256-bit type keeps it no_std and SBF friendly.
    let mut rem = hi;
    let mut q: u128 = 0;
    let mut i = 128u32;
    while i > 0 {
        i -= 1;
        let top = rem >> 127;
        rem = (rem << 1) | ((lo >> i) & 1);
        q <<= 1;
        if top == 1 {
            // The true remainder is 2^128 + rem (< 2 × d), so the new one,
            // 2^128 + rem − d = (2^128 − 1 − d) + rem + 1, is below d.
            rem = (u128::MAX - d)
                .checked_add(rem)
                .and_then(|r| r.checked_add(1))
                .ok_or(MathError::Overflow)?;
            q |= 1;
        } else if rem >= d {
            rem -= d;
            q |= 1;
        }
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cases() {
        assert_eq!(mul_div_floor(0, 5, 3), Ok(0));
        assert_eq!(mul_div_floor(10, 1, 3), Ok(3));
        assert_eq!(mul_div_floor(u64::MAX, u64::MAX, u64::MAX), Ok(u64::MAX));
        assert_eq!(mul_div_floor(u64::MAX, 2, 1), Err(MathError::Overflow));
        assert_eq!(mul_div_floor(1, 1, 0), Err(MathError::DivisionByZero));
    }

    #[test]
    fn wide_mul_matches_known_products() {
        assert_eq!(wide_mul(u128::MAX, u128::MAX), Ok((u128::MAX - 1, 1)));
        assert_eq!(wide_mul(1u128 << 64, 1u128 << 64), Ok((1, 0)));
        assert_eq!(wide_mul(3, 5), Ok((0, 15)));
    }

    #[test]
    fn wide_division() {
        let m = u128::MAX;
        assert_eq!(mul_div_floor_u128(m, m, m), Ok(m));
        assert_eq!(mul_div_floor_u128(m, 10, 20), Ok(m / 2));
        assert_eq!(
            mul_div_floor_u128(1u128 << 100, 1u128 << 100, 1u128 << 90),
            Ok(1u128 << 110)
        );
        assert_eq!(mul_div_floor_u128(m, 2, 1), Err(MathError::Overflow));
        assert_eq!(mul_div_floor_u128(m, m, m - 1), Err(MathError::Overflow));
        assert_eq!(mul_div_floor_u128(1, 1, 0), Err(MathError::DivisionByZero));
        // (2^127)·6 / 4 = 3·2^126, product needs 130 bits.
        assert_eq!(mul_div_floor_u128(1u128 << 127, 6, 4), Ok(3u128 << 126));
        // 10^30 · 10^20 / d with a 167-bit product: q·d ≤ p < (q+1)·d.
        let d = 7_000_000_000_001u128;
        let q = mul_div_floor_u128(10u128.pow(30), 10u128.pow(20), d).unwrap_or(0);
        assert!(q > 0);
        let p = wide_mul(10u128.pow(30), 10u128.pow(20)).unwrap_or_default();
        assert!(p > (0, 0));
        assert!(wide_mul(q, d).unwrap_or((u128::MAX, 0)) <= p);
        assert!(wide_mul(q + 1, d).unwrap_or_default() > p);
    }
}
