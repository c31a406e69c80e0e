//! The platform fee on a sale.

use crate::bps::Bps;
use crate::error::{MathError, MathResult};

/// `floor(price × fee_bps / 10_000)`.
///
/// `cap` is the protocol's hard ceiling (a program constant), checked here so
/// that a misconfigured or tampered fee rate fails loudly instead of letting
/// the platform take more than it promised.
pub fn platform_fee(price: u64, fee_bps: Bps, cap: Bps) -> MathResult<u64> {
    if fee_bps > cap {
        return Err(MathError::FeeAboveCap);
    }
    fee_bps.apply(price)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bps(v: u64) -> Bps {
        Bps::new(v).unwrap_or(Bps::ZERO)
    }

    #[test]
    fn hand_computed() {
        let cap = bps(1_000);
        assert_eq!(platform_fee(0, bps(250), cap), Ok(0));
        assert_eq!(platform_fee(1, bps(250), cap), Ok(0));
        assert_eq!(platform_fee(3, bps(250), cap), Ok(0));
        assert_eq!(platform_fee(40, bps(250), cap), Ok(1));
        assert_eq!(platform_fee(1_000_000, bps(250), cap), Ok(25_000));
        assert_eq!(
            platform_fee(u64::MAX, bps(250), cap),
            Ok(461_168_601_842_738_790)
        );
        assert_eq!(
            platform_fee(u64::MAX, bps(1_000), cap),
            Ok(1_844_674_407_370_955_161)
        );
        assert_eq!(platform_fee(u64::MAX, Bps::MAX, Bps::MAX), Ok(u64::MAX));
    }

    #[test]
    fn cap_is_enforced() {
        assert_eq!(
            platform_fee(100, bps(1_001), bps(1_000)),
            Err(MathError::FeeAboveCap)
        );
        assert_eq!(
            platform_fee(0, bps(1), Bps::ZERO),
            Err(MathError::FeeAboveCap)
        );
        assert_eq!(platform_fee(100, bps(1_000), bps(1_000)), Ok(10));
    }
}
