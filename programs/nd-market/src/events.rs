//! Events. Money movements go through `emit_cpi!` (a self-CPI that survives log truncation),
//! configuration changes through `emit!`.
use anchor_lang::prelude::*;

use crate::{Recipient, TrackStatus};

#[event]
pub struct Purchased {
    pub purchase: Pubkey,
    pub track: Pubkey,
    pub content_id: [u8; 32],
    pub buyer: Pubkey,
    pub beneficiary: Pubkey,
    pub mint: Pubkey,
    /// Price as the vault received it (net of any transfer fee).
    pub price: u64,
    pub fee: u64,
    pub referral: u64,
    pub referrer: Option<Pubkey>,
    pub tip: u64,
    /// Held until confirmed, settled or refunded.
    pub escrowed: bool,
}

/// A payment into a split's vault outside a track sale (`pay_split`), booked as an instant sale.
#[event]
pub struct SplitPaid {
    pub vault: Pubkey,
    pub split: Pubkey,
    pub mint: Pubkey,
    pub payer: Pubkey,
    /// What the payment is for, as the payer stated it (an editions drop, …).
    pub reference: Pubkey,
    /// What the vault received.
    pub received: u64,
    /// Booked price (net of any transfer fee).
    pub price: u64,
    pub fee: u64,
    pub referral: u64,
    pub referrer: Option<Pubkey>,
    pub tip: u64,
}

#[event]
pub struct Settled {
    pub purchase: Pubkey,
    pub track: Pubkey,
    pub buyer: Pubkey,
    pub price: u64,
    pub fee: u64,
    pub referral: u64,
    pub tip: u64,
    /// True when the buyer confirmed; false when settled after the window.
    pub confirmed: bool,
}

#[event]
pub struct Refunded {
    pub purchase: Pubkey,
    pub track: Pubkey,
    pub buyer: Pubkey,
    /// What left the vault (the buyer receives it minus any transfer fee of the mint).
    pub amount: u64,
    pub refunded_by: Pubkey,
}

#[event]
pub struct Claimed {
    pub vault: Pubkey,
    pub recipient: Pubkey,
    pub recipient_index: u8,
    pub gross: u64,
    pub to_recipient: u64,
    /// Credited to advance beneficiaries.
    pub repaid: u64,
}

#[event]
pub struct FeesClaimed {
    pub vault: Pubkey,
    pub treasury: Pubkey,
    pub amount: u64,
}

#[event]
pub struct CreditClaimed {
    pub vault: Pubkey,
    pub owner: Pubkey,
    pub amount: u64,
}

#[event]
pub struct SplitUpdated {
    pub split: Pubkey,
    pub recipients: Vec<Recipient>,
    /// Vaults whose epoch was booked under the old shares.
    pub vaults_booked: u8,
}

#[event]
pub struct TrackCreated {
    pub track: Pubkey,
    pub artist: Pubkey,
    pub split: Pubkey,
    pub payment_mint: Pubkey,
    pub price: u64,
    pub content_id: [u8; 32],
}

#[event]
pub struct TrackStatusChanged {
    pub track: Pubkey,
    pub status: TrackStatus,
}

#[event]
pub struct PlatformUpdated {
    pub authority: Pubkey,
    pub fee_bps: u16,
    pub treasury: Pubkey,
    pub referral_cap_bps: u16,
    pub staking_share_bps: u16,
    pub arbiter: Pubkey,
    pub paused: bool,
    pub stake_mint: Pubkey,
}

#[event]
pub struct StakingFeesRouted {
    pub vault: Pubkey,
    pub pool: Pubkey,
    pub amount: u64,
    pub period_secs: u64,
}

#[event]
pub struct AdvanceAdded {
    pub vault: Pubkey,
    pub recipient_index: u8,
    pub recipient: Pubkey,
    pub beneficiary: Pubkey,
    pub amount: u64,
}
