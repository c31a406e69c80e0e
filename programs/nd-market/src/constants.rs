//! Seeds and protocol limits. Seeds are exported to the IDL so clients derive the same PDAs.
use anchor_lang::prelude::*;

#[constant]
pub const PLATFORM_SEED: &[u8] = b"platform";
#[constant]
pub const SPLIT_SEED: &[u8] = b"split";
#[constant]
pub const VAULT_SEED: &[u8] = b"vault";
#[constant]
pub const VAULT_TOKENS_SEED: &[u8] = b"vault_tokens";
#[constant]
pub const LEDGERS_SEED: &[u8] = b"ledgers";
#[constant]
pub const ADVANCES_SEED: &[u8] = b"advances";
#[constant]
pub const CREDIT_SEED: &[u8] = b"credit";
#[constant]
pub const TRACK_SEED: &[u8] = b"track";
#[constant]
pub const PURCHASE_SEED: &[u8] = b"purchase";

/// Fee a fresh platform charges (2.5 %).
#[constant]
pub const DEFAULT_FEE_BPS: u16 = 250;
/// No update may raise the platform fee above 10 %.
#[constant]
pub const FEE_CAP_BPS: u16 = 1_000;
/// A split holds at most this many recipient slots (active and retired).
#[constant]
pub const MAX_RECIPIENTS: u8 = 32;
/// Distinct payment mints a split can have vaults for; a share change books all of them.
#[constant]
pub const MAX_VAULTS: u8 = 8;
/// Longest escrow dispute window a track may set (90 days).
#[constant]
pub const MAX_DISPUTE_WINDOW_SECS: u32 = 90 * 24 * 60 * 60;

/// Period a routed staking share streams over when the pool has no running period (7 days).
#[constant]
pub const STAKING_ROUTE_PERIOD_SECS: u64 = 7 * 24 * 60 * 60;

/// Native SOL is denoted by the all-zero mint everywhere (track, vault, seeds).
pub const NATIVE_MINT: Pubkey = Pubkey::new_from_array([0; 32]);

/// Slots as a usize for indexing.
pub const RECIPIENT_SLOTS: usize = MAX_RECIPIENTS as usize;
pub const VAULT_SLOTS: usize = MAX_VAULTS as usize;
