use anchor_lang::prelude::*;
use nd_math::MathError;

#[error_code]
pub enum MarketError {
    // Mirrors of nd_math::MathError, one for one (see `From<MathError>` below).
    #[msg("basis points must be at most 10000")]
    BpsOutOfRange,
    #[msg("parts per million must be at most 1000000")]
    PpmOutOfRange,
    #[msg("the platform fee may not exceed its cap of 1000 bps (10 %)")]
    FeeAboveCap,
    #[msg("the referral rate is above the platform's referral cap")]
    ReferralAboveCap,
    #[msg("an amount does not fit its integer type")]
    MathOverflow,
    #[msg("division by zero")]
    DivisionByZero,
    #[msg("a split needs at least one recipient")]
    NoRecipients,
    #[msg("a split has at most 32 recipient slots")]
    TooManyRecipients,
    #[msg("recipient shares must add up to exactly 1000000 ppm")]
    SharesMustSumToOneMillion,
    #[msg("share list and recipient list differ in length")]
    LengthMismatch,
    #[msg("the current epoch must be booked before shares change")]
    EpochNotBooked,
    #[msg("stored ledger state is inconsistent")]
    LedgerInconsistent,
    #[msg("a recipient carries at most 8 advances per vault")]
    AdvanceQueueFull,
    #[msg("the amount must be greater than zero")]
    ZeroAmount,
    #[msg("reward period must be at least one second")]
    ZeroPeriod,
    #[msg("timestamp is earlier than the last update")]
    ClockWentBackwards,
    #[msg("lock multiplier is out of range")]
    MultiplierOutOfRange,
    #[msg("lock tiers must be sorted")]
    TiersUnsorted,
    #[msg("unstake amount exceeds the stake")]
    InsufficientStake,

    // Platform.
    #[msg("only the program's upgrade authority may initialise the platform")]
    NotUpgradeAuthority,
    #[msg("the program_data account is not this program's ProgramData")]
    ProgramDataMismatch,
    #[msg("only the platform authority may do this")]
    NotPlatformAuthority,
    #[msg("no authority handover is pending")]
    NoPendingAuthority,
    #[msg("only the proposed authority may accept the handover")]
    NotPendingAuthority,
    #[msg("the platform is paused: no sales or new tracks")]
    PlatformPaused,
    #[msg("the treasury account does not belong to the platform treasury")]
    WrongTreasury,

    // Split.
    #[msg("only the split's controller may do this")]
    NotSplitController,
    #[msg("no controller handover is pending")]
    NoPendingController,
    #[msg("only the proposed controller may accept the handover")]
    NotPendingController,
    #[msg("the split is frozen and cannot change any more")]
    SplitFrozen,
    #[msg("a wallet appears twice among the recipients")]
    DuplicateRecipient,
    #[msg("every listed recipient needs a share above zero")]
    ZeroShare,
    #[msg("the default (all-zero) address cannot be a recipient")]
    InvalidRecipient,
    #[msg("a split has vaults for at most 8 mints")]
    TooManyVaults,
    #[msg("pass (vault, ledgers) for every vault of the split, in registration order")]
    VaultListMismatch,
    #[msg("recipient index is outside the split's recipient slots")]
    RecipientIndexOutOfRange,
    #[msg("the recipient wallet does not match the split's recipient at this index")]
    WrongRecipient,
    #[msg("the recipient has outstanding advances: pass its Advances account")]
    AdvancesAccountRequired,
    #[msg("the advances account belongs to another vault or recipient")]
    WrongAdvancesAccount,
    #[msg("pass the Credit account of every repaid advance beneficiary, in queue order")]
    RepaymentCreditMismatch,
    #[msg("the ledgers account belongs to another vault")]
    WrongLedgers,

    // Vault and token accounts.
    #[msg("the vault does not belong to this split and payment mint")]
    WrongVault,
    #[msg("the mint account does not match the vault's mint")]
    WrongMint,
    #[msg("the token program does not match the vault's token program")]
    WrongTokenProgram,
    #[msg("the vault token account is not the vault's")]
    WrongVaultTokens,
    #[msg("token payments need the mint, vault token account, token program and payer token account")]
    MissingTokenAccounts,
    #[msg("native SOL payments take no mint, token accounts or token program")]
    UnexpectedTokenAccounts,
    #[msg("the destination does not belong to the wallet being paid")]
    WrongDestination,
    #[msg("there is nothing to claim")]
    NothingToClaim,
    #[msg("the vault holds less than it owes")]
    VaultUnderfunded,

    // Token-2022 mints.
    #[msg("mints with a permanent delegate can take tokens out of the vault")]
    PermanentDelegateNotAllowed,
    #[msg("non-transferable mints cannot be paid with")]
    NonTransferableMint,
    #[msg("mints with a transfer hook are not supported")]
    TransferHookNotSupported,
    #[msg("mints whose accounts start frozen are not supported")]
    DefaultFrozenMint,
    #[msg("mints with a close authority are not supported")]
    MintCloseAuthorityNotAllowed,
    #[msg("the mint has an extension the market does not support")]
    UnsupportedMintExtension,

