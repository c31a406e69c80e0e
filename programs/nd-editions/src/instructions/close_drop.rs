use anchor_lang::prelude::*;

use crate::{Drop, DropClosed, EditionsError};

/// Closes a sold-out or ended drop; its rent returns to the authority. The master stays with
/// the program authority (nobody can print past the drop), its metadata keeps its last state.
#[derive(Accounts)]
pub struct CloseDrop<'info> {
    #[account(mut)]
    pub authority: Signer<'info>,
    #[account(mut, close = authority)]
    pub drop: Account<'info, Drop>,
}

impl CloseDrop<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.drop.authority, EditionsError::NotDropAuthority);
        let ended = Clock::get()?.unix_timestamp >= self.drop.sale_end;
        require!(self.drop.sold_out() || ended, EditionsError::DropStillOnSale);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn close_drop(ctx: Context<Self>) -> Result<()> {
        let drop = &ctx.accounts.drop;
        emit!(DropClosed { drop: drop.key(), minted: drop.minted, max_supply: drop.max_supply });
        Ok(())
    }
}
