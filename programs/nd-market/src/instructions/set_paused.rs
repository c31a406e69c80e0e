use anchor_lang::prelude::*;

use crate::{MarketError, Platform, PLATFORM_SEED};

#[derive(Accounts)]
pub struct SetPaused<'info> {
    pub authority: Signer<'info>,
    #[account(mut, seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
}

impl SetPaused<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.platform.authority, MarketError::NotPlatformAuthority);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn set_paused(ctx: Context<Self>, paused: bool) -> Result<()> {
        let platform = &mut ctx.accounts.platform;
        platform.paused = paused;
        emit!(platform.updated_event());
        Ok(())
    }
}
