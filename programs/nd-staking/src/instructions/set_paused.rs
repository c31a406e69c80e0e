use anchor_lang::prelude::*;

use crate::errors::StakingError;
use crate::events::PausedSet;
use crate::state::Pool;

/// While paused, every instruction that moves tokens fails with `PoolPaused`; closing empty
/// positions, refreshing and the authority's own instructions still work.
#[derive(Accounts)]
pub struct SetPaused<'info> {
    pub authority: Signer<'info>,
    #[account(mut, has_one = authority @ StakingError::NotAuthority)]
    pub pool: AccountLoader<'info, Pool>,
}

impl<'info> SetPaused<'info> {
    pub fn validate(&self) -> Result<()> {
        Ok(())
    }
}

pub fn handle_set_paused(ctx: Context<SetPaused>, paused: bool) -> Result<()> {
    ctx.accounts.pool.load_mut()?.paused = u8::from(paused);
    emit!(PausedSet { pool: ctx.accounts.pool.key(), paused });
    Ok(())
}
