use anchor_lang::prelude::*;
use nd_math::{multiplier_for_lock, LockTier};

use crate::constants::MAX_TIERS;
use crate::errors::{OrStakingError, StakingError};
use crate::events::TiersSet;
use crate::state::{LockTierConfig, Pool, StoredLockTier};

#[derive(Accounts)]
pub struct SetTiers<'info> {
    pub authority: Signer<'info>,
    #[account(mut, has_one = authority @ StakingError::NotAuthority)]
    pub pool: AccountLoader<'info, Pool>,
}

/// Checks count, order and multiplier range the way `nd_math::multiplier_for_lock` will read them.
pub fn validate_tiers(tiers: &[LockTierConfig]) -> Result<()> {
    require!(tiers.len() <= usize::from(MAX_TIERS), StakingError::TooManyTiers);
    let mut math = [LockTier::default(); MAX_TIERS as usize];
    for (slot, tier) in math.iter_mut().zip(tiers) {
        *slot = LockTier::from(*tier);
    }
    let used = math.get(..tiers.len()).ok_or(StakingError::TooManyTiers)?;
    multiplier_for_lock(used, 0).or_staking()?;
    Ok(())
}

pub fn store_tiers(pool: &mut Pool, tiers: &[LockTierConfig]) {
    pool.tiers = [StoredLockTier::default(); MAX_TIERS as usize];
    for (slot, tier) in pool.tiers.iter_mut().zip(tiers) {
        *slot = StoredLockTier::from(*tier);
    }
    // validate_tiers bounds the length by MAX_TIERS.
    pool.tier_count = tiers.len() as u8;
}

impl<'info> SetTiers<'info> {
    pub fn validate(&self, tiers: &[LockTierConfig]) -> Result<()> {
        validate_tiers(tiers)
    }
}

/// Replaces the tiers; positions keep the multiplier and lock they were opened with.
pub fn handle_set_tiers(ctx: Context<SetTiers>, tiers: Vec<LockTierConfig>) -> Result<()> {
    store_tiers(&mut *ctx.accounts.pool.load_mut()?, &tiers);
    emit!(TiersSet { pool: ctx.accounts.pool.key(), tiers });
    Ok(())
}
