use anchor_lang::prelude::*;

use crate::{MarketError, Platform, Track, TrackStatus, PLATFORM_SEED};

/// Every field optional: only the given ones change. Buyers pass the price they expect, so a
/// price change cannot surprise a pending purchase.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug, Default)]
pub struct UpdateTrackArgs {
    pub price: Option<u64>,
    pub referral_bps: Option<u16>,
    pub content_id: Option<[u8; 32]>,
}

#[derive(Accounts)]
pub struct UpdateTrack<'info> {
    pub artist: Signer<'info>,
    #[account(seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
    #[account(mut)]
    pub track: Box<Account<'info, Track>>,
}

impl UpdateTrack<'_> {
    fn validate(&self, args: &UpdateTrackArgs) -> Result<()> {
        require_keys_eq!(self.artist.key(), self.track.artist, MarketError::NotTrackArtist);
        require!(self.track.status != TrackStatus::Cancelled, MarketError::TrackCancelled);
        if let Some(bps) = args.referral_bps {
            require!(bps <= self.platform.referral_cap_bps, MarketError::ReferralAboveCap);
        }
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn update_track(ctx: Context<Self>, args: UpdateTrackArgs) -> Result<()> {
        let track = &mut ctx.accounts.track;
        if let Some(price) = args.price {
            track.price = price;
        }
        if let Some(bps) = args.referral_bps {
            track.referral_bps = bps;
        }
        if let Some(content_id) = args.content_id {
            track.content_id = content_id;
        }
        Ok(())
    }
}
