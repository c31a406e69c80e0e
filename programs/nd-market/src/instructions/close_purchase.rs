use anchor_lang::prelude::*;

use crate::{MarketError, Purchase, PurchaseState};

/// Closes a refunded purchase (it grants no access) and returns its rent to whoever paid it;
/// the beneficiary can then buy again. Permissionless.
#[derive(Accounts)]
pub struct ClosePurchase<'info> {
    #[account(mut, close = payer)]
    pub purchase: Box<Account<'info, Purchase>>,
    /// CHECK: must be the purchase's rent payer (checked in validate).
    #[account(mut)]
    pub payer: UncheckedAccount<'info>,
}

impl ClosePurchase<'_> {
    fn validate(&self) -> Result<()> {
        require!(self.purchase.state == PurchaseState::Refunded, MarketError::PurchaseNotRefunded);
        require_keys_eq!(self.payer.key(), self.purchase.payer, MarketError::WrongRentReceiver);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn close_purchase(ctx: Context<Self>) -> Result<()> {
        Ok(())
    }
}
