//! Token moves through `transfer_checked`, for SPL Token and Token-2022 alike.
use anchor_lang::prelude::*;
use anchor_spl::token_interface::{self, TransferChecked};

use crate::errors::StakingError;

/// Offset of `amount` in an SPL Token or Token-2022 account (after mint and owner).
const AMOUNT_OFFSET: usize = 64;

/// A token account's balance, read from its data without deserialising the rest (the
/// accounts are validated by address against the pool or by the token program itself).
pub fn token_amount(account: &AccountInfo) -> Result<u64> {
    let data = account.try_borrow_data()?;
    let bytes: [u8; 8] = data
        .get(AMOUNT_OFFSET..AMOUNT_OFFSET + 8)
        .and_then(|s| s.try_into().ok())
        .ok_or(StakingError::LedgerInconsistent)?;
    Ok(u64::from_le_bytes(bytes))
}

/// One `transfer_checked`.
pub struct Transfer<'a, 'info> {
    pub token_program: &'a AccountInfo<'info>,
    pub mint: &'a AccountInfo<'info>,
    pub decimals: u8,
    pub from: &'a AccountInfo<'info>,
    pub to: &'a AccountInfo<'info>,
    pub authority: &'a AccountInfo<'info>,
}

impl<'a, 'info> Transfer<'a, 'info> {
    pub fn send(&self, amount: u64, signer_seeds: &[&[&[u8]]]) -> Result<()> {
        token_interface::transfer_checked(
            CpiContext::new_with_signer(
                self.token_program.clone(),
                TransferChecked {
                    from: self.from.clone(),
                    mint: self.mint.clone(),
                    to: self.to.clone(),
                    authority: self.authority.clone(),
                },
                signer_seeds,
            ),
            amount,
            self.decimals,
        )
    }

    /// Moves `amount` into a vault and returns what the vault actually received, which is less
    /// than `amount` when a Token-2022 transfer fee is withheld. Only what arrived is booked, so
    /// the vaults never owe more than they hold.
    pub fn send_measured(&self, amount: u64, signer_seeds: &[&[&[u8]]]) -> Result<u64> {
        let before = token_amount(self.to)?;
        self.send(amount, signer_seeds)?;
        let after = token_amount(self.to)?;
        Ok(after.checked_sub(before).ok_or(StakingError::LedgerInconsistent)?)
    }
}
