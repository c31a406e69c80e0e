//! Money math for Normal Dance: every program moves tokens through these
//! functions, so that amounts are computed one way, exactly, and identically
//! in the SDK's `quote` module (checked against shared test vectors).
//!
//! `no_std`, no allocation, no floats, no recursion, and no panics: every
//! function returns a [`MathError`] for inputs it cannot serve, for every u64
//! input. State is plain `Copy` structs that programs embed in their accounts;
//! functions change state only when they succeed.
//!
//! # Rounding and the dust rule
//! Every rate is applied as `floor(amount × rate / denominator)`, computed in
//! u128 (or 256 bits where needed), so nobody is ever paid a fraction that
//! does not exist. What floors leave behind is *dust*, and the dust rule is:
//! **dust goes to recipient 0 of a split (the primary artist)**. In a one-shot
//! [`split()`], recipient `i ≥ 1` gets `floor(amount × share_i / 10^6)` and
//! recipient 0 gets `amount` minus all of those, so the parts always add up to
//! `amount`; recipient 0 thus gets at least its pro-rata share and less than
//! one extra unit per other recipient. In the pull
//! [`accumulator`](mod@accumulator) the same rule applies when an epoch is
//! booked ([`book_epoch`] / [`change_shares`]), because only then is the
//! epoch's dust final; until then it is reported by [`unbooked_dust`] (less
//! than one unit per recipient) and stays in the vault.
//!
//! # Fee and referral
//! A sale of `price` pays, in this order ([`quote_sale`]):
//! 1. the platform `fee = floor(price × fee_bps / 10_000)`, with `fee_bps`
//!    checked against the protocol cap;
//! 2. the referrer `referral = floor((price − fee) × referral_bps / 10_000)`,
//!    with `referral_bps` checked against its cap;
//! 3. the seller (or the split) `price − fee − referral`.
//!
//! The referral comes from the seller's side and never from the platform fee:
//! the platform's take does not depend on whether the buyer was referred, and
//! the referrer is rewarded by the party that gains the sale. It is computed
//! on the seller's gross rather than on the price because that makes every
//! amount — fee, referral, seller proceeds and each split recipient `i ≥ 1` —
//! non-decreasing in the price (taking two independent floors of the price
//! would make the seller lose a unit whenever both round up together).
//! Recipient 0 is the one exception, inherent to the dust rule: its part is
//! always `≥ floor(amount × share_0 / 10^6)`, which is non-decreasing, but the
//! dust on top of that can shrink when the amount grows.
//!
//! # Using it from a market program
//! * Store a [`SplitAccumulator`], up to 32 [`RecipientAccount`]s and, per
//!   recipient, an [`AdvanceQueue`]. Create with [`set_shares`].
//! * Sale: [`quote_sale`], transfer `fee` and `referral`, transfer `seller`
//!   into the split vault and [`SplitAccumulator::credit`] it — O(1).
//! * Claim by recipient `i`: [`claim()`] returns the gross released, the part
//!   for the recipient and the FIFO [`Repayments`] owed to beneficiaries.
//! * New advance: [`AdvanceQueue::push`]. Earnings not yet claimed when an
//!   advance is recorded are repaid from too; claim first to avoid that.
//! * Share change: [`change_shares`] books everyone under the old shares.
//!
//! # Using it from a staking program
//! * Store one [`RewardPool`] and a [`StakePosition`] per stake; open a
//!   position with [`StakePosition::open`] from the program's [`LockTier`]s.
//! * [`stake()`], [`unstake`] (early-exit penalty redistributed through the
//!   accumulator), [`claim_rewards`]; [`RewardPool::fund`] starts a period
//!   and rolls over everything not yet handed out; [`pending_rewards`] is
//!   the read-only view for clients.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod accumulator;
pub mod advances;
pub mod bps;
pub mod error;
pub mod fee;
pub mod muldiv;
pub mod referral;
pub mod rewards;
pub mod sale;
pub mod split;
pub mod stake;

pub use accumulator::{
    book_epoch, change_shares, claim, claimable, entitlement, set_shares, unbooked_dust,
    RecipientAccount, SplitAccumulator, SplitClaim,
};
pub use advances::{Advance, AdvanceQueue, Beneficiary, Repayment, Repayments, MAX_ADVANCES};
pub use bps::{Bps, Ppm, BPS_DENOMINATOR, PPM_DENOMINATOR};
pub use error::{MathError, MathResult};
pub use fee::platform_fee;
pub use muldiv::{mul_div_floor, mul_div_floor_u128};
pub use referral::referral;
pub use rewards::{RewardPool, REWARD_SCALE};
pub use sale::{quote_sale, quote_sale_split, SaleQuote, SaleTerms};
pub use split::{split, split_fixed, validate_shares, MAX_RECIPIENTS};
pub use stake::{
    claim_rewards, earned, multiplier_for_lock, pending_rewards, refresh, stake, unstake,
    weight_of, LockTier, StakePosition, Unstaked, MAX_MULTIPLIER_BPS, MIN_MULTIPLIER_BPS,
};
