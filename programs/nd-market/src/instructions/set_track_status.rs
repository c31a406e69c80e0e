use anchor_lang::prelude::*;

use crate::{MarketError, Track, TrackStatus, TrackStatusChanged};

/// Pause, resume or cancel a track. Cancelling is final.
#[derive(Accounts)]
pub struct SetTrackStatus<'info> {
    pub artist: Signer<'info>,
    #[account(mut)]
    pub track: Box<Account<'info, Track>>,
}

impl SetTrackStatus<'_> {
    fn validate(&self, status: TrackStatus) -> Result<()> {
        require_keys_eq!(self.artist.key(), self.track.artist, MarketError::NotTrackArtist);
        require!(self.track.status != TrackStatus::Cancelled, MarketError::TrackCancelled);
        require!(self.track.status != status, MarketError::StatusUnchanged);
        Ok(())
    }

    #[access_control(ctx.accounts.validate(status))]
    pub fn set_track_status(ctx: Context<Self>, status: TrackStatus) -> Result<()> {
        let track = &mut ctx.accounts.track;
        track.status = status;
        emit!(TrackStatusChanged { track: track.key(), status });
        Ok(())
    }
}
