use anchor_lang::prelude::*;
use nd_math::{mul_div_floor_u128, Bps, LockTier, RewardPool, REWARD_SCALE};

use super::{PodU128, RewardState, StoredLockTier};
use crate::constants::{ACCUMULATOR_SLACK, MAX_TIERS, POOL_SEED};
use crate::errors::{OrStakingError, StakingError};

/// A staking pool: one per (stake mint, reward mint). PDA `["pool", stake_mint, reward_mint]`;
/// it owns both vaults and signs their transfers. Zero-copy: every instruction reads it, and
/// deserialising ~550 bytes with borsh would cost more than the rest of most instructions.
#[account(zero_copy)]
#[derive(Debug)]
pub struct Pool {
    pub stake_mint: Pubkey,
    pub reward_mint: Pubkey,
    /// Token account `["stake_vault", pool]` holding every position's stake.
    pub stake_vault: Pubkey,
    /// Token account `["reward_vault", pool]` holding funded rewards and early-exit penalties.
    pub reward_vault: Pubkey,
    pub stake_token_program: Pubkey,
    pub reward_token_program: Pubkey,
    pub authority: Pubkey,
    /// Proposed next authority (`Pubkey::default()` when none); it takes over by accepting.
    pub pending_authority: Pubkey,
    /// Smallest non-zero position, fixed at creation: it bounds how fast dust can grow
    /// `acc_per_weight` (see `check_accumulator_headroom`).
    pub min_stake: u64,
    /// Σ position amounts: what the stake vault owes.
    pub total_staked: u64,
    /// Σ amounts the reward vault received from `fund_rewards`.
    pub total_funded: PodU128,
    /// Σ early-exit penalties the reward vault received.
    pub total_penalties: PodU128,
    /// Σ rewards paid out.
    pub total_claimed: PodU128,
    pub rewards: RewardState,
    /// The first `tier_count` entries apply to positions opened from now on.
    pub tiers: [StoredLockTier; 8],
    /// Share of an early exit that goes to the remaining stakers; fixed at creation so a
    /// position's exit terms cannot change under it. Zero: no early exit.
    pub early_exit_penalty_bps: u16,
    pub stake_decimals: u8,
    pub reward_decimals: u8,
    pub bump: u8,
    /// 1 while paused.
    pub paused: u8,
    pub tier_count: u8,
    pub _reserved: u8,
}

/// The seeds the pool signs with, copied out so no borrow of the pool is held across a CPI.
pub struct PoolSigner {
    stake_mint: Pubkey,
    reward_mint: Pubkey,
    bump: [u8; 1],
}

impl PoolSigner {
    pub fn seeds(&self) -> [&[u8]; 4] {
        [POOL_SEED, self.stake_mint.as_ref(), self.reward_mint.as_ref(), &self.bump]
    }
}

impl Pool {
    pub const SPACE: usize = 8 + core::mem::size_of::<Pool>();

    pub fn is_paused(&self) -> bool {
        self.paused != 0
    }

    pub fn lock_tiers(&self) -> ([LockTier; MAX_TIERS as usize], usize) {
        let mut out = [LockTier::default(); MAX_TIERS as usize];
        for (slot, tier) in out.iter_mut().zip(self.tiers.iter()) {
            *slot = LockTier::from(*tier);
        }
        (out, usize::from(self.tier_count).min(out.len()))
    }

    pub fn reward_pool(&self) -> RewardPool {
        self.rewards.into()
    }

    pub fn penalty(&self) -> Result<Bps> {
        Bps::new(u64::from(self.early_exit_penalty_bps)).or_staking()
    }

    pub fn signer(&self) -> PoolSigner {
        PoolSigner {
            stake_mint: self.stake_mint,
            reward_mint: self.reward_mint,
            bump: [self.bump],
        }
    }

    pub fn add_total(total: &mut PodU128, amount: u64) -> Result<()> {
        *total = total
            .get()
            .checked_add(u128::from(amount))
            .ok_or(StakingError::MathOverflow)?
            .into();
        Ok(())
    }

    /// Refuses a state in which releasing everything not yet distributed (`extra` on top of the
    /// running budget) could overflow `acc_per_weight`. Total weight is either zero or at least
    /// `min_stake`, so `min_stake` is the smallest divisor a distribution can meet.
    pub fn check_accumulator_headroom(&self, pool: &RewardPool, extra: u64) -> Result<()> {
        let undistributed = u128::from(pool.remaining().or_staking()?)
            .checked_add(u128::from(extra))
            .ok_or(StakingError::RewardRateOverflow)?;
        let worst = mul_div_floor_u128(undistributed, REWARD_SCALE, u128::from(self.min_stake.max(1)))
            .map_err(|_| StakingError::RewardRateOverflow)?;
        pool.acc_per_weight
            .checked_add(worst)
            .and_then(|acc| acc.checked_add(ACCUMULATOR_SLACK))
            .ok_or(StakingError::RewardRateOverflow)?;
        Ok(())
    }

    /// The `period_secs` a fee router should pass to `fund_rewards` at `now`: the rest of the
    /// running period (always accepted: it neither shortens the stream nor lowers its rate), or
    /// `fallback_secs` when no period is running.
    pub fn routing_period_secs(&self, now: i64, fallback_secs: u64) -> u64 {
        let left = self.rewards.period_end.saturating_sub(now);
        if left > 0 && self.rewards.budget > self.rewards.streamed {
            left as u64
        } else {
            fallback_secs
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(min_stake: u64) -> Pool {
        let mut p: Pool = bytemuck::Zeroable::zeroed();
        p.min_stake = min_stake;
        p
    }

    #[test]
    fn layouts_have_no_padding_and_the_sizes_clients_expect() {
        // bytemuck's Pod derive already refuses padding; these are the sizes the SDK decodes.
        assert_eq!(Pool::SPACE, 560);
        assert_eq!(super::super::Position::SPACE, 184);
        assert_eq!(core::mem::align_of::<Pool>(), 8);
        let v = u128::MAX - 12_345;
        assert_eq!(PodU128::from(v).get(), v);
    }

    #[test]
    fn accumulator_headroom_counts_the_smallest_possible_weight() {
        let mut rewards = RewardPool::new(0);
        rewards.budget = u64::MAX;
        // One budget of u64::MAX over weight 1 fits 18 times in u128 next to the slack.
        let per_round = u128::from(u64::MAX) * REWARD_SCALE;
        rewards.acc_per_weight = 17 * per_round;
        assert!(pool(1).check_accumulator_headroom(&rewards, 0).is_ok());
        rewards.acc_per_weight = 18 * per_round;
        assert!(pool(1).check_accumulator_headroom(&rewards, 0).is_err());
        // A larger minimum stake divides what a budget can add.
        assert!(pool(1_000).check_accumulator_headroom(&rewards, 0).is_ok());
        rewards.budget = 0;
        assert!(pool(1).check_accumulator_headroom(&rewards, u64::MAX).is_err());
    }

    #[test]
    fn routing_period_joins_the_running_stream() {
        let mut p = pool(1);
        assert_eq!(p.routing_period_secs(10, 600), 600);
        p.rewards.budget = 100;
        p.rewards.period_start = 0;
        p.rewards.period_end = 50;
        assert_eq!(p.routing_period_secs(10, 600), 40);
        assert_eq!(p.routing_period_secs(50, 600), 600);
        p.rewards.streamed = 100;
        assert_eq!(p.routing_period_secs(10, 600), 600);
    }
}
