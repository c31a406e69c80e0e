use anchor_lang::prelude::*;

use crate::Booking;

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PurchaseState {
    Settled,
    Escrowed { release_at: i64 },
    Refunded,
}

/// Access receipt at ["purchase", track, beneficiary]. Access = the account exists and its
/// state is not Refunded.
#[account]
#[derive(InitSpace)]
pub struct Purchase {
    pub track: Pubkey,
    pub buyer: Pubkey,
    pub beneficiary: Pubkey,
    /// Paid the rent; `close_purchase` returns it here.
    pub payer: Pubkey,
    pub referrer: Option<Pubkey>,
    /// Price as the vault received it (net of any transfer fee), tips excluded.
    pub price_paid: u64,
    pub tip: u64,
    pub fee: u64,
    pub referral: u64,
    pub state: PurchaseState,
    pub purchased_at: i64,
    pub bump: u8,
}

impl Purchase {
    /// What the vault received for this purchase (a refund returns exactly this).
    pub fn received(&self) -> Result<u64> {
        Ok(self.price_paid.checked_add(self.tip).ok_or(crate::MarketError::MathOverflow)?)
    }

    pub fn booking(&self) -> Result<Booking> {
        let seller = self
            .price_paid
            .checked_sub(self.fee)
            .and_then(|v| v.checked_sub(self.referral))
            .ok_or(crate::MarketError::LedgerInconsistent)?;
        Ok(Booking { fee: self.fee, referral: self.referral, seller, tip: self.tip })
    }
}

impl Purchase {
    /// When the dispute window of an escrowed purchase ends; a settled or refunded purchase
    /// cannot be settled or refunded again.
    pub fn escrow_release_at(&self) -> Result<i64> {
        match self.state {
            PurchaseState::Escrowed { release_at } => Ok(release_at),
            PurchaseState::Settled => err!(crate::MarketError::AlreadySettled),
            PurchaseState::Refunded => err!(crate::MarketError::AlreadyRefunded),
        }
    }
}
