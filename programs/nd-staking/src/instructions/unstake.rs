use anchor_lang::prelude::*;
use anchor_spl::token_interface::TokenInterface;
use nd_math::Bps;

use crate::errors::{OrStakingError, StakingError};
use crate::events::Unstaked;
use crate::state::{Pool, Position, StakeState};
use crate::token::Transfer;

/// Takes stake out of a position whose lock has ended. Before `lock_end` this fails with
/// `StillLocked`; leaving early is the separate `early_exit`, so nobody pays a penalty by accident.
#[event_cpi]
#[derive(Accounts)]
pub struct Unstake<'info> {
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
    /// CHECK: any token account of the stake mint; the token program checks the mint.
    #[account(mut)]
    pub destination: UncheckedAccount<'info>,
    /// CHECK: the pool's stake vault (has_one).
    #[account(mut)]
    pub stake_vault: UncheckedAccount<'info>,
    pub stake_token_program: Interface<'info, TokenInterface>,
}

impl<'info> Unstake<'info> {
    pub fn validate(&self, amount: u64) -> Result<()> {
        require!(!self.pool.load()?.is_paused(), StakingError::PoolPaused);
        require!(amount > 0, StakingError::ZeroAmount);
        let position = self.position.load()?;
        require!(amount <= position.stake.amount, StakingError::InsufficientStake);
        let now = Clock::get()?.unix_timestamp;
        require!(now >= position.stake.lock_end, StakingError::StillLocked);
        Ok(())
    }
}

/// What `withdraw` changed, for the caller's transfers and event.
pub struct Withdrawal {
    pub returned: u64,
    pub penalty: u64,
    pub position_amount: u64,
    pub decimals: u8,
}

/// Books `amount` out of the position through `nd_math::unstake` with no penalty; the caller
/// moves the tokens. The penalty (before the lock ends) is computed here as nd-math would and
/// booked by `early_exit` once the reward vault has received it, since a transfer fee may take
/// part of it on the way.
pub fn withdraw(pool: &mut Pool, position: &mut Position, amount: u64, penalty_bps: Bps, now: i64) -> Result<Withdrawal> {
    let mut rewards = pool.reward_pool();
    let mut stake: nd_math::StakePosition = position.stake.into();
    let penalty = if now < stake.lock_end { penalty_bps.apply(amount).or_staking()? } else { 0 };
    let out = nd_math::unstake(&mut rewards, &mut stake, amount, now, Bps::ZERO).or_staking()?;
    require!(
        stake.amount == 0 || stake.amount >= pool.min_stake,
        StakingError::StakeBelowMinimum
    );
    pool.rewards = rewards.into();
    position.stake = StakeState::from(stake);
    pool.total_staked = pool
        .total_staked
        .checked_sub(amount)
        .ok_or(StakingError::LedgerInconsistent)?;
    let returned = out.returned.checked_sub(penalty).ok_or(StakingError::LedgerInconsistent)?;
    Ok(Withdrawal {
        returned,
        penalty,
        position_amount: stake.amount,
        decimals: pool.stake_decimals,
    })
}

pub fn handle_unstake(ctx: Context<Unstake>, amount: u64) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let (out, signer, total_staked, total_weight) = {
        let mut pool = a.pool.load_mut()?;
        let out = withdraw(&mut pool, &mut *a.position.load_mut()?, amount, Bps::ZERO, now)?;
        (out, pool.signer(), pool.total_staked, pool.rewards.total_weight.get())
    };
    Transfer {
        token_program: &a.stake_token_program.to_account_info(),
        mint: &a.stake_mint.to_account_info(),
        decimals: out.decimals,
        from: &a.stake_vault.to_account_info(),
        to: &a.destination.to_account_info(),
        authority: &a.pool.to_account_info(),
    }
    .send(out.returned, &[&signer.seeds()])?;

    emit_cpi!(Unstaked {
        pool: a.pool.key(),
        position: a.position.key(),
        owner: a.owner.key(),
        amount,
        returned: out.returned,
        penalty: 0,
        penalty_received: 0,
        position_amount: out.position_amount,
        total_staked,
        total_weight,
    });
    Ok(())
}
