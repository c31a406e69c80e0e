use anchor_lang::prelude::*;

#[constant]
pub const POOL_SEED: &[u8] = b"pool";
#[constant]
pub const POSITION_SEED: &[u8] = b"position";
#[constant]
pub const STAKE_VAULT_SEED: &[u8] = b"stake_vault";
#[constant]
pub const REWARD_VAULT_SEED: &[u8] = b"reward_vault";

/// Lock tiers a pool can hold.
#[constant]
pub const MAX_TIERS: u8 = 8;

/// Longest lock a position may take (ten years): a lock is a promise to keep tokens in, and a
/// typo of a few zeros should not freeze them for centuries.
#[constant]
pub const MAX_LOCK_SECS: u64 = 10 * 365 * 24 * 60 * 60;

/// Longest reward period (ten years).
#[constant]
pub const MAX_REWARD_PERIOD_SECS: u64 = 10 * 365 * 24 * 60 * 60;

/// The early-exit penalty is fixed at pool creation and can take at most half of what leaves.
#[constant]
pub const MAX_EARLY_EXIT_PENALTY_BPS: u16 = 5_000;

/// Rounding headroom kept free in `acc_per_weight` on top of what a budget can add: each update
/// may add less than `carry / total_weight` beyond the exact share, which stays far below this
/// over any realistic number of updates.
pub const ACCUMULATOR_SLACK: u128 = 1 << 100;
