//! The referrer's reward on a sale.

use crate::bps::Bps;
use crate::error::{MathError, MathResult};

/// `floor(seller_gross × referral_bps / 10_000)`, where `seller_gross` is the
/// price minus the platform fee.
///
/// The referral is paid out of the seller's side and never out of the
/// platform fee; computing it on the seller's gross (not on the price) is what
/// keeps every party's amount non-decreasing in the price (see the crate
/// docs). `cap` is the protocol's ceiling for referral rates.
pub fn referral(seller_gross: u64, referral_bps: Bps, cap: Bps) -> MathResult<u64> {
    if referral_bps > cap {
        return Err(MathError::ReferralAboveCap);
    }
    referral_bps.apply(seller_gross)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bps(v: u64) -> Bps {
        Bps::new(v).unwrap_or(Bps::ZERO)
    }

    #[test]
    fn hand_computed() {
        let cap = bps(500);
        assert_eq!(referral(0, bps(100), cap), Ok(0));
        assert_eq!(referral(1, bps(100), cap), Ok(0));
        assert_eq!(referral(3, bps(100), cap), Ok(0));
        assert_eq!(referral(99, bps(100), cap), Ok(0));
        assert_eq!(referral(100, bps(100), cap), Ok(1));
        assert_eq!(
            referral(u64::MAX, bps(100), cap),
            Ok(184_467_440_737_095_516)
        );
        assert_eq!(
            referral(u64::MAX, bps(500), cap),
            Ok(922_337_203_685_477_580)
        );
    }

    #[test]
    fn cap_is_enforced() {
        assert_eq!(
            referral(100, bps(501), bps(500)),
            Err(MathError::ReferralAboveCap)
        );
        assert_eq!(referral(100, Bps::ZERO, Bps::ZERO), Ok(0));
    }
}
