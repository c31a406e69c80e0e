use anchor_lang::prelude::*;

use crate::{Credit, MarketError, Platform, Purchase, PurchaseState, Settled, Track, TrackStatus, Vault};

/// Accounts of `settle` (anyone, once the dispute window is over) and `confirm` (the buyer,
/// at any time while escrowed). Settling books the purchase exactly as an instant sale would
/// have, from the amounts stored at purchase time.
#[event_cpi]
#[derive(Accounts)]
pub struct Settle<'info> {
    /// Anyone for `settle`; the buyer for `confirm`.
    pub caller: Signer<'info>,
    pub platform: Account<'info, Platform>,
    #[account(mut, has_one = vault @ MarketError::WrongVault)]
    pub track: Account<'info, Track>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    #[account(mut, has_one = track @ MarketError::WrongTrack)]
    pub purchase: Box<Account<'info, Purchase>>,
    /// Required exactly when the purchase has a referrer: its Credit in this vault.
    #[account(mut)]
    pub referrer_credit: Option<Box<Account<'info, Credit>>>,
}

impl Settle<'_> {
    pub(crate) fn validate(&self, by_buyer: bool) -> Result<()> {
        let release_at = self.purchase.escrow_release_at()?;
        if by_buyer {
            require_keys_eq!(self.caller.key(), self.purchase.buyer, MarketError::NotBuyer);
        } else {
            // Buyers of a cancelled track keep their right to a refund.
            require!(self.track.status != TrackStatus::Cancelled, MarketError::TrackCancelled);
            require!(Clock::get()?.unix_timestamp >= release_at, MarketError::EscrowWindowOpen);
        }
        match (self.purchase.referrer, &self.referrer_credit) {
            (None, None) => Ok(()),
            (Some(referrer), Some(credit)) => {
                require!(credit.owner == referrer && credit.vault == self.vault.key(), MarketError::ReferrerCreditMismatch);
                Ok(())
            }
            _ => err!(MarketError::ReferrerCreditMismatch),
        }
    }

    #[access_control(ctx.accounts.validate(false))]
    pub fn settle(ctx: Context<Self>) -> Result<()> {
        Self::settle_purchase(ctx, false)
    }

    pub(crate) fn settle_purchase(ctx: Context<Self>, confirmed: bool) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let purchase = &mut accounts.purchase;
        let booking = purchase.booking()?;
        let vault = &mut accounts.vault;
        vault.release_escrow(purchase.received()?)?;
        vault.book_sale(&booking, accounts.platform.staking_share_bps)?;
        if let Some(credit) = accounts.referrer_credit.as_mut() {
            credit.add(booking.referral)?;
        }
        let track = &mut accounts.track;
        track.open_escrows = track.open_escrows.checked_sub(1).ok_or(MarketError::LedgerInconsistent)?;
        track.record_settled_sale(purchase.price_paid);
        purchase.state = PurchaseState::Settled;
        let event = Settled {
            purchase: purchase.key(),
            track: track.key(),
            buyer: purchase.buyer,
            price: purchase.price_paid,
            fee: purchase.fee,
            referral: purchase.referral,
            tip: purchase.tip,
            confirmed,
        };
        emit_cpi!(event);
        Ok(())
    }
}
