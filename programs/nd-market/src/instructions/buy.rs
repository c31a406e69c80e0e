use anchor_lang::prelude::*;

use crate::{
    credit_referral, take_sale_payment, vault_token_accounts, Credit, MarketError, Platform, Purchase, PurchaseState, Purchased,
    SaleIntake, SaleMode, SalePayer, Track, TrackStatus, Vault, CREDIT_SEED, NATIVE_MINT, PURCHASE_SEED,
};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct BuyArgs {
    /// Must equal the track's price: a price change between quote and purchase fails the buy.
    pub expected_price: u64,
    /// Goes to the split in full (no platform fee, no referral).
    pub tip: u64,
    /// All-zero for none; otherwise `referrer_credit` must be its Credit PDA.
    pub referrer: Pubkey,
}

impl BuyArgs {
    pub fn has_referrer(&self) -> bool {
        self.referrer != NATIVE_MINT
    }
}

/// Accounts of `buy` and `buy_for`. Deliberately small: no split, no ledgers, so a sale costs
/// the same for 1 or 32 recipients. Platform and track are trusted by type and owner (only
/// this program creates them, at their PDAs), the vault by the track's record of it.
#[event_cpi]
#[derive(Accounts)]
#[instruction(args: BuyArgs)]
pub struct Buy<'info> {
    #[account(mut)]
    pub buyer: Signer<'info>,
    /// CHECK: any wallet; the access receipt is keyed by it (`buy` requires the buyer).
    pub beneficiary: UncheckedAccount<'info>,
    pub platform: Account<'info, Platform>,
    #[account(mut, has_one = vault @ MarketError::WrongVault)]
    pub track: Account<'info, Track>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    #[account(
        init,
        payer = buyer,
        space = 8 + Purchase::INIT_SPACE,
        seeds = [PURCHASE_SEED, track.key().as_ref(), beneficiary.key().as_ref()],
        bump,
    )]
    pub purchase: Box<Account<'info, Purchase>>,
    #[account(
        init_if_needed,
        payer = buyer,
        space = 8 + Credit::INIT_SPACE,
        seeds = [CREDIT_SEED, vault.key().as_ref(), args.referrer.as_ref()],
        bump,
    )]
    pub referrer_credit: Option<Box<Account<'info, Credit>>>,
    /// Token tracks only.
    /// CHECK: must be the vault's mint (checked against it).
    pub mint: Option<UncheckedAccount<'info>>,
    /// Token tracks only.
    /// CHECK: must be the vault's token account (checked against it).
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// Token tracks only: the account paid from; the token program checks the buyer may spend it.
    /// CHECK: validated by the token program's transfer_checked.
    #[account(mut)]
    pub buyer_tokens: Option<UncheckedAccount<'info>>,
    /// Token tracks only.
    /// CHECK: must be the vault's token program (checked against it).
    pub token_program: Option<UncheckedAccount<'info>>,
    pub system_program: Program<'info, System>,
}

impl<'info> Buy<'info> {
    fn validate(&self, args: &BuyArgs, gift: bool) -> Result<()> {
        require!(!self.platform.paused, MarketError::PlatformPaused);
        require!(self.track.status == TrackStatus::Active, MarketError::TrackNotActive);
        require!(args.expected_price == self.track.price, MarketError::PriceMismatch);
        if !gift {
            require_keys_eq!(self.beneficiary.key(), self.buyer.key(), MarketError::BeneficiaryMustBeBuyer);
        }
        require!(self.referrer_credit.is_some() == args.has_referrer(), MarketError::ReferrerCreditMismatch);
        if args.has_referrer() {
            require!(args.referrer != self.buyer.key() && args.referrer != self.beneficiary.key(), MarketError::SelfReferral);
        }
        Ok(())
    }

    /// Access for the buyer.
    #[access_control(ctx.accounts.validate(&args, false))]
    pub fn buy(ctx: Context<Self>, args: BuyArgs) -> Result<()> {
        Self::purchase(ctx, args)
    }

    /// Access for `beneficiary` (a gift); the buyer pays, confirms and receives refunds.
    #[access_control(ctx.accounts.validate(&args, true))]
    pub fn buy_for(ctx: Context<Self>, args: BuyArgs) -> Result<()> {
        Self::purchase(ctx, args)
    }

    fn purchase(ctx: Context<Self>, args: BuyArgs) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?;
        let platform = &accounts.platform;
        let referral_bps = if args.has_referrer() { accounts.track.referral_bps.min(platform.referral_cap_bps) } else { 0 };
        let payer = SalePayer {
            payer: accounts.buyer.as_ref(),
            payer_tokens: accounts.buyer_tokens.as_ref().map(|a| a.as_ref()),
            system_program: accounts.system_program.as_ref(),
        };
        let SaleIntake { received, price, booking } =
            take_sale_payment(payer, &mut accounts.vault, tokens.as_ref(), platform, args.expected_price, args.tip, referral_bps)?;
        let tip = booking.tip;

        let vault = &mut accounts.vault;
        let vault_key = vault.key();
        let track = &mut accounts.track;
        let now = Clock::get()?.unix_timestamp;
        let state = match track.mode {
            SaleMode::Instant => {
                vault.book_sale(&booking, platform.staking_share_bps)?;
                track.record_settled_sale(price);
                PurchaseState::Settled
            }
            SaleMode::Escrow { dispute_window_secs } => {
                vault.hold_in_escrow(received)?;
                track.open_escrows = track.open_escrows.checked_add(1).ok_or(MarketError::MathOverflow)?;
                PurchaseState::Escrowed { release_at: now.saturating_add(dispute_window_secs as i64) }
            }
        };
        if let Some(credit) = accounts.referrer_credit.as_mut() {
            let referral = if state == PurchaseState::Settled { booking.referral } else { 0 };
            credit_referral(credit, args.referrer, vault_key, ctx.bumps.referrer_credit.unwrap_or_default(), referral)?;
        }

        let purchase = &mut accounts.purchase;
        purchase.set_inner(Purchase {
            track: track.key(),
            buyer: accounts.buyer.key(),
            beneficiary: accounts.beneficiary.key(),
            payer: accounts.buyer.key(),
            referrer: args.has_referrer().then_some(args.referrer),
            price_paid: price,
            tip,
            fee: booking.fee,
            referral: booking.referral,
            state,
            purchased_at: now,
            bump: ctx.bumps.purchase,
        });
        let event = Purchased {
            purchase: purchase.key(),
            track: track.key(),
            content_id: track.content_id,
            buyer: purchase.buyer,
            beneficiary: purchase.beneficiary,
            mint: vault.mint,
            price,
            fee: booking.fee,
            referral: booking.referral,
            referrer: purchase.referrer,
            tip,
            escrowed: state != PurchaseState::Settled,
        };
        emit_cpi!(event);
        Ok(())
    }
}
