//! Pull accounting for splits: a sale touches one number, recipients claim
//! when they like.
//!
//! `acc` is the amount accrued per share unit (1 ppm), scaled by 10^6. Since a
//! split's shares always total exactly 10^6 ppm, that scaled value is simply
//! the sum of all deposits: crediting a sale is one checked addition and
//! never rounds, which is what keeps the ledger exact over any number of
//! sales. Rounding happens only when an entitlement is read, once per
//! recipient per epoch, and always down.
//!
//! An *epoch* is the stretch between two share changes. Entitlement of
//! recipient `i` = `booked_i + floor((acc − epoch_start) × share_i / 10^6)`,
//! where `booked_i` holds what earlier epochs left it. The unassigned rest of
//! the current epoch (`unbooked_dust`, less than one unit per recipient) is
//! given to recipient 0 when the epoch is booked, which is the crate's dust
//! rule applied once the amount is final: handing it out earlier could make
//! recipient 0's entitlement shrink after a later sale.

use crate::advances::{AdvanceQueue, Repayments};
use crate::bps::{Ppm, PPM_DENOMINATOR};
use crate::error::{MathError, MathResult};
use crate::split::{validate_shares, MAX_RECIPIENTS};

/// Per-split state that a sale updates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SplitAccumulator {
    /// Σ of every credited amount (= per-ppm accrual scaled by 10^6).
    pub acc: u128,
    /// `acc` when the current epoch began.
    pub epoch_start: u128,
}

/// Per-recipient state; lives in the split account or in its own account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecipientAccount {
    /// Entitlement from finished epochs, including any dust (recipient 0).
    pub booked: u128,
    /// Everything released for this recipient so far, including amounts
    /// routed to advance beneficiaries.
    pub claimed: u128,
    /// Share in ppm for the current epoch.
    pub share_ppm: u32,
}

/// Result of a recipient's claim: `gross = to_recipient + repayments.total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SplitClaim {
    pub gross: u64,
    pub to_recipient: u64,
    pub repayments: Repayments,
}

impl SplitAccumulator {
    pub const fn new() -> Self {
        SplitAccumulator {
            acc: 0,
            epoch_start: 0,
        }
    }

    /// Records a deposit of seller proceeds; O(1) whatever the recipient count.
    pub fn credit(&mut self, amount: u64) -> MathResult<()> {
        self.acc = self
            .acc
            .checked_add(amount as u128)
            .ok_or(MathError::Overflow)?;
        Ok(())
    }

    /// Deposits since the current epoch began.
    pub fn epoch_deposits(&self) -> MathResult<u128> {
        self.acc
            .checked_sub(self.epoch_start)
            .ok_or(MathError::LedgerInconsistent)
    }
}

/// `floor(deposits × share / 10^6)` without a 256-bit product: splitting
/// `deposits` into quotient and remainder by 10^6 keeps both products in u128.
fn share_of(deposits: u128, share_ppm: u32) -> MathResult<u128> {
    let share = Ppm::new(share_ppm as u64)?.get() as u128;
    let d = PPM_DENOMINATOR as u128;
    let whole = (deposits / d)
        .checked_mul(share)
        .ok_or(MathError::Overflow)?;
    // (deposits mod 10^6) × share < 10^12.
    let part = (deposits % d)
        .checked_mul(share)
        .ok_or(MathError::Overflow)?
        / d;
    whole.checked_add(part).ok_or(MathError::Overflow)
}

/// Total ever earned by `r`, never decreasing as deposits arrive.
pub fn entitlement(split: &SplitAccumulator, r: &RecipientAccount) -> MathResult<u128> {
    let live = share_of(split.epoch_deposits()?, r.share_ppm)?;
    r.booked.checked_add(live).ok_or(MathError::Overflow)
}

/// Earned but not yet claimed.
pub fn claimable(split: &SplitAccumulator, r: &RecipientAccount) -> MathResult<u128> {
    entitlement(split, r)?
        .checked_sub(r.claimed)
        .ok_or(MathError::LedgerInconsistent)
}

/// Releases what `r` can claim (at most u64::MAX per call, the most one token
/// transfer can move), repaying `advances` first. State changes only on
/// success.
pub fn claim(
    split: &SplitAccumulator,
    r: &mut RecipientAccount,
    advances: &mut AdvanceQueue,
) -> MathResult<SplitClaim> {
    let gross = u64::try_from(claimable(split, r)?).unwrap_or(u64::MAX);
    let mut queue = *advances;
    let repayments = queue.repay(gross)?;
    let claimed = r
        .claimed
        .checked_add(gross as u128)
        .ok_or(MathError::Overflow)?;
    let to_recipient = gross
        .checked_sub(repayments.total)
        .ok_or(MathError::LedgerInconsistent)?;
    r.claimed = claimed;
    *advances = queue;
    Ok(SplitClaim {
        gross,
        to_recipient,
        repayments,
    })
}

