//! Rates as newtypes whose range is checked once, at construction.
//!
//! Taking `Bps`/`Ppm` instead of raw integers means a function that applies a
//! rate never has to re-validate it, and a rate read from account data cannot
//! silently exceed 100 %.

use crate::error::{MathError, MathResult};
use crate::muldiv::mul_div_floor;

/// 100 % in basis points.
pub const BPS_DENOMINATOR: u64 = 10_000;
/// 100 % in parts per million.
pub const PPM_DENOMINATOR: u64 = 1_000_000;

/// A rate in basis points, 0..=10_000.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bps(u16);

impl Bps {
    pub const ZERO: Bps = Bps(0);
    pub const MAX: Bps = Bps(BPS_DENOMINATOR as u16);

    /// Accepts any u64 so that untrusted input of any width is checked here.
    pub const fn new(value: u64) -> MathResult<Bps> {
        if value > BPS_DENOMINATOR {
            Err(MathError::BpsOutOfRange)
        } else {
            Ok(Bps(value as u16))
        }
    }

    pub const fn get(self) -> u16 {
        self.0
    }

    /// `floor(amount × self / 10_000)`; never more than `amount`.
    pub fn apply(self, amount: u64) -> MathResult<u64> {
        mul_div_floor(amount, self.0 as u64, BPS_DENOMINATOR)
    }
}

/// A share in parts per million, 0..=1_000_000.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ppm(u32);

impl Ppm {
    pub const ZERO: Ppm = Ppm(0);
    pub const MAX: Ppm = Ppm(PPM_DENOMINATOR as u32);

    pub const fn new(value: u64) -> MathResult<Ppm> {
        if value > PPM_DENOMINATOR {
            Err(MathError::PpmOutOfRange)
        } else {
            Ok(Ppm(value as u32))
        }
    }

    pub const fn get(self) -> u32 {
        self.0
    }

    /// `floor(amount × self / 1_000_000)`; never more than `amount`.
    pub fn apply(self, amount: u64) -> MathResult<u64> {
        mul_div_floor(amount, self.0 as u64, PPM_DENOMINATOR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn construction_is_checked() {
        assert_eq!(Bps::new(10_000).map(Bps::get), Ok(10_000));
        assert_eq!(Bps::new(10_001), Err(MathError::BpsOutOfRange));
        assert_eq!(Bps::new(u64::MAX), Err(MathError::BpsOutOfRange));
        assert_eq!(Ppm::new(1_000_000).map(Ppm::get), Ok(1_000_000));
        assert_eq!(Ppm::new(1_000_001), Err(MathError::PpmOutOfRange));
        assert_eq!(Ppm::new(u64::MAX), Err(MathError::PpmOutOfRange));
    }

    #[test]
    fn apply_rounds_down() {
        let b = Bps::new(250).unwrap_or(Bps::ZERO);
        assert_eq!(b.apply(0), Ok(0));
        assert_eq!(b.apply(1), Ok(0));
        assert_eq!(b.apply(3), Ok(0));
        assert_eq!(b.apply(40), Ok(1));
        assert_eq!(b.apply(79), Ok(1));
        // 18446744073709551615 × 250 / 10000 = 461168601842738790.375
        assert_eq!(b.apply(u64::MAX), Ok(461_168_601_842_738_790));
        assert_eq!(Bps::MAX.apply(u64::MAX), Ok(u64::MAX));
        let p = Ppm::new(333_333).unwrap_or(Ppm::ZERO);
        assert_eq!(p.apply(3), Ok(0));
        assert_eq!(p.apply(1_000_000), Ok(333_333));
        // 18446744073709551615 × 333333 / 10^6 = 6148908542321825968.482795
        assert_eq!(p.apply(u64::MAX), Ok(6_148_908_542_321_825_968));
        assert_eq!(Ppm::MAX.apply(u64::MAX), Ok(u64::MAX));
    }
}
