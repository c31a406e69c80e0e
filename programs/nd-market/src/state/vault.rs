use anchor_lang::prelude::*;

use crate::{MarketError, MathResultExt, SplitAccumulator, NATIVE_MINT, VAULT_SEED};

/// Money of one split in one mint, at ["vault", split, mint]. For native SOL the Vault account
/// itself holds the lamports (everything above its rent-exempt minimum); for tokens they sit in
/// the token account ["vault_tokens", vault] whose authority is this PDA. Buys touch only this
/// small account, so a sale costs the same whatever the number of recipients.
///
/// Invariant: money held ≥ escrowed + fees_owed + staking_owed + credits_owed + Σ unclaimed
/// entitlements (accumulator minus what recipients have claimed).
#[account]
#[derive(InitSpace)]
pub struct Vault {
    pub split: Pubkey,
    /// All-zero for native SOL.
    pub mint: Pubkey,
    /// All-zero for native SOL.
    pub token_program: Pubkey,
    /// The vault token account (all-zero for native SOL).
    pub tokens: Pubkey,
    pub decimals: u8,
    pub accumulator: SplitAccumulator,
    /// Escrowed payments not yet settled or refunded (what the vault received for them).
    pub escrowed: u64,
    /// Platform fees claimable by the treasury.
    pub fees_owed: u64,
    /// The staking share of fees, kept for the staking program.
    pub staking_owed: u64,
    /// Sum of every Credit account's `owed` in this vault (referrals, advance repayments).
    pub credits_owed: u64,
    /// Reporting totals, never decreasing.
    pub gross_in: u128,
    pub fees_total: u128,
    pub referrals_total: u128,
    pub refunded_total: u128,
    pub claimed_total: u128,
    pub bump: u8,
    pub tokens_bump: u8,
}

/// Amounts of one sale as they are booked: `seller + tip` goes to the split.
#[derive(Clone, Copy, Debug, Default)]
pub struct Booking {
    pub fee: u64,
    pub referral: u64,
    pub seller: u64,
    pub tip: u64,
}

impl Vault {
    pub fn is_native(&self) -> bool {
        self.mint == NATIVE_MINT
    }

    pub fn signer_seeds(&self) -> [&[u8]; 4] {
        [VAULT_SEED, self.split.as_ref(), self.mint.as_ref(), core::slice::from_ref(&self.bump)]
    }

    /// Books a settled sale: the fee (minus the staking share) for the treasury, the referral for
    /// the referrer's Credit, the rest credited to the split's accumulator.
    pub fn book_sale(&mut self, b: &Booking, staking_share_bps: u16) -> Result<()> {
        let staking = nd_math::Bps::new(staking_share_bps as u64).named()?.apply(b.fee).named()?;
        let treasury = b.fee.checked_sub(staking).ok_or(MarketError::MathOverflow)?;
        self.fees_owed = self.fees_owed.checked_add(treasury).ok_or(MarketError::MathOverflow)?;
        self.staking_owed = self.staking_owed.checked_add(staking).ok_or(MarketError::MathOverflow)?;
        self.credits_owed = self.credits_owed.checked_add(b.referral).ok_or(MarketError::MathOverflow)?;
        let to_split = b.seller.checked_add(b.tip).ok_or(MarketError::MathOverflow)?;
        let mut acc: nd_math::SplitAccumulator = self.accumulator.into();
        acc.credit(to_split).named()?;
        self.accumulator = acc.into();
        self.fees_total = self.fees_total.saturating_add(b.fee as u128);
        self.referrals_total = self.referrals_total.saturating_add(b.referral as u128);
        Ok(())
    }

    pub fn hold_in_escrow(&mut self, amount: u64) -> Result<()> {
        self.escrowed = self.escrowed.checked_add(amount).ok_or(MarketError::MathOverflow)?;
        Ok(())
    }

    pub fn release_escrow(&mut self, amount: u64) -> Result<()> {
        self.escrowed = self.escrowed.checked_sub(amount).ok_or(MarketError::LedgerInconsistent)?;
        Ok(())
    }
}
