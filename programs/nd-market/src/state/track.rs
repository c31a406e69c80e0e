use anchor_lang::prelude::*;

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaleMode {
    /// Booked at once.
    Instant,
    /// Held until the buyer confirms, anyone settles after the window, or it is refunded.
    Escrow { dispute_window_secs: u32 },
}

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrackStatus {
    Active,
    Paused,
    /// Final: no sales; buyers may refund escrowed purchases at any time.
    Cancelled,
}

/// A track on sale, at ["track", artist, track_id (u64 LE)].
#[account]
#[derive(InitSpace)]
pub struct Track {
    pub artist: Pubkey,
    pub track_id: u64,
    pub split: Pubkey,
    /// The split's vault for `payment_mint` (checked at creation; buys compare against it).
    pub vault: Pubkey,
    /// All-zero for native SOL.
    pub payment_mint: Pubkey,
    pub price: u64,
    /// Referral rate offered to referrers (applied to price − fee); at most the platform cap.
    pub referral_bps: u16,
    /// Digest of the audio's IPFS CID.
    pub content_id: [u8; 32],
    pub mode: SaleMode,
    pub status: TrackStatus,
    /// Settled purchases and their gross price (net of any transfer fee, without tips).
    pub sold: u64,
    pub gross: u128,
    /// Escrowed purchases not yet settled or refunded.
    pub open_escrows: u64,
    pub bump: u8,
}

impl Track {
    pub fn record_settled_sale(&mut self, price: u64) {
        self.sold = self.sold.saturating_add(1);
        self.gross = self.gross.saturating_add(price as u128);
    }
}
