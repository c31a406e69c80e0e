use anchor_lang::prelude::*;

use crate::errors::StakingError;
use crate::events::PositionClosed;
use crate::state::{Pool, Position};

/// Closes an empty position whose rewards are all paid; its rent goes back to the owner.
#[derive(Accounts)]
pub struct ClosePosition<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    pub pool: AccountLoader<'info, Pool>,
    #[account(
        mut,
        close = owner,
        has_one = pool @ StakingError::WrongPool,
        has_one = owner @ StakingError::NotPositionOwner,
    )]
    pub position: AccountLoader<'info, Position>,
}

impl<'info> ClosePosition<'info> {
    pub fn validate(&self) -> Result<()> {
        // An empty position has no weight, so nothing accrues to it after its last settlement.
        let position = self.position.load()?;
        require!(position.stake.amount == 0, StakingError::PositionNotEmpty);
        require!(position.stake.pending.get() == 0, StakingError::RewardsUnclaimed);
        Ok(())
    }
}

pub fn handle_close_position(ctx: Context<ClosePosition>) -> Result<()> {
    emit!(PositionClosed {
        pool: ctx.accounts.pool.key(),
        position: ctx.accounts.position.key(),
        owner: ctx.accounts.owner.key(),
    });
    Ok(())
}
