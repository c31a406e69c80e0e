use anchor_lang::prelude::*;

use crate::{Drop, DropPauseChanged, EditionsError};

/// Stops (or resumes) sales of a drop; nothing else changes.
#[derive(Accounts)]
pub struct SetPaused<'info> {
    pub authority: Signer<'info>,
    #[account(mut)]
    pub drop: Account<'info, Drop>,
}

impl SetPaused<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.drop.authority, EditionsError::NotDropAuthority);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn set_paused(ctx: Context<Self>, paused: bool) -> Result<()> {
        ctx.accounts.drop.paused = paused;
        emit!(DropPauseChanged { drop: ctx.accounts.drop.key(), paused });
        Ok(())
    }
}
