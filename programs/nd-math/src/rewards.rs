//! Staking reward pool: a funded budget streamed over a period and shared by
//! weight through a reward-per-weight accumulator.
//!
//! Streaming is computed from the period's start (`floor(budget × elapsed /
//! period)`), not from a per-second rate, so the budget is released exactly
//! over its period whatever the update pattern: no rate truncation to lose.
//! The accumulator keeps the remainder of its division (`carry`), so each
//! released unit reaches `acc_per_weight` eventually; rounding happens only
//! when a position reads its share, always down.

use crate::error::{MathError, MathResult};
use crate::muldiv::mul_div_floor;

/// Fixed-point scale of `acc_per_weight`. The carried remainder is worth less
/// than `total_weight / 10^18` base units, so while the total weight stays
/// below 10^18 (a billion 9-decimal tokens at 1x) a weight change shifts less
/// than one unit between stakers; and `amount × REWARD_SCALE` still fits u128
/// for every u64 amount.
pub const REWARD_SCALE: u128 = 1_000_000_000_000_000_000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RewardPool {
    /// Reward per unit of weight ever distributed, × [`REWARD_SCALE`].
    pub acc_per_weight: u128,
    /// Scaled remainder of the last division by `total_weight`; carried into
    /// the next distribution so no released value is dropped.
    pub carry: u128,
    /// Σ weights of all positions.
    pub total_weight: u128,
    /// Amount to stream over `[period_start, period_end]`.
    pub budget: u64,
    /// Part of `budget` already released to the accumulator.
    pub streamed: u64,
    /// Released while nobody was staked; rolls into the next [`RewardPool::fund`].
    pub unassigned: u64,
    pub period_start: i64,
    pub period_end: i64,
    pub last_update: i64,
}

impl RewardPool {
    /// An empty pool whose clock starts at `now`.
    pub const fn new(now: i64) -> Self {
        RewardPool {
            acc_per_weight: 0,
            carry: 0,
            total_weight: 0,
            budget: 0,
            streamed: 0,
            unassigned: 0,
            period_start: now,
            period_end: now,
            last_update: now,
        }
    }

    /// Portion of the current budget released by time `t`.
    pub fn released_by(&self, t: i64) -> MathResult<u64> {
        let period = self
            .period_end
            .checked_sub(self.period_start)
            .ok_or(MathError::LedgerInconsistent)?;
        if period < 0 {
            return Err(MathError::LedgerInconsistent);
        }
        if period == 0 {
            // No stream (fresh pool): there is nothing to release.
            return Ok(0);
        }
        // max/min rather than clamp: clamp has a panic path for min > max.
        let clamped = t.max(self.period_start).min(self.period_end);
        let elapsed = clamped
            .checked_sub(self.period_start)
            .ok_or(MathError::LedgerInconsistent)?;
        // 0 ≤ elapsed ≤ period, both non-negative i64, so the casts are exact.
        mul_div_floor(self.budget, elapsed as u64, period as u64)
    }

    /// Budget not yet released.
    pub fn remaining(&self) -> MathResult<u64> {
        self.budget
            .checked_sub(self.streamed)
            .ok_or(MathError::LedgerInconsistent)
    }

    /// Releases everything due by `now` into the accumulator.
    pub fn update(&mut self, now: i64) -> MathResult<()> {
        if now < self.last_update {
            return Err(MathError::ClockWentBackwards);
        }
        let mut next = *self;
        let target = next.released_by(now)?;
        let delta = target
            .checked_sub(next.streamed)
            .ok_or(MathError::LedgerInconsistent)?;
        next.distribute(delta)?;
        next.streamed = target;
        next.last_update = now;
        *self = next;
        Ok(())
    }

    /// Shares `amount` among current weights immediately (used for released
    /// rewards and for early-exit penalties). With no weight staked the
    /// amount waits in `unassigned`.
    pub fn distribute(&mut self, amount: u64) -> MathResult<()> {
        if amount == 0 {
            return Ok(());
        }
        if self.total_weight == 0 {
            self.unassigned = self
                .unassigned
                .checked_add(amount)
                .ok_or(MathError::Overflow)?;
            return Ok(());
        }
        let scaled = (amount as u128)
            .checked_mul(REWARD_SCALE)
            .ok_or(MathError::Overflow)?;
        let num = scaled.checked_add(self.carry).ok_or(MathError::Overflow)?;
        let acc = self
            .acc_per_weight
            .checked_add(num / self.total_weight)
            .ok_or(MathError::Overflow)?;
        self.acc_per_weight = acc;
        self.carry = num % self.total_weight;
        Ok(())
    }

