use anchor_lang::prelude::*;
use anchor_spl::token_interface::TokenInterface;

use crate::errors::{OrStakingError, StakingError};
use crate::events::Unstaked;
use crate::instructions::unstake::withdraw;
use crate::state::{Pool, Position};
use crate::token::Transfer;

/// Takes stake out before the lock ends: `floor(amount × early_exit_penalty_bps / 10_000)`
/// moves to the reward vault and is shared among the stakers that remain (through the
/// accumulator, after this position's weight is reduced); the rest goes to `destination`. After
/// the lock it behaves as `unstake`. Only pools created with a penalty (stake mint = reward
/// mint) offer it.
#[event_cpi]
#[derive(Accounts)]
pub struct EarlyExit<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        has_one = stake_mint @ StakingError::WrongStakeMint,
        has_one = stake_vault @ StakingError::WrongStakeVault,
        has_one = reward_vault @ StakingError::WrongRewardVault,
        constraint = pool.load()?.stake_token_program == stake_token_program.key() @ StakingError::WrongTokenProgram,
    )]
    pub pool: AccountLoader<'info, Pool>,
    #[account(
        mut,
        has_one = pool @ StakingError::WrongPool,
        has_one = owner @ StakingError::NotPositionOwner,
    )]
    pub position: AccountLoader<'info, Position>,
    /// CHECK: the pool's stake mint (has_one), which is also its reward mint.
    pub stake_mint: UncheckedAccount<'info>,
    /// CHECK: any token account of the stake mint; the token program checks the mint.
    #[account(mut)]
    pub destination: UncheckedAccount<'info>,
    /// CHECK: the pool's stake vault (has_one).
    #[account(mut)]
    pub stake_vault: UncheckedAccount<'info>,
    /// CHECK: the pool's reward vault (has_one): the penalty goes there.
    #[account(mut)]
    pub reward_vault: UncheckedAccount<'info>,
    pub stake_token_program: Interface<'info, TokenInterface>,
}

impl<'info> EarlyExit<'info> {
    pub fn validate(&self, amount: u64) -> Result<()> {
        let pool = self.pool.load()?;
        require!(!pool.is_paused(), StakingError::PoolPaused);
        require!(pool.early_exit_penalty_bps > 0, StakingError::EarlyExitDisabled);
        require!(amount > 0, StakingError::ZeroAmount);
        require!(amount <= self.position.load()?.stake.amount, StakingError::InsufficientStake);
        Ok(())
    }
}

pub fn handle_early_exit(ctx: Context<EarlyExit>, amount: u64) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let (out, signer) = {
        let mut pool = a.pool.load_mut()?;
        let penalty_bps = pool.penalty()?;
        let out = withdraw(&mut pool, &mut *a.position.load_mut()?, amount, penalty_bps, now)?;
        (out, pool.signer())
    };

    let token_program = a.stake_token_program.to_account_info();
    let mint = a.stake_mint.to_account_info();
    let stake_vault = a.stake_vault.to_account_info();
    let pool_info = a.pool.to_account_info();
    let reward_vault = a.reward_vault.to_account_info();
    let destination = a.destination.to_account_info();
    let seeds = signer.seeds();
    let mut from_vault = Transfer {
        token_program: &token_program,
        mint: &mint,
        decimals: out.decimals,
        from: &stake_vault,
        to: &reward_vault,
        authority: &pool_info,
    };
    let penalty_received = if out.penalty > 0 {
        from_vault.send_measured(out.penalty, &[&seeds])?
    } else {
        0
    };
    if out.returned > 0 {
        from_vault.to = &destination;
        from_vault.send(out.returned, &[&seeds])?;
    }

    let (total_staked, total_weight) = {
        let mut pool = a.pool.load_mut()?;
        let mut rewards = pool.reward_pool();
        if penalty_received > 0 {
            rewards.distribute(penalty_received).or_staking()?;
            pool.check_accumulator_headroom(&rewards, 0)?;
            pool.rewards = rewards.into();
            Pool::add_total(&mut pool.total_penalties, penalty_received)?;
        }
        (pool.total_staked, rewards.total_weight)
    };

    emit_cpi!(Unstaked {
        pool: a.pool.key(),
        position: a.position.key(),
        owner: a.owner.key(),
        amount,
        returned: out.returned,
        penalty: out.penalty,
        penalty_received,
        position_amount: out.position_amount,
        total_staked,
        total_weight,
    });
    Ok(())
}
