use anchor_lang::prelude::*;

use crate::{MarketError, Platform, PLATFORM_SEED};

/// First step of the authority handover; proposing again replaces the pending proposal.
#[derive(Accounts)]
pub struct ProposeAuthority<'info> {
    pub authority: Signer<'info>,
    #[account(mut, seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
}

impl ProposeAuthority<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.platform.authority, MarketError::NotPlatformAuthority);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn propose_authority(ctx: Context<Self>, new_authority: Pubkey) -> Result<()> {
        ctx.accounts.platform.pending_authority = Some(new_authority);
        Ok(())
    }
}
