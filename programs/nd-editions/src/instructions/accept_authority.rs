use anchor_lang::prelude::*;

use crate::{Drop, DropAuthorityChanged, EditionsError};

/// Second step: the proposed authority proves it holds the key by signing.
#[derive(Accounts)]
pub struct AcceptAuthority<'info> {
    pub new_authority: Signer<'info>,
    #[account(mut)]
    pub drop: Account<'info, Drop>,
}

impl AcceptAuthority<'_> {
    fn validate(&self) -> Result<()> {
        let pending = self.drop.pending_authority.ok_or(EditionsError::NoPendingAuthority)?;
        require_keys_eq!(self.new_authority.key(), pending, EditionsError::NotPendingAuthority);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn accept_authority(ctx: Context<Self>) -> Result<()> {
        let drop = &mut ctx.accounts.drop;
        let previous = drop.authority;
        drop.authority = ctx.accounts.new_authority.key();
        drop.pending_authority = None;
        emit!(DropAuthorityChanged { drop: drop.key(), previous, authority: drop.authority });
        Ok(())
    }
}
