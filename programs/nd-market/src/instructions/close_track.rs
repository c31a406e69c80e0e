use anchor_lang::prelude::*;

use crate::{MarketError, Track, TrackStatus};

/// Closes a cancelled track that never sold and has no escrow left open; the rent goes back to
/// the artist. A track with sales stays, so a new track can never take over its address and the
/// access receipts of its buyers.
#[derive(Accounts)]
pub struct CloseTrack<'info> {
    #[account(mut)]
    pub artist: Signer<'info>,
    #[account(mut, close = artist)]
    pub track: Box<Account<'info, Track>>,
}

impl CloseTrack<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_eq!(self.artist.key(), self.track.artist, MarketError::NotTrackArtist);
        require!(self.track.status == TrackStatus::Cancelled, MarketError::TrackNotCancelled);
        require!(self.track.open_escrows == 0, MarketError::OpenEscrowsRemain);
        require!(self.track.sold == 0, MarketError::TrackHasSales);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn close_track(ctx: Context<Self>) -> Result<()> {
        Ok(())
    }
}
