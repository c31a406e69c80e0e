use anchor_lang::prelude::*;

use crate::{MarketError, Platform, PLATFORM_SEED};

/// Second step: the proposed authority proves it holds the key by signing.
#[derive(Accounts)]
pub struct AcceptAuthority<'info> {
    pub new_authority: Signer<'info>,
    #[account(mut, seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
}

impl AcceptAuthority<'_> {
    fn validate(&self) -> Result<()> {
        let pending = self.platform.pending_authority.ok_or(MarketError::NoPendingAuthority)?;
        require_keys_eq!(self.new_authority.key(), pending, MarketError::NotPendingAuthority);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn accept_authority(ctx: Context<Self>) -> Result<()> {
        let platform = &mut ctx.accounts.platform;
        platform.authority = ctx.accounts.new_authority.key();
        platform.pending_authority = None;
        emit!(platform.updated_event());
        Ok(())
    }
}
