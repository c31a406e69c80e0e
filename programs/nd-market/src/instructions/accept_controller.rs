use anchor_lang::prelude::*;

use crate::{MarketError, Split};

/// Second step: the proposed controller signs to take over.
#[derive(Accounts)]
pub struct AcceptController<'info> {
    pub new_controller: Signer<'info>,
    #[account(mut)]
    pub split: Box<Account<'info, Split>>,
}

impl AcceptController<'_> {
    fn validate(&self) -> Result<()> {
        require!(!self.split.frozen, MarketError::SplitFrozen);
        let pending = self.split.pending_controller.ok_or(MarketError::NoPendingController)?;
        require_keys_eq!(self.new_controller.key(), pending, MarketError::NotPendingController);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn accept_controller(ctx: Context<Self>) -> Result<()> {
        let split = &mut ctx.accounts.split;
        split.controller = ctx.accounts.new_controller.key();
        split.pending_controller = None;
        Ok(())
    }
}
