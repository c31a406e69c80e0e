use anchor_lang::prelude::*;

use crate::{
    check_destination, pay_from_vault, vault_token_accounts, Advances, Claimed, Credit, Ledgers, MarketError, MathResultExt,
    Split, Vault,
};

/// Pays recipient `recipient_index` what it has earned in this vault and not yet claimed,
/// repaying its advances first (oldest first). Permissionless: the money can only go to the
/// recipient's wallet (SOL) or a token account it owns.
///
/// Remaining accounts: the Credit account of each beneficiary the claim repays, in queue order
/// (the SDK reads the Advances account to list them).
#[event_cpi]
#[derive(Accounts)]
pub struct Claim<'info> {
    pub split: Box<Account<'info, Split>>,
    #[account(mut, has_one = split @ MarketError::WrongVault)]
    pub vault: Box<Account<'info, Vault>>,
    #[account(mut, has_one = vault @ MarketError::WrongLedgers)]
    pub ledgers: Box<Account<'info, Ledgers>>,
    /// Required when the recipient has outstanding advances in this vault.
    #[account(mut)]
    pub advances: Option<Box<Account<'info, Advances>>>,
    /// CHECK: checked by `check_destination` against the recipient's wallet.
    #[account(mut)]
    pub destination: UncheckedAccount<'info>,
    /// CHECK: token vaults only; must be the vault's mint.
    pub mint: Option<UncheckedAccount<'info>>,
    /// CHECK: token vaults only; must be the vault's token account.
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// CHECK: token vaults only; must be the vault's token program.
    pub token_program: Option<UncheckedAccount<'info>>,
}

impl<'info> Claim<'info> {
    fn validate(&self, recipient_index: u8) -> Result<()> {
        let wallet = self.split.recipient(recipient_index)?.wallet;
        match &self.advances {
            Some(advances) => require!(
                advances.vault == self.vault.key() && advances.recipient_index == recipient_index,
                MarketError::WrongAdvancesAccount
            ),
            None => require!(!self.ledgers.has_advances(recipient_index), MarketError::AdvancesAccountRequired),
        }
        check_destination(&self.vault, &self.destination, &wallet)
    }

    #[access_control(ctx.accounts.validate(recipient_index))]
    pub fn claim(ctx: Context<'_, '_, 'info, 'info, Self>, recipient_index: u8) -> Result<()> {
        let released = ctx.accounts.release(ctx.remaining_accounts, recipient_index)?;
        let accounts = &mut *ctx.accounts;
        if released.to_recipient > 0 {
            let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?;
            let vault = &accounts.vault;
            pay_from_vault(vault, &vault.to_account_info(), tokens.as_ref(), accounts.destination.as_ref(), released.to_recipient)?;
        }
        let event = Claimed {
            vault: accounts.vault.key(),
            recipient: accounts.split.recipient(recipient_index)?.wallet,
            recipient_index,
            gross: released.gross,
            to_recipient: released.to_recipient,
            repaid: released.repaid,
        };
        emit_cpi!(event);
        Ok(())
    }

    /// Books the claim: the ledger, the advance queue and the beneficiaries' Credits. Kept out of
    /// line so the math's queue and repayment arrays get a stack frame of their own.
    #[inline(never)]
    fn release(&mut self, credits: &'info [AccountInfo<'info>], recipient_index: u8) -> Result<Released> {
        let mut queue: nd_math::AdvanceQueue = self.advances.as_ref().map(|a| a.queue.into()).unwrap_or_default();
        let claim = self.ledgers.claim(recipient_index, &self.vault.accumulator, &mut queue).named()?;
        require!(claim.gross > 0, MarketError::NothingToClaim);

        let vault_key = self.vault.key();
        let repayments = claim.repayments.as_slice();
        require!(credits.len() == repayments.len(), MarketError::RepaymentCreditMismatch);
        for (repayment, info) in repayments.iter().zip(credits) {
            let mut credit: Box<Account<Credit>> = Box::new(Account::try_from(info)?);
            require!(
                info.is_writable && credit.vault == vault_key && credit.owner.to_bytes() == repayment.beneficiary,
                MarketError::RepaymentCreditMismatch
            );
            credit.add(repayment.amount)?;
            credit.exit(&crate::ID)?;
        }
        if let Some(advances) = self.advances.as_mut() {
            advances.queue = queue.into();
            self.ledgers.set_has_advances(recipient_index, queue.len > 0);
        }
        let vault = &mut self.vault;
        vault.credits_owed = vault.credits_owed.checked_add(claim.repayments.total).ok_or(MarketError::MathOverflow)?;
        vault.claimed_total = vault.claimed_total.saturating_add(claim.gross as u128);
        Ok(Released { gross: claim.gross, to_recipient: claim.to_recipient, repaid: claim.repayments.total })
    }
}

pub struct Released {
    pub gross: u64,
    pub to_recipient: u64,
    pub repaid: u64,
}
