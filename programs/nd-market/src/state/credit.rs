use anchor_lang::prelude::*;

/// What the vault owes one wallet outside the split (referral earnings, advance repayments), at
/// ["credit", vault, owner]; paid out by `claim_credit`.
#[account]
#[derive(InitSpace)]
pub struct Credit {
    pub owner: Pubkey,
    pub vault: Pubkey,
    pub owed: u64,
    /// Everything ever credited, for reporting.
    pub total: u128,
    pub bump: u8,
}

impl Credit {
    /// Fills a freshly created (all-zero) Credit; an existing one keeps its identity.
    pub fn ensure_initialised(&mut self, owner: Pubkey, vault: Pubkey, bump: u8) {
        if self.owner == Pubkey::default() {
            self.owner = owner;
            self.vault = vault;
            self.bump = bump;
        }
    }

    pub fn add(&mut self, amount: u64) -> Result<()> {
        self.owed = self.owed.checked_add(amount).ok_or(crate::MarketError::MathOverflow)?;
        self.total = self.total.saturating_add(amount as u128);
        Ok(())
    }
}
