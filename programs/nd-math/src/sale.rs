//! Breakdown of one sale: platform fee, referral, seller proceeds.

use crate::bps::{Bps, Ppm};
use crate::error::{MathError, MathResult};
use crate::fee::platform_fee;
use crate::referral::referral;
use crate::split::split;

/// Rates in force for a sale. Use `referral_bps = Bps::ZERO` when the buyer
/// has no referrer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SaleTerms {
    pub fee_bps: Bps,
    pub fee_cap: Bps,
    pub referral_bps: Bps,
    pub referral_cap: Bps,
}

/// Where every base unit of a sale goes: `fee + referral + seller == price`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SaleQuote {
    pub price: u64,
    /// To the platform treasury.
    pub fee: u64,
    /// To the referrer, taken out of the seller's side.
    pub referral: u64,
    /// What the split (or the single seller) receives.
    pub seller: u64,
}

/// Applies the fee to the price, then the referral to what is left.
pub fn quote_sale(price: u64, terms: &SaleTerms) -> MathResult<SaleQuote> {
    let fee = platform_fee(price, terms.fee_bps, terms.fee_cap)?;
    // fee ≤ price because fee_bps ≤ 100 %.
    let gross = price.checked_sub(fee).ok_or(MathError::Overflow)?;
    let referral = referral(gross, terms.referral_bps, terms.referral_cap)?;
    let seller = gross.checked_sub(referral).ok_or(MathError::Overflow)?;
    Ok(SaleQuote {
        price,
        fee,
        referral,
        seller,
    })
}

/// [`quote_sale`] followed by an immediate [`split`] of the seller proceeds,
/// for markets that push payments instead of using the accumulator.
pub fn quote_sale_split(
    price: u64,
    terms: &SaleTerms,
    shares: &[Ppm],
    parts: &mut [u64],
) -> MathResult<SaleQuote> {
    let quote = quote_sale(price, terms)?;
    split(quote.seller, shares, parts)?;
    Ok(quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bps(v: u64) -> Bps {
        Bps::new(v).unwrap_or(Bps::ZERO)
    }

    fn terms(fee: u64, referral: u64) -> SaleTerms {
        SaleTerms {
            fee_bps: bps(fee),
            fee_cap: bps(1_000),
            referral_bps: bps(referral),
            referral_cap: bps(1_000),
        }
    }

    #[test]
    fn hand_computed() {
        let t = terms(250, 100);
        let q = |p| quote_sale(p, &t).map(|q| (q.fee, q.referral, q.seller));
        assert_eq!(q(0), Ok((0, 0, 0)));
        assert_eq!(q(1), Ok((0, 0, 1)));
        assert_eq!(q(3), Ok((0, 0, 3)));
        // 10_000: fee 250, gross 9_750, referral 97 (97.5 floored).
        assert_eq!(q(10_000), Ok((250, 97, 9_653)));
        // u64::MAX: fee 461168601842738790, gross 17985575471866812825,
        // referral floor(gross / 100) = 179855754718668128.
        assert_eq!(
            q(u64::MAX),
            Ok((
                461_168_601_842_738_790,
                179_855_754_718_668_128,
                17_805_719_717_148_144_697
            ))
        );
    }

    #[test]
    fn all_of_the_price_can_go_to_fee_and_referral() {
        let t = SaleTerms {
            fee_bps: Bps::MAX,
            fee_cap: Bps::MAX,
            referral_bps: Bps::MAX,
            referral_cap: Bps::MAX,
        };
        assert_eq!(
            quote_sale(u64::MAX, &t).map(|q| (q.fee, q.referral, q.seller)),
            Ok((u64::MAX, 0, 0))
        );
    }

    #[test]
    fn caps_are_enforced() {
        let mut t = terms(250, 100);
        t.referral_cap = bps(99);
        assert_eq!(quote_sale(5, &t), Err(MathError::ReferralAboveCap));
        t.fee_cap = bps(249);
        assert_eq!(quote_sale(5, &t), Err(MathError::FeeAboveCap));
    }

    #[test]
    fn sale_then_split_conserves_the_price() {
        let t = terms(250, 100);
        let shares = [
            Ppm::new(333_334).unwrap_or(Ppm::ZERO),
            Ppm::new(333_333).unwrap_or(Ppm::ZERO),
            Ppm::new(333_333).unwrap_or(Ppm::ZERO),
        ];
        let mut parts = [0u64; 3];
        let q = quote_sale_split(10_000, &t, &shares, &mut parts);
        assert_eq!(q.map(|q| q.seller), Ok(9_653));
        // 9653 × 333333 / 10^6 = 3217.66 → 3217 each for 1 and 2.
        assert_eq!(parts, [3_219, 3_217, 3_217]);
    }
}