/// The stored shares must still form a valid split before they are used to
/// book, since account data is not trusted.
fn check_current_shares(recipients: &[RecipientAccount]) -> MathResult<()> {
    if recipients.len() > MAX_RECIPIENTS {
        return Err(MathError::TooManyRecipients);
    }
    let mut shares = [Ppm::ZERO; MAX_RECIPIENTS];
    for (s, r) in shares.iter_mut().zip(recipients) {
        *s = Ppm::new(r.share_ppm as u64)?;
    }
    validate_shares(shares.get(..recipients.len()).unwrap_or(&[]))
}

/// Part of the current epoch not yet anyone's (less than one unit per
/// recipient); recipient 0 receives it at the next [`book_epoch`].
pub fn unbooked_dust(split: &SplitAccumulator, recipients: &[RecipientAccount]) -> MathResult<u64> {
    check_current_shares(recipients)?;
    let deposits = split.epoch_deposits()?;
    let mut assigned: u128 = 0;
    for r in recipients {
        assigned = assigned
            .checked_add(share_of(deposits, r.share_ppm)?)
            .ok_or(MathError::Overflow)?;
    }
    let dust = deposits
        .checked_sub(assigned)
        .ok_or(MathError::LedgerInconsistent)?;
    u64::try_from(dust).map_err(|_| MathError::LedgerInconsistent)
}

/// Closes the current epoch: moves every recipient's live entitlement under
/// the current shares into `booked`, gives the epoch's dust to recipient 0,
/// and starts a new epoch. Returns the dust. Call it before any share change
/// (or use [`change_shares`]); calling it at other times is harmless and just
/// settles the dust.
pub fn book_epoch(
    split: &mut SplitAccumulator,
    recipients: &mut [RecipientAccount],
) -> MathResult<u64> {
    let dust = unbooked_dust(split, recipients)?;
    let deposits = split.epoch_deposits()?;
    let mut booked = [0u128; MAX_RECIPIENTS];
    // A flag rather than `enumerate`, whose counter carries a panic path.
    let mut first = true;
    for (b, r) in booked.iter_mut().zip(recipients.iter()) {
        let mut add = share_of(deposits, r.share_ppm)?;
        if first {
            add = add.checked_add(dust as u128).ok_or(MathError::Overflow)?;
            first = false;
        }
        *b = r.booked.checked_add(add).ok_or(MathError::Overflow)?;
    }
    // Nothing can fail past this point, so the state changes all or nothing.
    for (r, b) in recipients.iter_mut().zip(booked.iter()) {
        r.booked = *b;
    }
    split.epoch_start = split.acc;
    Ok(dust)
}

/// Installs new shares; only allowed at the start of an epoch so that no
/// deposit is ever valued at shares it did not accrue under.
pub fn set_shares(
    split: &SplitAccumulator,
    recipients: &mut [RecipientAccount],
    shares: &[Ppm],
) -> MathResult<()> {
    validate_shares(shares)?;
    if shares.len() != recipients.len() {
        return Err(MathError::LengthMismatch);
    }
    if split.epoch_deposits()? != 0 {
        return Err(MathError::EpochNotBooked);
    }
    for (r, s) in recipients.iter_mut().zip(shares) {
        r.share_ppm = s.get();
    }
    Ok(())
}

