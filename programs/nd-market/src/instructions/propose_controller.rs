use anchor_lang::prelude::*;

use crate::{MarketError, Split};

/// First step of the controller handover; proposing again replaces the pending proposal.
#[derive(Accounts)]
pub struct ProposeController<'info> {
    pub controller: Signer<'info>,
    #[account(mut)]
    pub split: Box<Account<'info, Split>>,
}

impl ProposeController<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.controller.key(), self.split.controller, MarketError::NotSplitController);
        require!(!self.split.frozen, MarketError::SplitFrozen);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn propose_controller(ctx: Context<Self>, new_controller: Pubkey) -> Result<()> {
        ctx.accounts.split.pending_controller = Some(new_controller);
        Ok(())
    }
}
