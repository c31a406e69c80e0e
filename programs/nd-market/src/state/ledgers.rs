use anchor_lang::prelude::*;

use crate::{RecipientAccount, RECIPIENT_SLOTS};

/// Per-recipient accounting of one vault, at ["ledgers", vault]. Only claims and share changes
/// touch it, never buys.
#[account]
#[derive(InitSpace)]
pub struct Ledgers {
    pub vault: Pubkey,
    /// Slot i belongs to the split's recipient slot i.
    pub recipients: [RecipientAccount; RECIPIENT_SLOTS],
    /// Bit i set ⇔ recipient i has outstanding advances in this vault (its Advances account is
    /// then required to claim).
    pub advance_mask: u32,
    pub bump: u8,
}

impl Ledgers {
    pub fn has_advances(&self, index: u8) -> bool {
        self.advance_mask & (1u32 << (index as u32 % 32)) != 0
    }

    pub fn set_has_advances(&mut self, index: u8, outstanding: bool) {
        let bit = 1u32 << (index as u32 % 32);
        if outstanding {
            self.advance_mask |= bit;
        } else {
            self.advance_mask &= !bit;
        }
    }
}

impl Ledgers {
    /// Shares of a fresh vault (nothing deposited yet) for the split's used slots.
    #[inline(never)]
    pub fn install_shares(
        &mut self,
        acc: &crate::SplitAccumulator,
        shares: &[nd_math::Ppm; RECIPIENT_SLOTS],
        count: u8,
    ) -> nd_math::MathResult<()> {
        let n = count as usize;
        let mut math = [nd_math::RecipientAccount::default(); RECIPIENT_SLOTS];
        crate::to_math_recipients(&self.recipients, &mut math);
        nd_math::set_shares(
            &(*acc).into(),
            math.get_mut(..n).ok_or(nd_math::MathError::TooManyRecipients)?,
            shares.get(..n).ok_or(nd_math::MathError::TooManyRecipients)?,
        )?;
        crate::from_math_recipients(&math, &mut self.recipients);
        Ok(())
    }

    /// Books everyone's entitlement under the old shares, then installs the new ones.
    #[inline(never)]
    pub fn change_shares(
        &mut self,
        acc: &mut crate::SplitAccumulator,
        shares: &[nd_math::Ppm; RECIPIENT_SLOTS],
        count: u8,
    ) -> nd_math::MathResult<u64> {
        let n = count as usize;
        let mut math = [nd_math::RecipientAccount::default(); RECIPIENT_SLOTS];
        crate::to_math_recipients(&self.recipients, &mut math);
        let mut split: nd_math::SplitAccumulator = (*acc).into();
        let dust = nd_math::change_shares(
            &mut split,
            math.get_mut(..n).ok_or(nd_math::MathError::TooManyRecipients)?,
            shares.get(..n).ok_or(nd_math::MathError::TooManyRecipients)?,
        )?;
        crate::from_math_recipients(&math, &mut self.recipients);
        *acc = split.into();
        Ok(dust)
    }

    /// Releases what recipient `index` can claim, repaying `queue` first.
    #[inline(never)]
    pub fn claim(
        &mut self,
        index: u8,
        acc: &crate::SplitAccumulator,
        queue: &mut nd_math::AdvanceQueue,
    ) -> nd_math::MathResult<nd_math::SplitClaim> {
        let slot = self.recipients.get_mut(index as usize).ok_or(nd_math::MathError::LengthMismatch)?;
        let mut r: nd_math::RecipientAccount = (*slot).into();
        let claim = nd_math::claim(&(*acc).into(), &mut r, queue)?;
        *slot = r.into();
        Ok(claim)
    }
}
