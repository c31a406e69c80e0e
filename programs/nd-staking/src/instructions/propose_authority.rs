use anchor_lang::prelude::*;

use crate::errors::StakingError;
use crate::events::AuthorityProposed;
use crate::state::Pool;

/// First half of the handover: names the next authority, which takes over only by signing
/// `accept_authority`, so a typo cannot hand the pool to a key nobody holds. Proposing
/// `Pubkey::default()` withdraws a proposal.
#[derive(Accounts)]
pub struct ProposeAuthority<'info> {
    pub authority: Signer<'info>,
    #[account(mut, has_one = authority @ StakingError::NotAuthority)]
    pub pool: AccountLoader<'info, Pool>,
}

impl<'info> ProposeAuthority<'info> {
    pub fn validate(&self) -> Result<()> {
        Ok(())
    }
}

pub fn handle_propose_authority(ctx: Context<ProposeAuthority>, new_authority: Pubkey) -> Result<()> {
    let mut pool = ctx.accounts.pool.load_mut()?;
    pool.pending_authority = new_authority;
    emit!(AuthorityProposed {
        pool: ctx.accounts.pool.key(),
        authority: pool.authority,
        proposed: new_authority,
    });
    Ok(())
}
