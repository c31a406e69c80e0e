use anchor_lang::prelude::*;
use anchor_spl::token_interface::TokenInterface;
use nd_math::{multiplier_for_lock, StakePosition};

use crate::constants::{MAX_LOCK_SECS, POSITION_SEED};
use crate::errors::{OrStakingError, StakingError};
use crate::instructions::add_stake::Deposit;
use crate::state::{Pool, Position, StakeState};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug)]
pub struct StakeArgs {
    /// Distinguishes the owner's positions in this pool (PDA seed, u64 LE).
    pub nonce: u64,
    pub amount: u64,
    /// The position is locked for this long; the multiplier is that of the longest tier whose
    /// `min_lock_secs` it reaches (1x when none).
    pub lock_secs: u64,
    /// Fails with `MultiplierBelowMinimum` if the tiers changed to give less than this.
    pub min_multiplier_bps: u64,
}

/// Opens a position and stakes into it.
#[event_cpi]
#[derive(Accounts)]
#[instruction(args: StakeArgs)]
pub struct Stake<'info> {
    /// Owns the new position, pays its rent and signs for `owner_tokens`.
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        mut,
        has_one = stake_mint @ StakingError::WrongStakeMint,
        has_one = stake_vault @ StakingError::WrongStakeVault,
        constraint = pool.load()?.stake_token_program == stake_token_program.key() @ StakingError::WrongTokenProgram,
    )]
    pub pool: AccountLoader<'info, Pool>,
    #[account(
        init,
        payer = owner,
        space = Position::SPACE,
        seeds = [POSITION_SEED, pool.key().as_ref(), owner.key().as_ref(), &args.nonce.to_le_bytes()],
        bump,
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
    pub system_program: Program<'info, System>,
}

impl<'info> Stake<'info> {
    pub fn validate(&self, args: &StakeArgs) -> Result<()> {
        require!(!self.pool.load()?.is_paused(), StakingError::PoolPaused);
        require!(args.amount > 0, StakingError::ZeroAmount);
        require!(args.lock_secs <= MAX_LOCK_SECS, StakingError::LockTooLong);
        Ok(())
    }
}

pub fn handle_stake(ctx: Context<Stake>, args: StakeArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let (tiers, used) = a.pool.load()?.lock_tiers();
    let tiers = tiers.get(..used).ok_or(StakingError::LedgerInconsistent)?;
    let multiplier = multiplier_for_lock(tiers, args.lock_secs).or_staking()?;
    require!(multiplier >= args.min_multiplier_bps, StakingError::MultiplierBelowMinimum);
    let opened = StakePosition::open(tiers, args.lock_secs, now).or_staking()?;

    let deposit = Deposit {
        pool: &a.pool,
        owner: &a.owner,
        owner_tokens: &a.owner_tokens,
        stake_vault: &a.stake_vault,
        stake_mint: &a.stake_mint,
        token_program: &a.stake_token_program,
    };
    let received = deposit.transfer_in(args.amount)?;
    // A new account: its discriminator is only written on exit, so it is loaded once, here.
    let mut position = a.position.load_init()?;
    position.pool = a.pool.key();
    position.owner = a.owner.key();
    position.nonce = args.nonce;
    position.opened_at = now;
    position.stake = StakeState::from(opened);
    position.bump = ctx.bumps.position;
    let event = deposit.book(a.position.key(), &mut position, args.amount, received, now)?;
    drop(position);
    emit_cpi!(event);
    Ok(())
}
