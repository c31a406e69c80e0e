use anchor_lang::prelude::*;

use crate::errors::StakingError;
use crate::events::AuthorityAccepted;
use crate::state::Pool;

/// Second half of the handover: the proposed authority signs and takes over.
#[derive(Accounts)]
pub struct AcceptAuthority<'info> {
    pub new_authority: Signer<'info>,
    #[account(mut)]
    pub pool: AccountLoader<'info, Pool>,
}

impl<'info> AcceptAuthority<'info> {
    pub fn validate(&self) -> Result<()> {
        let pending = self.pool.load()?.pending_authority;
        require!(
            pending != Pubkey::default() && pending == self.new_authority.key(),
            StakingError::NotPendingAuthority
        );
        Ok(())
    }
}

pub fn handle_accept_authority(ctx: Context<AcceptAuthority>) -> Result<()> {
    let mut pool = ctx.accounts.pool.load_mut()?;
    let previous = pool.authority;
    pool.authority = pool.pending_authority;
    pool.pending_authority = Pubkey::default();
    emit!(AuthorityAccepted {
        pool: ctx.accounts.pool.key(),
        previous,
        authority: pool.authority,
    });
    Ok(())
}
