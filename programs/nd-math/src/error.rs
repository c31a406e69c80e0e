//! The one error type of the crate.
//!
//! Every fallible function returns `Result<_, MathError>` so that an on-chain
//! program can map each case to its own Anchor error code instead of aborting
//! the transaction with an opaque panic. The SDK's `MathError.code` strings are
//! exactly [`MathError::code`], so a client can show the same reason.

use core::fmt;

/// Why a money computation refused to produce a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MathError {
    /// A basis-point rate above 10_000 (more than 100 %).
    BpsOutOfRange,
    /// A parts-per-million share above 1_000_000 (more than 100 %).
    PpmOutOfRange,
    /// The platform fee rate is above the platform's cap.
    FeeAboveCap,
    /// The referral rate is above the referral cap.
    ReferralAboveCap,
    /// A result or running total does not fit its integer type.
    Overflow,
    /// A division by zero was requested.
    DivisionByZero,
    /// A split has no recipient.
    NoRecipients,
    /// A split has more than [`crate::MAX_RECIPIENTS`] recipients.
    TooManyRecipients,
    /// A split's shares do not add up to exactly 1_000_000 ppm.
    SharesNotWhole,
    /// Two slices that must be the same length are not.
    LengthMismatch,
    /// Shares were changed while the current epoch still holds unbooked
    /// deposits; book the epoch first.
    EpochNotBooked,
    /// Stored state contradicts itself (for example more claimed than ever
    /// earned, or a queue length beyond its capacity).
    LedgerInconsistent,
    /// The advance queue already holds [`crate::MAX_ADVANCES`] advances.
    AdvanceQueueFull,
    /// An amount that must be positive was zero.
    ZeroAmount,
    /// A reward period of zero seconds.
    ZeroPeriod,
    /// A timestamp earlier than the last one the state has seen.
    ClockWentBackwards,
    /// A lock multiplier below 1x or above [`crate::MAX_MULTIPLIER_BPS`].
    MultiplierOutOfRange,
    /// Lock tiers are not sorted by strictly increasing duration with
    /// non-decreasing multipliers.
    TiersUnsorted,
    /// An unstake asks for more than the position holds.
    InsufficientStake,
}

impl MathError {
    /// Stable machine-readable name, identical to the enum variant and to the
    /// SDK's `MathError.code`.
    pub const fn code(self) -> &'static str {
        match self {
            MathError::BpsOutOfRange => "BpsOutOfRange",
            MathError::PpmOutOfRange => "PpmOutOfRange",
            MathError::FeeAboveCap => "FeeAboveCap",
            MathError::ReferralAboveCap => "ReferralAboveCap",
            MathError::Overflow => "Overflow",
            MathError::DivisionByZero => "DivisionByZero",
            MathError::NoRecipients => "NoRecipients",
            MathError::TooManyRecipients => "TooManyRecipients",
            MathError::SharesNotWhole => "SharesNotWhole",
            MathError::LengthMismatch => "LengthMismatch",
            MathError::EpochNotBooked => "EpochNotBooked",
            MathError::LedgerInconsistent => "LedgerInconsistent",
            MathError::AdvanceQueueFull => "AdvanceQueueFull",
            MathError::ZeroAmount => "ZeroAmount",
            MathError::ZeroPeriod => "ZeroPeriod",
            MathError::ClockWentBackwards => "ClockWentBackwards",
            MathError::MultiplierOutOfRange => "MultiplierOutOfRange",
            MathError::TiersUnsorted => "TiersUnsorted",
            MathError::InsufficientStake => "InsufficientStake",
        }
    }

    /// Human-readable explanation.
    pub const fn message(self) -> &'static str {
        match self {
            MathError::BpsOutOfRange => "basis points must be at most 10000",
            MathError::PpmOutOfRange => "parts per million must be at most 1000000",
            MathError::FeeAboveCap => "platform fee rate is above its cap",
            MathError::ReferralAboveCap => "referral rate is above its cap",
            MathError::Overflow => "result does not fit its integer type",
            MathError::DivisionByZero => "division by zero",
            MathError::NoRecipients => "a split needs at least one recipient",
            MathError::TooManyRecipients => "a split has at most 32 recipients",
            MathError::SharesNotWhole => "shares must add up to exactly 1000000 ppm",
            MathError::LengthMismatch => "slices must have the same length",
            MathError::EpochNotBooked => "book the current epoch before changing shares",
            MathError::LedgerInconsistent => "stored ledger state is inconsistent",
            MathError::AdvanceQueueFull => "the advance queue is full",
            MathError::ZeroAmount => "amount must be greater than zero",
            MathError::ZeroPeriod => "reward period must be at least one second",
            MathError::ClockWentBackwards => "timestamp is earlier than the last update",
            MathError::MultiplierOutOfRange => "lock multiplier is outside 10000..=100000 bps",
            MathError::TiersUnsorted => "lock tiers must have increasing durations and multipliers",
            MathError::InsufficientStake => "unstake amount exceeds the staked amount",
        }
    }

    /// Every variant, in declaration order; lets tests and the vector writer
    /// check that the SDK knows each code.
    pub const ALL: [MathError; 19] = [
        MathError::BpsOutOfRange,
        MathError::PpmOutOfRange,
        MathError::FeeAboveCap,
        MathError::ReferralAboveCap,
        MathError::Overflow,
        MathError::DivisionByZero,
        MathError::NoRecipients,
        MathError::TooManyRecipients,
        MathError::SharesNotWhole,
        MathError::LengthMismatch,
        MathError::EpochNotBooked,
        MathError::LedgerInconsistent,
        MathError::AdvanceQueueFull,
        MathError::ZeroAmount,
        MathError::ZeroPeriod,
        MathError::ClockWentBackwards,
        MathError::MultiplierOutOfRange,
        MathError::TiersUnsorted,
        MathError::InsufficientStake,
    ];
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message())
    }
}

/// Shorthand used throughout the crate.
pub type MathResult<T> = Result<T, MathError>;

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    #[test]
    fn codes_are_unique_and_display_names_them() {
        for (i, a) in MathError::ALL.iter().enumerate() {
            for b in MathError::ALL.iter().skip(i + 1) {
                assert_ne!(a.code(), b.code());
            }
            let shown = a.to_string();
            assert!(shown.starts_with(a.code()));
            assert!(shown.len() > a.code().len() + 2);
            // The code must be the variant name, since the SDK matches on it.
            assert_eq!(std::format!("{a:?}"), a.code());
        }
    }
}
