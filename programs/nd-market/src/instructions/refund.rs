use anchor_lang::prelude::*;

use crate::{
    check_destination, pay_from_vault, vault_token_accounts, MarketError, Platform, Purchase, PurchaseState, Refunded, Track,
    TrackStatus, Vault,
};

/// Returns exactly what the vault received for an escrowed purchase to its buyer: during the
/// dispute window on the arbiter's or the artist's signature, at any time on the buyer's (or
/// theirs) once the track is cancelled. For a mint with a transfer fee the mint charges its fee
/// on the way out too, so the buyer receives that amount minus the fee.
#[event_cpi]
#[derive(Accounts)]
pub struct Refund<'info> {
    pub caller: Signer<'info>,
    pub platform: Account<'info, Platform>,
    #[account(mut, has_one = vault @ MarketError::WrongVault)]
    pub track: Account<'info, Track>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    #[account(mut, has_one = track @ MarketError::WrongTrack)]
    pub purchase: Box<Account<'info, Purchase>>,
    /// The buyer's wallet (SOL) or a token account of the vault's mint owned by the buyer.
    /// CHECK: checked by `check_destination`.
    #[account(mut)]
    pub buyer_destination: UncheckedAccount<'info>,
    /// CHECK: token vaults only; must be the vault's mint.
    pub mint: Option<UncheckedAccount<'info>>,
    /// CHECK: token vaults only; must be the vault's token account.
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// CHECK: token vaults only; must be the vault's token program.
    pub token_program: Option<UncheckedAccount<'info>>,
}

impl Refund<'_> {
    fn validate(&self) -> Result<()> {
        let release_at = self.purchase.escrow_release_at()?;
        let caller = self.caller.key();
        let arbiter_or_artist = caller == self.platform.arbiter || caller == self.track.artist;
        if self.track.status == TrackStatus::Cancelled {
            require!(arbiter_or_artist || caller == self.purchase.buyer, MarketError::RefundNotAllowed);
        } else {
            require!(Clock::get()?.unix_timestamp < release_at, MarketError::EscrowWindowClosed);
            require!(arbiter_or_artist, MarketError::RefundNotAllowed);
        }
        check_destination(&self.vault, &self.buyer_destination, &self.purchase.buyer)
    }

    #[access_control(ctx.accounts.validate())]
    pub fn refund(ctx: Context<Self>) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let amount = accounts.purchase.received()?;
        let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?;
        let vault = &mut accounts.vault;
        vault.release_escrow(amount)?;
        vault.refunded_total = vault.refunded_total.saturating_add(amount as u128);
        let track = &mut accounts.track;
        track.open_escrows = track.open_escrows.checked_sub(1).ok_or(MarketError::LedgerInconsistent)?;
        accounts.purchase.state = PurchaseState::Refunded;
        pay_from_vault(vault, vault.as_ref().as_ref(), tokens.as_ref(), accounts.buyer_destination.as_ref(), amount)?;
        let event = Refunded {
            purchase: accounts.purchase.key(),
            track: track.key(),
            buyer: accounts.purchase.buyer,
            amount,
            refunded_by: accounts.caller.key(),
        };
        emit_cpi!(event);
        Ok(())
    }
}
