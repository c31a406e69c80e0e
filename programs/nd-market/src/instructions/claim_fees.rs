use anchor_lang::prelude::*;

use crate::{check_destination, pay_from_vault, vault_token_accounts, FeesClaimed, MarketError, Platform, Vault, PLATFORM_SEED};

/// Pays the platform fees booked in a vault to the treasury. Permissionless.
#[event_cpi]
#[derive(Accounts)]
pub struct ClaimFees<'info> {
    #[account(seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    /// The treasury wallet (SOL) or a token account of the vault's mint it owns.
    /// CHECK: checked by `check_destination`.
    #[account(mut)]
    pub treasury_destination: UncheckedAccount<'info>,
    /// CHECK: token vaults only; must be the vault's mint.
    pub mint: Option<UncheckedAccount<'info>>,
    /// CHECK: token vaults only; must be the vault's token account.
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// CHECK: token vaults only; must be the vault's token program.
    pub token_program: Option<UncheckedAccount<'info>>,
}

impl ClaimFees<'_> {
    fn validate(&self) -> Result<()> {
        require!(self.vault.fees_owed > 0, MarketError::NothingToClaim);
        check_destination(&self.vault, &self.treasury_destination, &self.platform.treasury)
            .map_err(|_| error!(MarketError::WrongTreasury))
    }

    #[access_control(ctx.accounts.validate())]
    pub fn claim_fees(ctx: Context<Self>) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?;
        let vault = &mut accounts.vault;
        let amount = vault.fees_owed;
        vault.fees_owed = 0;
        pay_from_vault(vault, &vault.to_account_info(), tokens.as_ref(), accounts.treasury_destination.as_ref(), amount)?;
        let event = FeesClaimed { vault: vault.key(), treasury: accounts.platform.treasury, amount };
        emit_cpi!(event);
        Ok(())
    }
}
