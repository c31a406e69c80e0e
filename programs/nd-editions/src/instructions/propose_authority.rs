use anchor_lang::prelude::*;

use crate::{Drop, DropAuthorityProposed, EditionsError};

/// First step of the authority handover; proposing again replaces the pending proposal.
#[derive(Accounts)]
pub struct ProposeAuthority<'info> {
    pub authority: Signer<'info>,
    #[account(mut)]
    pub drop: Account<'info, Drop>,
}

impl ProposeAuthority<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.drop.authority, EditionsError::NotDropAuthority);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn propose_authority(ctx: Context<Self>, new_authority: Pubkey) -> Result<()> {
        let drop = &mut ctx.accounts.drop;
        drop.pending_authority = Some(new_authority);
        emit!(DropAuthorityProposed { drop: drop.key(), authority: drop.authority, proposed: new_authority });
        Ok(())
    }
}
