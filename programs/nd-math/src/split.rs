//! One-shot royalty split with the dust rule.
//!
//! Recipient `i ≥ 1` gets `floor(amount × share_i / 10^6)`; recipient 0 (the
//! primary artist) gets the rest, so the parts always add up to `amount`. The
//! rest exceeds recipient 0's own pro-rata share by less than one base unit per
//! other recipient.

use crate::bps::{Ppm, PPM_DENOMINATOR};
use crate::error::{MathError, MathResult};

/// Most recipients a split may have; fixed so that splits live in fixed-size
/// arrays on chain and in this crate.
pub const MAX_RECIPIENTS: usize = 32;

/// Checks 1..=32 recipients whose shares add up to exactly 1_000_000 ppm.
pub fn validate_shares(shares: &[Ppm]) -> MathResult<()> {
    if shares.is_empty() {
        return Err(MathError::NoRecipients);
    }
    if shares.len() > MAX_RECIPIENTS {
        return Err(MathError::TooManyRecipients);
    }
    // At most 32 × 10^6, so the fold cannot fail; checked to keep panics out.
    let total = shares
        .iter()
        .try_fold(0u64, |sum, s| sum.checked_add(s.get() as u64))
        .ok_or(MathError::Overflow)?;
    if total != PPM_DENOMINATOR {
        return Err(MathError::SharesNotWhole);
    }
    Ok(())
}

/// Splits `amount` by `shares` into `parts` (same length as `shares`).
///
/// `parts` is written only on success.
pub fn split(amount: u64, shares: &[Ppm], parts: &mut [u64]) -> MathResult<()> {
    validate_shares(shares)?;
    if parts.len() != shares.len() {
        return Err(MathError::LengthMismatch);
    }
    let all = split_fixed(amount, shares)?;
    for (out, v) in parts.iter_mut().zip(all.iter()) {
        *out = *v;
    }
    Ok(())
}

/// Same as [`split`] but returns a fixed array; entries past `shares.len()`
/// are zero.
pub fn split_fixed(amount: u64, shares: &[Ppm]) -> MathResult<[u64; MAX_RECIPIENTS]> {
    validate_shares(shares)?;
    let mut parts = [0u64; MAX_RECIPIENTS];
    let mut others: u64 = 0;
    for (out, share) in parts.iter_mut().zip(shares.iter()).skip(1) {
        *out = share.apply(amount)?;
        // Σ floor(amount × s_i / 10^6) ≤ amount, so this cannot overflow;
        // checked anyway so a broken invariant is an error, not a wrap.
        others = others.checked_add(*out).ok_or(MathError::Overflow)?;
    }
    let first = amount.checked_sub(others).ok_or(MathError::Overflow)?;
    if let Some(slot) = parts.first_mut() {
        *slot = first;
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ppm(values: &[u64]) -> [Ppm; MAX_RECIPIENTS] {
        let mut out = [Ppm::ZERO; MAX_RECIPIENTS];
        for (o, v) in out.iter_mut().zip(values) {
            *o = Ppm::new(*v).unwrap_or(Ppm::ZERO);
        }
        out
    }

    fn run(amount: u64, shares: &[u64]) -> MathResult<[u64; 3]> {
        let s = ppm(shares);
        let mut parts = [0u64; 3];
        split(amount, &s[..3], &mut parts).map(|_| parts)
    }

    #[test]
    fn thirds_send_dust_to_recipient_zero() {
        let t = [333_334, 333_333, 333_333];
        assert_eq!(run(0, &t), Ok([0, 0, 0]));
        assert_eq!(run(1, &t), Ok([1, 0, 0]));
        assert_eq!(run(3, &t), Ok([3, 0, 0]));
        assert_eq!(run(100, &t), Ok([34, 33, 33]));
        assert_eq!(run(1_000_000, &t), Ok([333_334, 333_333, 333_333]));
        // u64::MAX × 333333 / 10^6 = 6148908542321825968.48 → floor for 1 and 2.
        let f = 6_148_908_542_321_825_968u64;
        assert_eq!(run(u64::MAX, &t), Ok([u64::MAX - 2 * f, f, f]));
        // The listed order 333_333/333_333/333_334 gives recipient 0 the dust
        // even though it holds the smaller share.
        let t2 = [333_333, 333_333, 333_334];
        assert_eq!(run(3, &t2), Ok([2, 0, 1]));
        assert_eq!(run(1_000_001, &t2), Ok([333_334, 333_333, 333_334]));
        assert_eq!(run(1_000_003, &t2), Ok([333_335, 333_333, 333_335]));
    }

    #[test]
    fn shares_must_be_whole() {
        assert_eq!(
            run(10, &[333_333, 333_333, 333_333]),
            Err(MathError::SharesNotWhole)
        );
        assert_eq!(run(10, &[1_000_000, 1, 0]), Err(MathError::SharesNotWhole));
        assert_eq!(split(10, &[], &mut []), Err(MathError::NoRecipients));
        let many = [Ppm::ZERO; MAX_RECIPIENTS + 1];
        let mut out = [0u64; MAX_RECIPIENTS + 1];
        assert_eq!(
            split(10, &many, &mut out),
            Err(MathError::TooManyRecipients)
        );
        let whole = ppm(&[1_000_000]);
        let mut two = [7u64; 2];
        assert_eq!(
            split(10, &whole[..1], &mut two),
            Err(MathError::LengthMismatch)
        );
        assert_eq!(two, [7, 7], "parts untouched on error");
    }

    #[test]
    fn thirty_two_recipients() {
        let mut raw = [31_250u64; MAX_RECIPIENTS];
        raw[0] = 31_250;
        let s = ppm(&raw);
        let parts = split_fixed(u64::MAX, &s);
        let parts = parts.unwrap_or([0; MAX_RECIPIENTS]);
        // 31_250 ppm = 1/32: u64::MAX / 32 = 576460752303423487 remainder 31.
        for p in parts.iter().skip(1) {
            assert_eq!(*p, 576_460_752_303_423_487);
        }
        assert_eq!(parts[0], 576_460_752_303_423_487 + 31);
        assert_eq!(
            parts.iter().map(|&p| p as u128).sum::<u128>(),
            u64::MAX as u128
        );
    }
}
