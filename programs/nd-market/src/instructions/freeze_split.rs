use anchor_lang::prelude::*;

use crate::{MarketError, Split};

/// Makes the split permanent: no more share, controller or advance changes.
#[derive(Accounts)]
pub struct FreezeSplit<'info> {
    pub controller: Signer<'info>,
    #[account(mut)]
    pub split: Box<Account<'info, Split>>,
}

impl FreezeSplit<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.controller.key(), self.split.controller, MarketError::NotSplitController);
        require!(!self.split.frozen, MarketError::SplitFrozen);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn freeze_split(ctx: Context<Self>) -> Result<()> {
        let split = &mut ctx.accounts.split;
        split.frozen = true;
        split.pending_controller = None;
        Ok(())
    }
}
