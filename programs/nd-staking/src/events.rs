//! Money moves are emitted with `emit_cpi!` (they survive log truncation); configuration
//! changes with `emit!`.
use anchor_lang::prelude::*;

use crate::state::LockTierConfig;

#[event]
pub struct PoolInitialized {
    pub pool: Pubkey,
    pub stake_mint: Pubkey,
    pub reward_mint: Pubkey,
    pub authority: Pubkey,
    pub early_exit_penalty_bps: u16,
    pub min_stake: u64,
    pub tiers: Vec<LockTierConfig>,
}

#[event]
pub struct TiersSet {
    pub pool: Pubkey,
    pub tiers: Vec<LockTierConfig>,
}

#[event]
pub struct PausedSet {
    pub pool: Pubkey,
    pub paused: bool,
}

#[event]
pub struct AuthorityProposed {
    pub pool: Pubkey,
    pub authority: Pubkey,
    pub proposed: Pubkey,
}

#[event]
pub struct AuthorityAccepted {
    pub pool: Pubkey,
    pub previous: Pubkey,
    pub authority: Pubkey,
}

#[event]
pub struct RewardsFunded {
    pub pool: Pubkey,
    pub funder: Pubkey,
    /// What the funder sent.
    pub amount: u64,
    /// What the reward vault received (less than `amount` under a transfer fee); booked.
    pub received: u64,
    /// The new period's budget: `received` plus everything not yet handed out.
    pub budget: u64,
    pub period_start: i64,
    pub period_end: i64,
}

#[event]
pub struct Staked {
    pub pool: Pubkey,
    pub position: Pubkey,
    pub owner: Pubkey,
    pub amount: u64,
    /// What the stake vault received; the position grows by this.
    pub received: u64,
    pub position_amount: u64,
    pub weight: u128,
    pub multiplier_bps: u64,
    pub lock_end: i64,
    pub total_staked: u64,
    pub total_weight: u128,
}

#[event]
pub struct Unstaked {
    pub pool: Pubkey,
    pub position: Pubkey,
    pub owner: Pubkey,
    /// Taken out of the position.
    pub amount: u64,
    /// Sent to the owner's destination.
    pub returned: u64,
    /// Early-exit penalty taken (zero after the lock).
    pub penalty: u64,
    /// What the reward vault received of the penalty; shared among the remaining stakers.
    pub penalty_received: u64,
    pub position_amount: u64,
    pub total_staked: u64,
    pub total_weight: u128,
}

#[event]
pub struct RewardsClaimed {
    pub pool: Pubkey,
    pub position: Pubkey,
    pub owner: Pubkey,
    pub amount: u64,
    /// Settled rewards still owed (non-zero only above one transfer's worth).
    pub pending: u128,
}

#[event]
pub struct PositionClosed {
    pub pool: Pubkey,
    pub position: Pubkey,
    pub owner: Pubkey,
}
