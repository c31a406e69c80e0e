//! Recoupable advances: money a recipient received up front (from a label,
//! an investor, the platform) and pays back out of future earnings.
//!
//! Advances are repaid first in, first out, and a claim that does not cover
//! the oldest advance repays it partially. The queue is a fixed array so that
//! a program can embed it in an account without allocation.

use crate::error::{MathError, MathResult};

/// Most advances one recipient can carry at once.
pub const MAX_ADVANCES: usize = 8;

/// Opaque 32-byte identity of whoever is repaid (a program stores a pubkey's
/// bytes); the math never looks inside it.
pub type Beneficiary = [u8; 32];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Advance {
    pub beneficiary: Beneficiary,
    /// Still to be repaid; always positive for a queued advance.
    pub outstanding: u64,
}

/// FIFO of advances; `entries[..len]` are live, oldest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AdvanceQueue {
    pub entries: [Advance; MAX_ADVANCES],
    pub len: u64,
}

/// One transfer a claim owes to a beneficiary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Repayment {
    pub beneficiary: Beneficiary,
    pub amount: u64,
}

/// Transfers produced by one repayment, oldest advance first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Repayments {
    pub entries: [Repayment; MAX_ADVANCES],
    pub count: u64,
    pub total: u64,
}

impl Repayments {
    /// The transfers to make, `entries[..count]`.
    pub fn as_slice(&self) -> &[Repayment] {
        usize::try_from(self.count)
            .ok()
            .and_then(|n| self.entries.get(..n))
            .unwrap_or(&[])
    }
}

impl AdvanceQueue {
    pub const fn new() -> Self {
        AdvanceQueue {
            entries: [Advance {
                beneficiary: [0; 32],
                outstanding: 0,
            }; MAX_ADVANCES],
            len: 0,
        }
    }

    /// Live advances, oldest first; errors if `len` was corrupted.
    pub fn active(&self) -> MathResult<&[Advance]> {
        let len = usize::try_from(self.len).map_err(|_| MathError::LedgerInconsistent)?;
        self.entries.get(..len).ok_or(MathError::LedgerInconsistent)
    }

    /// Sum still owed across all advances (u128: up to 8 × u64::MAX).
    pub fn outstanding_total(&self) -> MathResult<u128> {
        Ok(self.active()?.iter().map(|a| a.outstanding as u128).sum())
    }

    /// Records a new advance behind all existing ones.
    pub fn push(&mut self, beneficiary: Beneficiary, amount: u64) -> MathResult<()> {
        if amount == 0 {
            return Err(MathError::ZeroAmount);
        }
        let len = self.active()?.len();
        let slot = self
            .entries
            .get_mut(len)
            .ok_or(MathError::AdvanceQueueFull)?;
        *slot = Advance {
            beneficiary,
            outstanding: amount,
        };
        self.len = count_plus_one(len)?;
        Ok(())
    }

    /// Uses up to `available` to repay advances oldest first; returns the
    /// transfers. What is left of `available` (`available − total`) belongs to
    /// the recipient. Fully repaid advances leave the queue.
    pub fn repay(&mut self, available: u64) -> MathResult<Repayments> {
        let mut kept = [Advance::default(); MAX_ADVANCES];
        let mut kept_len = 0usize;
        let mut reps = Repayments::default();
        let mut rest = available;
        let mut paid_len = 0usize;
        for adv in self.active()? {
            let pay = rest.min(adv.outstanding);
            rest = rest.saturating_sub(pay); // pay ≤ rest
            if pay > 0 {
                let slot = reps
                    .entries
                    .get_mut(paid_len)
                    .ok_or(MathError::LedgerInconsistent)?;
                *slot = Repayment {
                    beneficiary: adv.beneficiary,
                    amount: pay,
                };
                paid_len = paid_len
                    .checked_add(1)
                    .ok_or(MathError::LedgerInconsistent)?;
            }
            let left = adv.outstanding.saturating_sub(pay); // pay ≤ outstanding
            if left > 0 {
                let slot = kept
                    .get_mut(kept_len)
                    .ok_or(MathError::LedgerInconsistent)?;
                *slot = Advance {
                    beneficiary: adv.beneficiary,
                    outstanding: left,
                };
                kept_len = kept_len
                    .checked_add(1)
                    .ok_or(MathError::LedgerInconsistent)?;
            }
        }
        reps.count = u64::try_from(paid_len).map_err(|_| MathError::LedgerInconsistent)?;
        reps.total = available.saturating_sub(rest); // rest ≤ available
        self.entries = kept;
        self.len = u64::try_from(kept_len).map_err(|_| MathError::LedgerInconsistent)?;
        Ok(reps)
    }
}

/// `len + 1` as the stored u64 count (len < MAX_ADVANCES, so it cannot fail).
fn count_plus_one(len: usize) -> MathResult<u64> {
    u64::try_from(len)
        .ok()
        .and_then(|l| l.checked_add(1))
        .ok_or(MathError::LedgerInconsistent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> Beneficiary {
        [n; 32]
    }

    fn queue(items: &[(u8, u64)]) -> AdvanceQueue {
        let mut q = AdvanceQueue::new();
        for (b, a) in items {
            assert_eq!(q.push(id(*b), *a), Ok(()));
        }
        q
    }

    #[test]
    fn fifo_with_partial_repayment() {
        let mut q = queue(&[(1, 100), (2, 50)]);
        let r = q.repay(30).unwrap_or_default();
        assert_eq!(
            r.as_slice(),
            &[Repayment {
                beneficiary: id(1),
                amount: 30
            }]
        );
        assert_eq!(r.total, 30);
        assert_eq!(q.active().map(|a| a.len()), Ok(2));
        assert_eq!(q.outstanding_total(), Ok(120));

        let r = q.repay(100).unwrap_or_default();
        assert_eq!(
            r.as_slice(),
            &[
                Repayment {
                    beneficiary: id(1),
                    amount: 70
                },
                Repayment {
                    beneficiary: id(2),
                    amount: 30
                }
            ]
        );
        assert_eq!(
            q.active(),
            Ok(&[Advance {
                beneficiary: id(2),
                outstanding: 20
            }][..])
        );

        let r = q.repay(u64::MAX).unwrap_or_default();
        assert_eq!(r.total, 20);
        assert_eq!(q.active().map(|a| a.len()), Ok(0));
        assert_eq!(q.repay(5).map(|r| r.count), Ok(0));
    }

    #[test]
    fn zero_available_changes_nothing() {
        let mut q = queue(&[(1, 7)]);
        let before = q;
        assert_eq!(q.repay(0).map(|r| (r.count, r.total)), Ok((0, 0)));
        assert_eq!(q, before);
    }

    #[test]
    fn limits_are_named_errors() {
        let mut q = AdvanceQueue::new();
        assert_eq!(q.push(id(1), 0), Err(MathError::ZeroAmount));
        for i in 0..MAX_ADVANCES {
            assert_eq!(q.push(id(i as u8), u64::MAX), Ok(()));
        }
        assert_eq!(q.push(id(9), 1), Err(MathError::AdvanceQueueFull));
        assert_eq!(
            q.outstanding_total(),
            Ok(MAX_ADVANCES as u128 * u64::MAX as u128)
        );
        q.len = 9;
        assert_eq!(q.repay(1), Err(MathError::LedgerInconsistent));
        assert_eq!(q.push(id(1), 1), Err(MathError::LedgerInconsistent));
        q.len = u64::MAX;
        assert_eq!(q.outstanding_total(), Err(MathError::LedgerInconsistent));
    }
}
