use anchor_lang::prelude::*;
use nd_staking::program::NdStaking;
use nd_staking::Pool;

use crate::{vault_token_accounts, MarketError, Platform, StakingFeesRouted, Vault, PLATFORM_SEED, STAKING_ROUTE_PERIOD_SECS};

/// Moves the stakers' share of a vault's fees into the nd-staking pool that stakes the platform
/// token and rewards the vault's mint, through the pool's own `fund_rewards`, so the pool's
/// accounting (and its guards on the reward stream) stays the only source of truth. Permissionless:
/// the destination is fixed by the platform, and the period is one the pool always accepts.
#[derive(Accounts)]
pub struct RouteStakingFees<'info> {
    #[account(seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
    #[account(mut)]
    pub vault: Box<Account<'info, Vault>>,
    /// CHECK: must be the vault's mint (checked against it); the token program checks the rest.
    pub mint: Option<UncheckedAccount<'info>>,
    /// CHECK: must be the vault's token account (checked against it).
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// CHECK: must be the vault's token program (checked against it).
    pub token_program: Option<UncheckedAccount<'info>>,
    /// The pool is an nd-staking account (owner and type checked by the loader); its mints are
    /// checked against the platform and the vault, which identifies the one PDA for that pair.
    #[account(mut)]
    pub pool: AccountLoader<'info, Pool>,
    /// CHECK: nd-staking checks it is the pool's reward vault.
    #[account(mut)]
    pub reward_vault: UncheckedAccount<'info>,
    /// CHECK: nd-staking's event authority, checked by nd-staking.
    pub staking_event_authority: UncheckedAccount<'info>,
    pub staking_program: Program<'info, NdStaking>,
}

impl RouteStakingFees<'_> {
    fn validate(&self) -> Result<()> {
        require_keys_neq!(self.platform.stake_mint, Pubkey::default(), MarketError::StakingRouteDisabled);
        require!(!self.vault.is_native(), MarketError::StakingRouteNeedsTokenVault);
        require!(self.vault.staking_owed > 0, MarketError::NothingToClaim);
        let pool = self.pool.load()?;
        require!(pool.stake_mint == self.platform.stake_mint && pool.reward_mint == self.vault.mint, MarketError::WrongStakingPool);
        Ok(())
    }

    #[access_control(ctx.accounts.validate())]
    pub fn route_staking_fees(ctx: Context<Self>) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let tokens = vault_token_accounts(&accounts.vault, &accounts.mint, &accounts.vault_tokens, &accounts.token_program)?
            .ok_or(MarketError::StakingRouteNeedsTokenVault)?;
        let now = Clock::get()?.unix_timestamp;
        let period_secs = accounts.pool.load()?.routing_period_secs(now, STAKING_ROUTE_PERIOD_SECS);
        let amount = accounts.vault.staking_owed;
        accounts.vault.staking_owed = 0;

        let vault = &accounts.vault;
        let seeds = vault.signer_seeds();
        nd_staking::cpi::fund_rewards(
            CpiContext::new_with_signer(
                accounts.staking_program.to_account_info(),
                nd_staking::cpi::accounts::FundRewards {
                    funder: vault.to_account_info(),
                    pool: accounts.pool.to_account_info(),
                    reward_mint: tokens.mint.clone(),
                    funder_tokens: tokens.vault_tokens.clone(),
                    reward_vault: accounts.reward_vault.to_account_info(),
                    reward_token_program: tokens.token_program.clone(),
                    event_authority: accounts.staking_event_authority.to_account_info(),
                    program: accounts.staking_program.to_account_info(),
                },
                &[&seeds],
            ),
            amount,
            period_secs,
        )?;
        emit!(StakingFeesRouted { vault: vault.key(), pool: accounts.pool.key(), amount, period_secs });
        Ok(())
    }
}