    // Track.
    #[msg("only the track's artist may do this")]
    NotTrackArtist,
    #[msg("the artist must be the split's controller or one of its recipients")]
    ArtistNotInSplit,
    #[msg("the dispute window must be between 1 second and 90 days")]
    InvalidDisputeWindow,
    #[msg("the track is not on sale")]
    TrackNotActive,
    #[msg("the track is cancelled")]
    TrackCancelled,
    #[msg("the track is not cancelled")]
    TrackNotCancelled,
    #[msg("the track still has escrowed purchases")]
    OpenEscrowsRemain,
    #[msg("the track's status does not change")]
    StatusUnchanged,

    // Sales.
    #[msg("the track's price differs from the price the buyer expected")]
    PriceMismatch,
    #[msg("buy is for the buyer's own access; use buy_for to give a purchase")]
    BeneficiaryMustBeBuyer,
    #[msg("a buyer cannot refer themselves")]
    SelfReferral,
    #[msg("pass the referrer's Credit account exactly when there is a referrer")]
    ReferrerCreditMismatch,
    #[msg("the purchase is not held in escrow")]
    NotEscrowed,
    #[msg("the purchase is already settled")]
    AlreadySettled,
    #[msg("the purchase is already refunded")]
    AlreadyRefunded,
    #[msg("the dispute window is still open")]
    EscrowWindowOpen,
    #[msg("the dispute window has closed")]
    EscrowWindowClosed,
    #[msg("only the buyer may do this")]
    NotBuyer,
    #[msg("only the arbiter or the artist may refund during the window, or the buyer once the track is cancelled")]
    RefundNotAllowed,
    #[msg("the purchase belongs to another track")]
    WrongTrack,
    #[msg("only refunded purchases can be closed")]
    PurchaseNotRefunded,
    #[msg("the rent receiver is not the account that paid the rent")]
    WrongRentReceiver,
    #[msg("fee routing to stakers is off: the platform has no stake mint (set one with update_platform)")]
    StakingRouteDisabled,
    #[msg("only token vaults route fees to stakers: staking pools hold SPL or Token-2022 rewards, not native SOL")]
    StakingRouteNeedsTokenVault,
    #[msg("the staking pool must stake the platform's stake mint and reward the vault's mint")]
    WrongStakingPool,
    #[msg("only the split's controller or one of its recipients may open a vault for it (vault slots are limited)")]
    NotSplitMember,
    #[msg("a track that has sold stays: its access receipts point to it, and its address must not be reused")]
    TrackHasSales,
}

impl From<MathError> for MarketError {
    fn from(e: MathError) -> Self {
        match e {
            MathError::BpsOutOfRange => MarketError::BpsOutOfRange,
            MathError::PpmOutOfRange => MarketError::PpmOutOfRange,
            MathError::FeeAboveCap => MarketError::FeeAboveCap,
            MathError::ReferralAboveCap => MarketError::ReferralAboveCap,
            MathError::Overflow => MarketError::MathOverflow,
            MathError::DivisionByZero => MarketError::DivisionByZero,
            MathError::NoRecipients => MarketError::NoRecipients,
            MathError::TooManyRecipients => MarketError::TooManyRecipients,
            MathError::SharesNotWhole => MarketError::SharesMustSumToOneMillion,
            MathError::LengthMismatch => MarketError::LengthMismatch,
            MathError::EpochNotBooked => MarketError::EpochNotBooked,
            MathError::LedgerInconsistent => MarketError::LedgerInconsistent,
            MathError::AdvanceQueueFull => MarketError::AdvanceQueueFull,
            MathError::ZeroAmount => MarketError::ZeroAmount,
            MathError::ZeroPeriod => MarketError::ZeroPeriod,
            MathError::ClockWentBackwards => MarketError::ClockWentBackwards,
            MathError::MultiplierOutOfRange => MarketError::MultiplierOutOfRange,
            MathError::TiersUnsorted => MarketError::TiersUnsorted,
            MathError::InsufficientStake => MarketError::InsufficientStake,
        }
    }
}

/// `?` on nd_math results inside handlers: the math error becomes its named market error.
pub trait MathResultExt<T> {
    fn named(self) -> Result<T>;
}

impl<T> MathResultExt<T> for core::result::Result<T, MathError> {
    fn named(self) -> Result<T> {
        self.map_err(|e| error!(MarketError::from(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_math_error_has_its_own_market_error() {
        let codes: Vec<u32> = MathError::ALL.iter().map(|e| MarketError::from(*e) as u32).collect();
        for (i, c) in codes.iter().enumerate() {
            assert!(!codes[i + 1..].contains(c), "{:?} shares a market error", MathError::ALL[i]);
        }
    }
}
