use anchor_lang::prelude::*;
use anchor_spl::token_interface::TokenInterface;

use crate::errors::{OrStakingError, StakingError};
use crate::events::RewardsClaimed;
use crate::state::{Pool, Position, StakeState};
use crate::token::Transfer;

/// Pays the position's settled rewards (at most one transfer's worth, u64::MAX) to `destination`.
#[event_cpi]
#[derive(Accounts)]
pub struct Claim<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        has_one = reward_mint @ StakingError::WrongRewardMint,
        has_one = reward_vault @ StakingError::WrongRewardVault,
        constraint = pool.load()?.reward_token_program == reward_token_program.key() @ StakingError::WrongTokenProgram,
    )]
    pub pool: AccountLoader<'info, Pool>,
    #[account(
        mut,
        has_one = pool @ StakingError::WrongPool,
        has_one = owner @ StakingError::NotPositionOwner,
    )]
    pub position: AccountLoader<'info, Position>,
    /// CHECK: the pool's reward mint (has_one).
    pub reward_mint: UncheckedAccount<'info>,
    /// CHECK: any token account of the reward mint; the token program checks the mint.
    #[account(mut)]
    pub destination: UncheckedAccount<'info>,
    /// CHECK: the pool's reward vault (has_one).
    #[account(mut)]
    pub reward_vault: UncheckedAccount<'info>,
    pub reward_token_program: Interface<'info, TokenInterface>,
}

impl<'info> Claim<'info> {
    pub fn validate(&self) -> Result<()> {
        require!(!self.pool.load()?.is_paused(), StakingError::PoolPaused);
        Ok(())
    }
}

pub fn handle_claim(ctx: Context<Claim>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let (paid, pending, decimals, signer) = {
        let mut pool = a.pool.load_mut()?;
        let mut position = a.position.load_mut()?;
        let mut rewards = pool.reward_pool();
        let mut stake: nd_math::StakePosition = position.stake.into();
        let paid = nd_math::claim_rewards(&mut rewards, &mut stake, now).or_staking()?;
        require!(paid > 0, StakingError::NothingToClaim);
        pool.rewards = rewards.into();
        Pool::add_total(&mut pool.total_claimed, paid)?;
        position.stake = StakeState::from(stake);
        Pool::add_total(&mut position.total_claimed, paid)?;
        (paid, stake.pending, pool.reward_decimals, pool.signer())
    };

    Transfer {
        token_program: &a.reward_token_program.to_account_info(),
        mint: &a.reward_mint.to_account_info(),
        decimals,
        from: &a.reward_vault.to_account_info(),
        to: &a.destination.to_account_info(),
        authority: &a.pool.to_account_info(),
    }
    .send(paid, &[&signer.seeds()])?;

    emit_cpi!(RewardsClaimed {
        pool: a.pool.key(),
        position: a.position.key(),
        owner: a.owner.key(),
        amount: paid,
        pending,
    });
    Ok(())
}
