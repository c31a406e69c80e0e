use anchor_lang::prelude::*;
use nd_math::RewardPool;

use super::PodU128;

/// The pool's `nd_math::RewardPool`, as stored: the program never computes rewards itself, it
/// loads this into the crate's type, calls the crate, and stores the result back.
#[zero_copy]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RewardState {
    /// Reward per unit of weight ever distributed, × 10^18.
    pub acc_per_weight: PodU128,
    /// Scaled remainder of the last division by `total_weight`.
    pub carry: PodU128,
    /// Σ weights of all positions.
    pub total_weight: PodU128,
    /// Amount streamed over `[period_start, period_end]`.
    pub budget: u64,
    /// Part of `budget` already released.
    pub streamed: u64,
    /// Released while nobody was staked; rolls into the next funding.
    pub unassigned: u64,
    pub period_start: i64,
    pub period_end: i64,
    pub last_update: i64,
}

impl From<RewardState> for RewardPool {
    fn from(s: RewardState) -> Self {
        RewardPool {
            acc_per_weight: s.acc_per_weight.get(),
            carry: s.carry.get(),
            total_weight: s.total_weight.get(),
            budget: s.budget,
            streamed: s.streamed,
            unassigned: s.unassigned,
            period_start: s.period_start,
            period_end: s.period_end,
            last_update: s.last_update,
        }
    }
}

impl From<RewardPool> for RewardState {
    fn from(p: RewardPool) -> Self {
        RewardState {
            acc_per_weight: p.acc_per_weight.into(),
            carry: p.carry.into(),
            total_weight: p.total_weight.into(),
            budget: p.budget,
            streamed: p.streamed,
            unassigned: p.unassigned,
            period_start: p.period_start,
            period_end: p.period_end,
            last_update: p.last_update,
        }
    }
}
