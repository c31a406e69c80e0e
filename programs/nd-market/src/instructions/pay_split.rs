use anchor_lang::prelude::*;

use crate::{
    credit_referral, take_sale_payment, vault_token_accounts, Credit, MarketError, Platform, SaleIntake, SalePayer, SplitPaid, Vault,
    CREDIT_SEED, NATIVE_MINT,
};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct PaySplitArgs {
    /// The price paid: platform fee and referral come out of it, the rest goes to the split.
    pub amount: u64,
    /// Goes to the split in full (no platform fee, no referral).
    pub tip: u64,
    /// What the payment is for (e.g. an editions drop); only recorded in `SplitPaid`.
    pub reference: Pubkey,
    /// All-zero for none; otherwise `referrer_credit` must be its Credit PDA.
    pub referrer: Pubkey,
    /// The referrer's rate, at most the platform's referral cap; ignored without a referrer.
    pub referral_bps: u16,
}

impl PaySplitArgs {
    pub fn has_referrer(&self) -> bool {
        self.referrer != NATIVE_MINT
    }
}

/// What `pay_split` booked, returned to the caller (a program paying by CPI reads it).
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitPayment {
    /// What the vault received (amount + tip less any transfer fee of the mint).
    pub received: u64,
    /// The booked price (the transfer fee comes out of it, never out of the tip).
    pub price: u64,
    pub tip: u64,
    pub fee: u64,
    pub referral: u64,
}

/// Accounts of `pay_split`: `buy`'s without a track or a purchase receipt.
#[event_cpi]
#[derive(Accounts)]
#[instruction(args: PaySplitArgs)]
pub struct PaySplit<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    pub platform: Account<'info, Platform>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + Credit::INIT_SPACE,
        seeds = [CREDIT_SEED, vault.key().as_ref(), args.referrer.as_ref()],
        bump,
    )]
    pub referrer_credit: Option<Box<Account<'info, Credit>>>,
    /// Token vaults only.
    /// CHECK: must be the vault's mint (checked against it).
    pub mint: Option<UncheckedAccount<'info>>,
    /// Token vaults only.
    /// CHECK: must be the vault's token account (checked against it).
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// Token vaults only: the account paid from; the token program checks the payer may spend it.
    /// CHECK: validated by the token program's transfer_checked.
    #[account(mut)]
    pub payer_tokens: Option<UncheckedAccount<'info>>,
    /// Token vaults only.
    /// CHECK: must be the vault's token program (checked against it).
    pub token_program: Option<UncheckedAccount<'info>>,
    pub system_program: Program<'info, System>,
}

impl PaySplit<'_> {
    fn validate(&self, args: &PaySplitArgs) -> Result<()> {
        require!(!self.platform.paused, MarketError::PlatformPaused);
        require!(args.amount > 0, MarketError::ZeroAmount);
        require!(self.referrer_credit.is_some() == args.has_referrer(), MarketError::ReferrerCreditMismatch);
        if args.has_referrer() {
            require!(args.referrer != self.payer.key(), MarketError::SelfReferral);
            require!(args.referral_bps <= self.platform.referral_cap_bps, MarketError::ReferralAboveCap);
        }
        Ok(())
    }

    /// Pays `amount + tip` into the split's vault and books it as an instant sale (platform fee,
    /// staking share, referral, the rest to the split's recipients). Anyone may pay any split.
    #[access_control(ctx.accounts.validate(&args))]
    pub fn pay_split(ctx: Context<Self>, args: PaySplitArgs) -> Result<SplitPayment> {
        let accounts = &mut *ctx.accounts;
        let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?;
        let platform = &accounts.platform;
        let referral_bps = if args.has_referrer() { args.referral_bps } else { 0 };
        let payer = SalePayer {
            payer: accounts.payer.as_ref(),
            payer_tokens: accounts.payer_tokens.as_ref().map(|a| a.as_ref()),
            system_program: accounts.system_program.as_ref(),
        };
        let SaleIntake { received, price, booking } =
            take_sale_payment(payer, &mut accounts.vault, tokens.as_ref(), platform, args.amount, args.tip, referral_bps)?;
        accounts.vault.book_sale(&booking, platform.staking_share_bps)?;
        let vault_key = accounts.vault.key();
        if let Some(credit) = accounts.referrer_credit.as_mut() {
            credit_referral(credit, args.referrer, vault_key, ctx.bumps.referrer_credit.unwrap_or_default(), booking.referral)?;
        }
        let paid = SplitPayment { received, price, tip: booking.tip, fee: booking.fee, referral: booking.referral };
        let event = SplitPaid {
            vault: vault_key,
            split: accounts.vault.split,
            mint: accounts.vault.mint,
            payer: accounts.payer.key(),
            reference: args.reference,
            received,
            price,
            fee: booking.fee,
            referral: booking.referral,
            referrer: args.has_referrer().then_some(args.referrer),
            tip: booking.tip,
        };
        emit_cpi!(event);
        Ok(paid)
    }
}
