use anchor_lang::prelude::*;
use nd_math::MathError;

#[error_code]
pub enum StakingError {
    #[msg("only the pool authority may do this")]
    NotAuthority,
    #[msg("only the proposed authority may accept the handover")]
    NotPendingAuthority,
    #[msg("the pool is paused")]
    PoolPaused,
    #[msg("a pool holds at most 8 lock tiers")]
    TooManyTiers,
    #[msg("lock tiers must have strictly increasing durations and non-decreasing multipliers")]
    TiersUnsorted,
    #[msg("a lock multiplier must be between 10000 and 100000 bps (1x to 10x)")]
    MultiplierOutOfRange,
    #[msg("the early-exit penalty may be at most 5000 bps")]
    PenaltyOutOfRange,
    #[msg("an early-exit penalty needs the stake mint to be the reward mint, since it is paid out as rewards")]
    PenaltyNeedsSameMint,
    #[msg("the minimum stake must be at least one base unit")]
    ZeroMinStake,
    #[msg("the mint has an extension the pool cannot hold safely (permanent delegate, transfer hook or non-transferable)")]
    UnsupportedMintExtension,
    #[msg("amount must be greater than zero")]
    ZeroAmount,
    #[msg("a position must hold at least the pool's minimum stake, or nothing")]
    StakeBelowMinimum,
    #[msg("the lock is longer than the ten-year maximum")]
    LockTooLong,
    #[msg("the lock tier's multiplier is below the minimum the staker accepted")]
    MultiplierBelowMinimum,
    #[msg("the position is still locked: use early_exit to leave before lock_end with the penalty")]
    StillLocked,
    #[msg("this pool has no early exit: wait for the lock to end")]
    EarlyExitDisabled,
    #[msg("the amount exceeds what the position holds")]
    InsufficientStake,
    #[msg("the position has no rewards to claim")]
    NothingToClaim,
    #[msg("the position still holds stake")]
    PositionNotEmpty,
    #[msg("the position still has unclaimed rewards: claim them first")]
    RewardsUnclaimed,
    #[msg("the reward period must be at least one second")]
    ZeroPeriod,
    #[msg("the reward period is longer than the ten-year maximum")]
    PeriodTooLong,
    #[msg("a new funding may not end before the running reward period")]
    PeriodEndsTooSoon,
    #[msg("a new funding may not lower the running reward rate")]
    RewardRateWouldDrop,
    #[msg("the reward budget or the reward-per-weight accumulator would overflow")]
    RewardRateOverflow,
    #[msg("the stake mint does not match the pool")]
    WrongStakeMint,
    #[msg("the reward mint does not match the pool")]
    WrongRewardMint,
    #[msg("the stake vault is not the pool's")]
    WrongStakeVault,
    #[msg("the reward vault is not the pool's")]
    WrongRewardVault,
    #[msg("the token program does not own the pool's mint")]
    WrongTokenProgram,
    #[msg("the position belongs to another owner")]
    NotPositionOwner,
    #[msg("the position belongs to another pool")]
    WrongPool,
    #[msg("the clock is earlier than the pool's last update")]
    ClockWentBackwards,
    #[msg("a value does not fit its integer type")]
    MathOverflow,
    #[msg("stored pool or position state is inconsistent")]
    LedgerInconsistent,
}

impl From<MathError> for StakingError {
    fn from(e: MathError) -> Self {
        match e {
            MathError::ZeroAmount => StakingError::ZeroAmount,
            MathError::ZeroPeriod => StakingError::ZeroPeriod,
            MathError::InsufficientStake => StakingError::InsufficientStake,
            MathError::ClockWentBackwards => StakingError::ClockWentBackwards,
            MathError::MultiplierOutOfRange => StakingError::MultiplierOutOfRange,
            MathError::TiersUnsorted => StakingError::TiersUnsorted,
            MathError::BpsOutOfRange => StakingError::PenaltyOutOfRange,
            MathError::LedgerInconsistent => StakingError::LedgerInconsistent,
            _ => StakingError::MathOverflow,
        }
    }
}

/// `?` on an nd-math result inside a handler.
pub trait OrStakingError<T> {
    fn or_staking(self) -> Result<T>;
}

impl<T> OrStakingError<T> for core::result::Result<T, MathError> {
    fn or_staking(self) -> Result<T> {
        self.map_err(|e| error!(StakingError::from(e)))
    }
}
