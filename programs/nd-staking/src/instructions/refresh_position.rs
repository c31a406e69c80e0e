use anchor_lang::prelude::*;

use crate::errors::{OrStakingError, StakingError};
use crate::state::{Pool, Position, StakeState};

/// Brings a position up to date; anyone may call it. Its use: a position whose lock has ended
/// keeps its boosted weight in the pool's total until it is touched, so a keeper refreshing
/// expired positions promptly keeps the other stakers from being diluted by stale boosts.
#[derive(Accounts)]
pub struct RefreshPosition<'info> {
    #[account(mut)]
    pub pool: AccountLoader<'info, Pool>,
    #[account(mut, has_one = pool @ StakingError::WrongPool)]
    pub position: AccountLoader<'info, Position>,
}

impl<'info> RefreshPosition<'info> {
    pub fn validate(&self) -> Result<()> {
        Ok(())
    }
}

pub fn handle_refresh_position(ctx: Context<RefreshPosition>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let mut pool = ctx.accounts.pool.load_mut()?;
    let mut position = ctx.accounts.position.load_mut()?;
    let mut rewards = pool.reward_pool();
    let mut stake: nd_math::StakePosition = position.stake.into();
    nd_math::refresh(&mut rewards, &mut stake, now).or_staking()?;
    pool.rewards = rewards.into();
    position.stake = StakeState::from(stake);
    Ok(())
}
