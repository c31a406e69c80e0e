use anchor_lang::prelude::*;
use anchor_spl::token_2022::spl_token_2022::extension::{BaseStateWithExtensions, ExtensionType, StateWithExtensions};
use anchor_spl::token_2022::spl_token_2022::state::Mint as MintState;
use anchor_spl::token_interface::{Mint, TokenAccount, TokenInterface};

use crate::constants::{MAX_EARLY_EXIT_PENALTY_BPS, POOL_SEED, REWARD_VAULT_SEED, STAKE_VAULT_SEED};
use crate::errors::StakingError;
use crate::events::PoolInitialized;
use crate::instructions::set_tiers::{store_tiers, validate_tiers};
use crate::state::{LockTierConfig, Pool, RewardState};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct InitPoolArgs {
    /// Fixed for the pool's life; 0 disables early exit. Non-zero needs stake mint = reward mint.
    pub early_exit_penalty_bps: u16,
    /// Smallest non-zero position (at least 1), fixed for the pool's life.
    pub min_stake: u64,
    pub tiers: Vec<LockTierConfig>,
}

#[derive(Accounts)]
pub struct InitPool<'info> {
    /// Pays the rent and becomes the pool authority.
    #[account(mut)]
    pub authority: Signer<'info>,
    #[account(
        init,
        payer = authority,
        space = Pool::SPACE,
        seeds = [POOL_SEED, stake_mint.key().as_ref(), reward_mint.key().as_ref()],
        bump,
    )]
    pub pool: AccountLoader<'info, Pool>,
    #[account(mint::token_program = stake_token_program)]
    pub stake_mint: Box<InterfaceAccount<'info, Mint>>,
    #[account(mint::token_program = reward_token_program)]
    pub reward_mint: Box<InterfaceAccount<'info, Mint>>,
    #[account(
        init,
        payer = authority,
        seeds = [STAKE_VAULT_SEED, pool.key().as_ref()],
        bump,
        token::mint = stake_mint,
        token::authority = pool,
        token::token_program = stake_token_program,
    )]
    pub stake_vault: Box<InterfaceAccount<'info, TokenAccount>>,
    #[account(
        init,
        payer = authority,
        seeds = [REWARD_VAULT_SEED, pool.key().as_ref()],
        bump,
        token::mint = reward_mint,
        token::authority = pool,
        token::token_program = reward_token_program,
    )]
    pub reward_vault: Box<InterfaceAccount<'info, TokenAccount>>,
    pub stake_token_program: Interface<'info, TokenInterface>,
    pub reward_token_program: Interface<'info, TokenInterface>,
    pub system_program: Program<'info, System>,
}

/// Extensions that would let someone else move or freeze the vaults' tokens, or that need
/// accounts this program does not pass.
const UNSUPPORTED_EXTENSIONS: [ExtensionType; 3] =
    [ExtensionType::PermanentDelegate, ExtensionType::TransferHook, ExtensionType::NonTransferable];

fn check_mint_extensions(mint: &AccountInfo) -> Result<()> {
    if *mint.owner != anchor_spl::token_2022::ID {
        return Ok(());
    }
    let data = mint.try_borrow_data()?;
    let state = StateWithExtensions::<MintState>::unpack(&data)?;
    let found = state.get_extension_types()?;
    require!(
        !found.iter().any(|t| UNSUPPORTED_EXTENSIONS.contains(t)),
        StakingError::UnsupportedMintExtension
    );
    Ok(())
}

impl<'info> InitPool<'info> {
    pub fn validate(&self, args: &InitPoolArgs) -> Result<()> {
        require!(args.min_stake > 0, StakingError::ZeroMinStake);
        require!(
            args.early_exit_penalty_bps <= MAX_EARLY_EXIT_PENALTY_BPS,
            StakingError::PenaltyOutOfRange
        );
        require!(
            args.early_exit_penalty_bps == 0 || self.stake_mint.key() == self.reward_mint.key(),
            StakingError::PenaltyNeedsSameMint
        );
        validate_tiers(&args.tiers)?;
        check_mint_extensions(&self.stake_mint.to_account_info())?;
        check_mint_extensions(&self.reward_mint.to_account_info())
    }
}

pub fn handle_init_pool(ctx: Context<InitPool>, args: InitPoolArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let a = &ctx.accounts;
    let mut pool = a.pool.load_init()?;
    pool.stake_mint = a.stake_mint.key();
    pool.reward_mint = a.reward_mint.key();
    pool.stake_vault = a.stake_vault.key();
    pool.reward_vault = a.reward_vault.key();
    pool.stake_token_program = a.stake_token_program.key();
    pool.reward_token_program = a.reward_token_program.key();
    pool.authority = a.authority.key();
    pool.pending_authority = Pubkey::default();
    pool.min_stake = args.min_stake;
    pool.rewards = RewardState::from(nd_math::RewardPool::new(now));
    pool.early_exit_penalty_bps = args.early_exit_penalty_bps;
    pool.stake_decimals = a.stake_mint.decimals;
    pool.reward_decimals = a.reward_mint.decimals;
    pool.bump = ctx.bumps.pool;
    store_tiers(&mut pool, &args.tiers);
    emit!(PoolInitialized {
        pool: a.pool.key(),
        stake_mint: pool.stake_mint,
        reward_mint: pool.reward_mint,
        authority: pool.authority,
        early_exit_penalty_bps: args.early_exit_penalty_bps,
        min_stake: args.min_stake,
        tiers: args.tiers,
    });
    Ok(())
}
