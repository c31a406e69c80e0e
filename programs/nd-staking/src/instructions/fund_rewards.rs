use anchor_lang::prelude::*;
use anchor_spl::token_interface::TokenInterface;
use nd_math::MathError;

use crate::constants::MAX_REWARD_PERIOD_SECS;
use crate::errors::{OrStakingError, StakingError};
use crate::events::RewardsFunded;
use crate::state::{Pool, RewardState};
use crate::token::Transfer;

/// Anyone may fund; another program funds by signing for `funder` with its PDA seeds (the
/// market routes the stakers' share of its fees this way). Accounts, in order:
/// funder (signer), pool (mut), reward_mint, funder_tokens (mut), reward_vault (mut),
/// reward_token_program, event_authority, program.
#[event_cpi]
#[derive(Accounts)]
pub struct FundRewards<'info> {
    /// Authority over `funder_tokens` (owner or delegate); may be a PDA of a calling program.
    pub funder: Signer<'info>,
    #[account(
        mut,
        has_one = reward_mint @ StakingError::WrongRewardMint,
        has_one = reward_vault @ StakingError::WrongRewardVault,
        constraint = pool.load()?.reward_token_program == reward_token_program.key() @ StakingError::WrongTokenProgram,
    )]
    pub pool: AccountLoader<'info, Pool>,
    /// CHECK: the pool's reward mint (has_one); the token program checks it against the accounts.
    pub reward_mint: UncheckedAccount<'info>,
    /// CHECK: any token account of the reward mint that `funder` may spend; the token program
    /// checks mint and authority.
    #[account(mut)]
    pub funder_tokens: UncheckedAccount<'info>,
    /// CHECK: the pool's reward vault (has_one).
    #[account(mut)]
    pub reward_vault: UncheckedAccount<'info>,
    pub reward_token_program: Interface<'info, TokenInterface>,
}

impl<'info> FundRewards<'info> {
    pub fn validate(&self, amount: u64, period_secs: u64) -> Result<()> {
        require!(!self.pool.load()?.is_paused(), StakingError::PoolPaused);
        require!(amount > 0, StakingError::ZeroAmount);
        require!(period_secs > 0, StakingError::ZeroPeriod);
        require!(period_secs <= MAX_REWARD_PERIOD_SECS, StakingError::PeriodTooLong);
        Ok(())
    }
}

/// Starts a new period of `period_secs` streaming what the vault received plus everything not
/// yet handed out. While a period runs, the new one may not end earlier (which would hand the
/// rest of the stream to whoever is staked at that moment) nor stream at a lower rate (which
/// would stretch it); `Pool::routing_period_secs` gives a period that always passes.
pub fn handle_fund_rewards(ctx: Context<FundRewards>, amount: u64, period_secs: u64) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let decimals = a.pool.load()?.reward_decimals;
    let received = Transfer {
        token_program: &a.reward_token_program.to_account_info(),
        mint: &a.reward_mint.to_account_info(),
        decimals,
        from: &a.funder_tokens.to_account_info(),
        to: &a.reward_vault.to_account_info(),
        authority: &a.funder.to_account_info(),
    }
    .send_measured(amount, &[])?;
    require!(received > 0, StakingError::ZeroAmount);

    let mut pool = a.pool.load_mut()?;
    let mut rewards = pool.reward_pool();
    rewards.update(now).or_staking()?;
    let running_left = rewards.remaining().or_staking()?;
    let running_secs = rewards.period_end.saturating_sub(now);
    let budget = rewards.fund(received, period_secs, now).map_err(|e| match e {
        MathError::Overflow => error!(StakingError::RewardRateOverflow),
        other => error!(StakingError::from(other)),
    })?;
    if running_left > 0 && running_secs > 0 {
        let running_secs = running_secs as u64;
        require!(period_secs >= running_secs, StakingError::PeriodEndsTooSoon);
        // budget / period_secs ≥ running_left / running_secs, without division.
        let new_side = u128::from(budget) * u128::from(running_secs);
        let old_side = u128::from(running_left) * u128::from(period_secs);
        require!(new_side >= old_side, StakingError::RewardRateWouldDrop);
    }
    pool.check_accumulator_headroom(&rewards, 0)?;
    pool.rewards = RewardState::from(rewards);
    Pool::add_total(&mut pool.total_funded, received)?;
    drop(pool);

    emit_cpi!(RewardsFunded {
        pool: a.pool.key(),
        funder: a.funder.key(),
        amount,
        received,
        budget,
        period_start: rewards.period_start,
        period_end: rewards.period_end,
    });
    Ok(())
}