/// Books the epoch under the old shares, then installs `shares`. A program
/// adds a recipient by appending a zeroed `RecipientAccount` slot (share 0)
/// before calling this with the grown share list, and retires one by giving
/// it share 0: it keeps what it has booked and can still claim it.
pub fn change_shares(
    split: &mut SplitAccumulator,
    recipients: &mut [RecipientAccount],
    shares: &[Ppm],
) -> MathResult<u64> {
    validate_shares(shares)?;
    if shares.len() != recipients.len() {
        return Err(MathError::LengthMismatch);
    }
    let dust = book_epoch(split, recipients)?;
    set_shares(split, recipients, shares)?;
    Ok(dust)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ppm(v: u64) -> Ppm {
        Ppm::new(v).unwrap_or(Ppm::ZERO)
    }

    fn thirds() -> (SplitAccumulator, [RecipientAccount; 3]) {
        let split = SplitAccumulator::new();
        let mut rs = [RecipientAccount::default(); 3];
        let shares = [ppm(333_334), ppm(333_333), ppm(333_333)];
        assert_eq!(set_shares(&split, &mut rs, &shares), Ok(()));
        (split, rs)
    }

    #[test]
    fn many_small_sales_are_exact() {
        let (mut split, rs) = thirds();
        // 1000 sales of 1 unit: each recipient's entitlement is computed from
        // the total (1000), not summed from 1000 zero-rounded slices.
        for _ in 0..1000 {
            assert_eq!(split.credit(1), Ok(()));
        }
        let e: [u128; 3] = [
            entitlement(&split, &rs[0]).unwrap_or(0),
            entitlement(&split, &rs[1]).unwrap_or(0),
            entitlement(&split, &rs[2]).unwrap_or(0),
        ];
        assert_eq!(e, [333, 333, 333]);
        assert_eq!(unbooked_dust(&split, &rs), Ok(1));
    }

    #[test]
    fn claims_repay_advances_first() {
        let (mut split, mut rs) = thirds();
        let mut q = AdvanceQueue::new();
        assert_eq!(q.push([7; 32], 500), Ok(()));
        assert_eq!(split.credit(3_000), Ok(()));
        // Recipient 1: 3000 × 333333 / 10^6 = 999.999 → 999.
        let c = claim(&split, &mut rs[1], &mut q).unwrap_or_default();
        assert_eq!(
            (c.gross, c.to_recipient, c.repayments.total),
            (999, 499, 500)
        );
        assert_eq!(q.len, 0);
        // Claiming again without new sales releases nothing.
        let c = claim(&split, &mut rs[1], &mut q).unwrap_or_default();
        assert_eq!(c.gross, 0);
        assert_eq!(rs[1].claimed, 999);
    }

    #[test]
    fn share_change_books_old_shares_and_dust() {
        let (mut split, mut rs) = thirds();
        assert_eq!(split.credit(100), Ok(()));
        // 100 × 333333 / 10^6 = 33.33 → 33, 33; recipient 0: 33 + dust 1.
        assert_eq!(unbooked_dust(&split, &rs), Ok(1));
        let new = [ppm(500_000), ppm(500_000), ppm(0)];
        assert_eq!(
            set_shares(&split, &mut rs, &new),
            Err(MathError::EpochNotBooked)
        );
        assert_eq!(change_shares(&mut split, &mut rs, &new), Ok(1));
        assert_eq!([rs[0].booked, rs[1].booked, rs[2].booked], [34, 33, 33]);
        assert_eq!(split.credit(11), Ok(()));
        let e = |r: &RecipientAccount| entitlement(&split, r).unwrap_or(0);
        assert_eq!([e(&rs[0]), e(&rs[1]), e(&rs[2])], [39, 38, 33]);
        assert_eq!(unbooked_dust(&split, &rs), Ok(1));
    }

    #[test]
    fn extreme_totals() {
        let (mut split, rs) = thirds();
        assert_eq!(split.credit(u64::MAX), Ok(()));
        assert_eq!(entitlement(&split, &rs[1]), Ok(6_148_908_542_321_825_968));
        split.acc = u128::MAX;
        assert_eq!(split.credit(1), Err(MathError::Overflow));
        // (2^128 − 1) × 333334 / 10^6 without overflow.
        let want =
            (u128::MAX / 1_000_000) * 333_334 + (u128::MAX % 1_000_000) * 333_334 / 1_000_000;
        assert_eq!(entitlement(&split, &rs[0]), Ok(want));
    }

    #[test]
    fn inconsistent_state_is_reported() {
        let (split, mut rs) = thirds();
        rs[0].claimed = 1;
        let mut q = AdvanceQueue::new();
        assert_eq!(
            claim(&split, &mut rs[0], &mut q),
            Err(MathError::LedgerInconsistent)
        );
        let bad = SplitAccumulator {
            acc: 0,
            epoch_start: 1,
        };
        assert_eq!(
            entitlement(&bad, &rs[1]),
            Err(MathError::LedgerInconsistent)
        );
        let mut rs2 = rs;
        rs2[2].share_ppm = 2_000_000;
        assert_eq!(entitlement(&split, &rs2[2]), Err(MathError::PpmOutOfRange));
        let mut s = split;
        rs[0].claimed = 0;
        rs[0].share_ppm = 0;
        assert_eq!(book_epoch(&mut s, &mut rs), Err(MathError::SharesNotWhole));
    }
}
