use anchor_lang::prelude::*;
use nd_math::LockTier;

/// Lock at least `min_lock_secs` to weigh `multiplier_bps / 10_000` times the amount
/// (instruction argument and event field).
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LockTierConfig {
    pub min_lock_secs: u64,
    pub multiplier_bps: u64,
}

/// A `LockTierConfig` as the pool stores it.
#[zero_copy]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct StoredLockTier {
    pub min_lock_secs: u64,
    pub multiplier_bps: u64,
}

impl From<LockTierConfig> for StoredLockTier {
    fn from(t: LockTierConfig) -> Self {
        StoredLockTier {
            min_lock_secs: t.min_lock_secs,
            multiplier_bps: t.multiplier_bps,
        }
    }
}

impl From<LockTierConfig> for LockTier {
    fn from(t: LockTierConfig) -> Self {
        LockTier {
            min_lock_secs: t.min_lock_secs,
            multiplier_bps: t.multiplier_bps,
        }
    }
}

impl From<StoredLockTier> for LockTier {
    fn from(t: StoredLockTier) -> Self {
        LockTier {
            min_lock_secs: t.min_lock_secs,
            multiplier_bps: t.multiplier_bps,
        }
    }
}