    /// Starts a new period of `period_secs` from `now` streaming `amount` plus
    /// everything not yet handed out (unreleased budget and `unassigned`).
    /// Returns the new budget.
    pub fn fund(&mut self, amount: u64, period_secs: u64, now: i64) -> MathResult<u64> {
        if period_secs == 0 {
            return Err(MathError::ZeroPeriod);
        }
        let mut next = *self;
        next.update(now)?;
        let leftover = next
            .remaining()?
            .checked_add(next.unassigned)
            .ok_or(MathError::Overflow)?;
        let budget = amount.checked_add(leftover).ok_or(MathError::Overflow)?;
        let secs = i64::try_from(period_secs).map_err(|_| MathError::Overflow)?;
        next.period_end = now.checked_add(secs).ok_or(MathError::Overflow)?;
        next.period_start = now;
        next.budget = budget;
        next.streamed = 0;
        next.unassigned = 0;
        *self = next;
        Ok(budget)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_is_exact_over_the_period() {
        let mut p = RewardPool::new(0);
        p.total_weight = 3;
        assert_eq!(p.fund(10, 3, 0), Ok(10));
        assert_eq!(p.update(1), Ok(()));
        assert_eq!(p.streamed, 3); // floor(10 × 1 / 3)
        assert_eq!(p.update(2), Ok(()));
        assert_eq!(p.streamed, 6); // floor(10 × 2 / 3)
        assert_eq!(p.update(100), Ok(()));
        assert_eq!(p.streamed, 10);
        // 10 units × 10^18 over weight 3: acc = floor(10^19 / 3), carry 1.
        assert_eq!(p.acc_per_weight, 3_333_333_333_333_333_333);
        assert_eq!(p.carry, 1);
    }

    #[test]
    fn leftover_rolls_over() {
        let mut p = RewardPool::new(0);
        p.total_weight = 1;
        assert_eq!(p.fund(100, 10, 0), Ok(100));
        // Half the period later 50 is left, plus 40 new.
        assert_eq!(p.fund(40, 4, 5), Ok(90));
        assert_eq!(p.update(6), Ok(()));
        assert_eq!(p.streamed, 22); // floor(90 / 4)
        assert_eq!(p.update(9), Ok(()));
        assert_eq!(p.streamed, 90);
        assert_eq!(p.acc_per_weight, 140 * REWARD_SCALE);
    }

    #[test]
    fn unstaked_time_goes_to_unassigned_then_rolls_over() {
        let mut p = RewardPool::new(0);
        assert_eq!(p.fund(7, 7, 0), Ok(7));
        assert_eq!(p.update(3), Ok(()));
        assert_eq!(p.unassigned, 3);
        assert_eq!(p.fund(0, 2, 3), Ok(7));
        assert_eq!(p.unassigned, 0);
    }

    #[test]
    fn named_errors() {
        let mut p = RewardPool::new(10);
        assert_eq!(p.update(9), Err(MathError::ClockWentBackwards));
        assert_eq!(p.fund(1, 0, 10), Err(MathError::ZeroPeriod));
        assert_eq!(p.fund(1, u64::MAX, 10), Err(MathError::Overflow));
        assert_eq!(p.fund(1, 5, i64::MAX), Err(MathError::Overflow));
        assert_eq!(p.fund(u64::MAX, 5, 10), Ok(u64::MAX));
        assert_eq!(p.fund(1, 5, 10), Err(MathError::Overflow));
        // A failed call leaves the pool as it was.
        assert_eq!(p.budget, u64::MAX);
        p.total_weight = 1;
        p.acc_per_weight = u128::MAX;
        assert_eq!(p.update(20), Err(MathError::Overflow));
        assert_eq!(p.last_update, 10);
    }

    #[test]
    fn extreme_amounts_fit() {
        let mut p = RewardPool::new(i64::MIN);
        p.total_weight = 1;
        assert_eq!(p.fund(u64::MAX, i64::MAX as u64, i64::MIN), Ok(u64::MAX));
        assert_eq!(p.update(-1), Ok(()));
        assert_eq!(p.streamed, u64::MAX);
        assert_eq!(p.acc_per_weight, u64::MAX as u128 * REWARD_SCALE);
    }
}
