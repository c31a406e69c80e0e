use anchor_lang::prelude::*;

use crate::{check_destination, pay_from_vault, vault_token_accounts, Credit, CreditClaimed, MarketError, Vault};

/// Pays a Credit (referral earnings, advance repayments) to its owner. Permissionless: the
/// money can only go to the owner's wallet (SOL) or a token account it owns.
#[event_cpi]
#[derive(Accounts)]
pub struct ClaimCredit<'info> {
    #[account(mut, has_one = vault @ MarketError::WrongVault)]
    pub credit: Box<Account<'info, Credit>>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    /// CHECK: checked by `check_destination` against the credit's owner.
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

impl ClaimCredit<'_> {
    fn validate(&self) -> Result<()> {
        require!(self.credit.owed > 0, MarketError::NothingToClaim);
        check_destination(&self.vault, &self.destination, &self.credit.owner)
    }

    #[access_control(ctx.accounts.validate())]
    pub fn claim_credit(ctx: Context<Self>) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?;
        let amount = accounts.credit.owed;
        accounts.credit.owed = 0;
        let vault = &mut accounts.vault;
        vault.credits_owed = vault.credits_owed.checked_sub(amount).ok_or(MarketError::LedgerInconsistent)?;
        pay_from_vault(vault, &vault.to_account_info(), tokens.as_ref(), accounts.destination.as_ref(), amount)?;
        let event = CreditClaimed { vault: vault.key(), owner: accounts.credit.owner, amount };
        emit_cpi!(event);
        Ok(())
    }
}
