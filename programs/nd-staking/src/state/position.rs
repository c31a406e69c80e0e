use anchor_lang::prelude::*;

use super::{PodU128, StakeState};

/// One lockup of one owner in one pool. PDA `["position", pool, owner, nonce (u64 LE)]`, so a
/// wallet can hold several positions with different locks. Zero-copy: read and written in place.
#[account(zero_copy)]
#[derive(Debug)]
pub struct Position {
    pub pool: Pubkey,
    pub owner: Pubkey,
    pub nonce: u64,
    pub opened_at: i64,
    /// Rewards paid out to this position so far.
    pub total_claimed: PodU128,
    pub stake: StakeState,
    pub bump: u8,
    pub _reserved: [u8; 7],
}

impl Position {
    pub const SPACE: usize = 8 + core::mem::size_of::<Position>();
}
