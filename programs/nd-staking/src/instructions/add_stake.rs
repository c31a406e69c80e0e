use anchor_lang::prelude::*;
use anchor_spl::token_interface::TokenInterface;

use crate::errors::{OrStakingError, StakingError};
use crate::events::Staked;
use crate::state::{Pool, Position, StakeState};
use crate::token::Transfer;

/// Adds stake to an existing position at its current multiplier; the lock end does not move.
#[event_cpi]
#[derive(Accounts)]
pub struct AddStake<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        has_one = stake_mint @ StakingError::WrongStakeMint,
        has_one = stake_vault @ StakingError::WrongStakeVault,
        constraint = pool.load()?.stake_token_program == stake_token_program.key() @ StakingError::WrongTokenProgram,
    )]
    pub pool: AccountLoader<'info, Pool>,
    #[account(
        mut,
        has_one = pool @ StakingError::WrongPool,
        has_one = owner @ StakingError::NotPositionOwner,
    )]
    pub position: AccountLoader<'info, Position>,
    /// CHECK: the pool's stake mint (has_one).
    pub stake_mint: UncheckedAccount<'info>,
    /// CHECK: the token program checks its mint and that `owner` may spend it.
    #[account(mut)]
    pub owner_tokens: UncheckedAccount<'info>,
    /// CHECK: the pool's stake vault (has_one).
    #[account(mut)]
    pub stake_vault: UncheckedAccount<'info>,
    pub stake_token_program: Interface<'info, TokenInterface>,
}

impl<'info> AddStake<'info> {
    pub fn validate(&self, amount: u64) -> Result<()> {
        require!(!self.pool.load()?.is_paused(), StakingError::PoolPaused);
        require!(amount > 0, StakingError::ZeroAmount);
        Ok(())
    }
}

/// The accounts a deposit into a position moves tokens between (shared by `stake` and
/// `add_stake`).
pub struct Deposit<'a, 'info> {
    pub pool: &'a AccountLoader<'info, Pool>,
    pub owner: &'a Signer<'info>,
    pub owner_tokens: &'a AccountInfo<'info>,
    pub stake_vault: &'a AccountInfo<'info>,
    pub stake_mint: &'a AccountInfo<'info>,
    pub token_program: &'a Interface<'info, TokenInterface>,
}

impl<'a, 'info> Deposit<'a, 'info> {
    /// Moves `amount` from the owner into the stake vault; returns what arrived.
    pub fn transfer_in(&self, amount: u64) -> Result<u64> {
        let decimals = self.pool.load()?.stake_decimals;
        let received = Transfer {
            token_program: &self.token_program.to_account_info(),
            mint: self.stake_mint,
            decimals,
            from: self.owner_tokens,
            to: self.stake_vault,
            authority: &self.owner.to_account_info(),
        }
        .send_measured(amount, &[])?;
        require!(received > 0, StakingError::ZeroAmount);
        Ok(received)
    }

    /// Books `received` on the position through `nd_math::stake` and describes it.
    pub fn book(&self, position_key: Pubkey, position: &mut Position, amount: u64, received: u64, now: i64) -> Result<Staked> {
        let mut pool = self.pool.load_mut()?;
        let mut rewards = pool.reward_pool();
        let mut stake: nd_math::StakePosition = position.stake.into();
        nd_math::stake(&mut rewards, &mut stake, received, now).or_staking()?;
        require!(stake.amount >= pool.min_stake, StakingError::StakeBelowMinimum);
        pool.rewards = rewards.into();
        position.stake = StakeState::from(stake);
        pool.total_staked = pool
            .total_staked
            .checked_add(received)
            .ok_or(StakingError::MathOverflow)?;
        Ok(Staked {
            pool: self.pool.key(),
            position: position_key,
            owner: self.owner.key(),
            amount,
            received,
            position_amount: stake.amount,
            weight: stake.weight,
            multiplier_bps: stake.multiplier_bps,
            lock_end: stake.lock_end,
            total_staked: pool.total_staked,
            total_weight: rewards.total_weight,
        })
    }
}

pub fn handle_add_stake(ctx: Context<AddStake>, amount: u64) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let deposit = Deposit {
        pool: &a.pool,
        owner: &a.owner,
        owner_tokens: &a.owner_tokens,
        stake_vault: &a.stake_vault,
        stake_mint: &a.stake_mint,
        token_program: &a.stake_token_program,
    };
    let received = deposit.transfer_in(amount)?;
    let event = deposit.book(a.position.key(), &mut *a.position.load_mut()?, amount, received, now)?;
    emit_cpi!(event);
    Ok(())
}
