use anchor_lang::prelude::*;
use nd_math::StakePosition;

use super::PodU128;

/// The position's `nd_math::StakePosition`, as stored.
#[zero_copy]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct StakeState {
    /// `floor(amount × multiplier_bps / 10_000)`, counted in the pool's total weight.
    pub weight: PodU128,
    /// Pool `acc_per_weight` at the last settlement.
    pub acc_checkpoint: PodU128,
    /// Settled rewards not yet claimed.
    pub pending: PodU128,
    pub amount: u64,
    pub multiplier_bps: u64,
    /// Leaving before this time goes through `early_exit` and pays the penalty.
    pub lock_end: i64,
}

impl From<StakeState> for StakePosition {
    fn from(s: StakeState) -> Self {
        StakePosition {
            weight: s.weight.get(),
            acc_checkpoint: s.acc_checkpoint.get(),
            pending: s.pending.get(),
            amount: s.amount,
            multiplier_bps: s.multiplier_bps,
            lock_end: s.lock_end,
        }
    }
}

impl From<StakePosition> for StakeState {
    fn from(p: StakePosition) -> Self {
        StakeState {
            weight: p.weight.into(),
            acc_checkpoint: p.acc_checkpoint.into(),
            pending: p.pending.into(),
            amount: p.amount,
            multiplier_bps: p.multiplier_bps,
            lock_end: p.lock_end,
        }
    }
}
