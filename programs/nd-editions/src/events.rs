//! Events, logged with `emit!`. The money of a mint is recorded by the market's `SplitPaid`
//! (a self-CPI event, which survives log truncation); `EditionMinted` names the print.
use anchor_lang::prelude::*;

use crate::Presale;

#[event]
pub struct DropCreated {
    pub drop: Pubkey,
    pub authority: Pubkey,
    pub master_mint: Pubkey,
    pub split: Pubkey,
    pub payment_mint: Pubkey,
    pub price: u64,
    pub max_supply: u64,
    pub sale_start: i64,
    pub sale_end: i64,
    pub wallet_cap: u32,
    pub presale: Option<Presale>,
}

#[event]
pub struct EditionMinted {
    pub drop: Pubkey,
    /// The print's number, 1..=max_supply.
    pub edition: u64,
    pub buyer: Pubkey,
    /// The print's mint.
    pub mint: Pubkey,
    /// Price as the market booked it (net of any transfer fee of the payment mint).
    pub price: u64,
    /// Platform fee the market booked out of `price`.
    pub fee: u64,
    pub presale: bool,
}

#[event]
pub struct DropUpdated {
    pub drop: Pubkey,
    pub price: u64,
    pub sale_start: i64,
    pub sale_end: i64,
    pub wallet_cap: u32,
    pub presale: Option<Presale>,
    /// The master's URI changed (prints made from now on carry the new one).
    pub uri_changed: bool,
}

#[event]
pub struct DropPauseChanged {
    pub drop: Pubkey,
    pub paused: bool,
}

#[event]
pub struct DropClosed {
    pub drop: Pubkey,
    pub minted: u64,
    pub max_supply: u64,
}

#[event]
pub struct DropAuthorityProposed {
    pub drop: Pubkey,
    pub authority: Pubkey,
    pub proposed: Pubkey,
}

#[event]
pub struct DropAuthorityChanged {
    pub drop: Pubkey,
    pub previous: Pubkey,
    pub authority: Pubkey,
}
