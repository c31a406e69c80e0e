//! The money path of every sale: one transfer into the vault, then the booking quote. `buy` and
//! `pay_split` both go through here, so a payment books the same whichever instruction took it.
use anchor_lang::prelude::*;

use crate::{pay_into_vault, Booking, Credit, MarketError, MathResultExt, Platform, Vault, VaultTokenAccounts, FEE_CAP_BPS};

/// Who pays, from where.
pub struct SalePayer<'a, 'info> {
    pub payer: &'a AccountInfo<'info>,
    /// Token vaults only: the account paid from.
    pub payer_tokens: Option<&'a AccountInfo<'info>>,
    pub system_program: &'a AccountInfo<'info>,
}

/// What one payment of `price + tip` brought in and how it books.
#[derive(Clone, Copy, Debug)]
pub struct SaleIntake {
    /// What the vault received (less than price + tip for Token-2022 mints with a transfer fee).
    pub received: u64,
    /// The booked price: the transfer fee comes out of the price, never out of the tip.
    pub price: u64,
    pub booking: Booking,
}

/// Moves `price + tip` from the payer into the vault and quotes the received amount through
/// `nd_math::quote_sale` with the platform's fee and `referral_bps` (0 without a referrer).
/// Adds to the vault's gross; booking the result (at once or after an escrow) is the caller's.
pub fn take_sale_payment<'info>(
    payer: SalePayer<'_, 'info>,
    vault: &mut Account<'info, Vault>,
    tokens: Option<&VaultTokenAccounts<'_, 'info>>,
    platform: &Platform,
    price: u64,
    tip: u64,
    referral_bps: u16,
) -> Result<SaleIntake> {
    let amount = price.checked_add(tip).ok_or(MarketError::MathOverflow)?;
    let vault_info = vault.to_account_info();
    let received = pay_into_vault(payer.payer, payer.payer_tokens, &vault_info, tokens, vault.decimals, payer.system_program, amount)?;
    let tip = tip.min(received);
    let price = received - tip;
    let quote = nd_math::quote_sale(
        price,
        &nd_math::SaleTerms {
            fee_bps: nd_math::Bps::new(platform.fee_bps as u64).named()?,
            fee_cap: nd_math::Bps::new(FEE_CAP_BPS as u64).named()?,
            referral_bps: nd_math::Bps::new(referral_bps as u64).named()?,
            referral_cap: nd_math::Bps::new(platform.referral_cap_bps as u64).named()?,
        },
    )
    .named()?;
    vault.gross_in = vault.gross_in.saturating_add(received as u128);
    Ok(SaleIntake { received, price, booking: Booking { fee: quote.fee, referral: quote.referral, seller: quote.seller, tip } })
}

/// Credits a settled sale's referral to the referrer's Credit (created by this sale if new).
pub fn credit_referral(credit: &mut Credit, referrer: Pubkey, vault: Pubkey, bump: u8, referral: u64) -> Result<()> {
    credit.ensure_initialised(referrer, vault, bump);
    credit.add(referral)
}
