use anchor_lang::prelude::*;

use crate::{
    check_payment_mint, MarketError, Platform, SaleMode, Split, Track, TrackCreated, TrackStatus, Vault, MAX_DISPUTE_WINDOW_SECS,
    PLATFORM_SEED, TRACK_SEED,
};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CreateTrackArgs {
    /// All-zero for native SOL; the split must have a vault for it.
    pub payment_mint: Pubkey,
    pub price: u64,
    pub referral_bps: u16,
    pub content_id: [u8; 32],
    pub mode: SaleMode,
}

#[derive(Accounts)]
#[instruction(track_id: u64)]
pub struct CreateTrack<'info> {
    #[account(mut)]
    pub artist: Signer<'info>,
    #[account(seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
    pub split: Box<Account<'info, Split>>,
    #[account(has_one = split @ MarketError::WrongVault)]
    pub vault: Box<Account<'info, Vault>>,
    /// Token tracks only: the payment mint, whose extensions are checked again.
    /// CHECK: compared with the vault's mint, then parsed by `check_payment_mint`.
    pub mint: Option<UncheckedAccount<'info>>,
    #[account(
        init,
        payer = artist,
        space = 8 + Track::INIT_SPACE,
        seeds = [TRACK_SEED, artist.key().as_ref(), track_id.to_le_bytes().as_ref()],
        bump,
    )]
    pub track: Box<Account<'info, Track>>,
    pub system_program: Program<'info, System>,
}

impl CreateTrack<'_> {
    fn validate(&self, args: &CreateTrackArgs) -> Result<()> {
        require!(!self.platform.paused, MarketError::PlatformPaused);
        let artist = self.artist.key();
        require!(self.split.controller == artist || self.split.is_recipient(&artist), MarketError::ArtistNotInSplit);
        require_keys_eq!(self.vault.mint, args.payment_mint, MarketError::WrongVault);
        require!(args.referral_bps <= self.platform.referral_cap_bps, MarketError::ReferralAboveCap);
        if let SaleMode::Escrow { dispute_window_secs } = args.mode {
            require!((1..=MAX_DISPUTE_WINDOW_SECS).contains(&dispute_window_secs), MarketError::InvalidDisputeWindow);
        }
        match (&self.mint, self.vault.is_native()) {
            (None, true) => Ok(()),
            (Some(_), true) => err!(MarketError::UnexpectedTokenAccounts),
            (None, false) => err!(MarketError::MissingTokenAccounts),
            (Some(mint), false) => {
                require_keys_eq!(mint.key(), self.vault.mint, MarketError::WrongMint);
                check_payment_mint(&mint.to_account_info()).map(|_| ())
            }
        }
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn create_track(ctx: Context<Self>, track_id: u64, args: CreateTrackArgs) -> Result<()> {
        let track = &mut ctx.accounts.track;
        track.set_inner(Track {
            artist: ctx.accounts.artist.key(),
            track_id,
            split: ctx.accounts.split.key(),
            vault: ctx.accounts.vault.key(),
            payment_mint: args.payment_mint,
            price: args.price,
            referral_bps: args.referral_bps,
            content_id: args.content_id,
            mode: args.mode,
            status: TrackStatus::Active,
            sold: 0,
            gross: 0,
            open_escrows: 0,
            bump: ctx.bumps.track,
        });
        emit!(TrackCreated {
            track: track.key(),
            artist: track.artist,
            split: track.split,
            payment_mint: track.payment_mint,
            price: track.price,
            content_id: track.content_id,
        });
        Ok(())
    }
}
