//! Normal Dance staking: stake a token, optionally locked for a boost, and earn a streamed
//! reward budget plus the stakers' share of the market's fees, pro rata to weight. All reward
//! math is `nd_math`'s (`RewardPool`, `StakePosition`); this program stores its state, moves the
//! tokens and books only what the vaults actually received.
use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod state;
pub mod token;

pub use constants::*;
pub use errors::*;
pub use events::*;
pub use instructions::*;
pub use state::*;

declare_id!("4J3jazVt2QX7iy19J8g3t2R5Hh9bkcggcuT4416xKnE4");

#[program]
pub mod nd_staking {
    use super::*;

    /// Creates the pool of (stake mint, reward mint) with its two vaults; the signer becomes
    /// its authority.
    #[access_control(ctx.accounts.validate(&args))]
    pub fn init_pool(ctx: Context<InitPool>, args: InitPoolArgs) -> Result<()> {
        instructions::handle_init_pool(ctx, args)
    }

    /// Replaces the lock tiers for positions opened from now on.
    #[access_control(ctx.accounts.validate(&tiers))]
    pub fn set_tiers(ctx: Context<SetTiers>, tiers: Vec<LockTierConfig>) -> Result<()> {
        instructions::handle_set_tiers(ctx, tiers)
    }

    /// Adds `amount` to the rewards and streams it, with everything not yet handed out, over
    /// `period_secs` from now. Anyone may call it, programs too (signing for the funder).
    #[access_control(ctx.accounts.validate(amount, period_secs))]
    pub fn fund_rewards(ctx: Context<FundRewards>, amount: u64, period_secs: u64) -> Result<()> {
        instructions::handle_fund_rewards(ctx, amount, period_secs)
    }

    /// Opens the owner's position `nonce`, locked for `lock_secs`, and stakes `amount` into it.
    #[access_control(ctx.accounts.validate(&args))]
    pub fn stake(ctx: Context<Stake>, args: StakeArgs) -> Result<()> {
        instructions::handle_stake(ctx, args)
    }

    /// Stakes more into an existing position (same multiplier and lock end).
    #[access_control(ctx.accounts.validate(amount))]
    pub fn add_stake(ctx: Context<AddStake>, amount: u64) -> Result<()> {
        instructions::handle_add_stake(ctx, amount)
    }

    /// Takes `amount` out of a position whose lock has ended.
    #[access_control(ctx.accounts.validate(amount))]
    pub fn unstake(ctx: Context<Unstake>, amount: u64) -> Result<()> {
        instructions::handle_unstake(ctx, amount)
    }

    /// Takes `amount` out before the lock ends, paying the pool's early-exit penalty to the
    /// remaining stakers.
    #[access_control(ctx.accounts.validate(amount))]
    pub fn early_exit(ctx: Context<EarlyExit>, amount: u64) -> Result<()> {
        instructions::handle_early_exit(ctx, amount)
    }

    /// Pays the position's rewards.
    #[access_control(ctx.accounts.validate())]
    pub fn claim(ctx: Context<Claim>) -> Result<()> {
        instructions::handle_claim(ctx)
    }

    /// Settles a position to now (anyone may), ending an expired boost.
    #[access_control(ctx.accounts.validate())]
    pub fn refresh_position(ctx: Context<RefreshPosition>) -> Result<()> {
        instructions::handle_refresh_position(ctx)
    }

    #[access_control(ctx.accounts.validate())]
    pub fn set_paused(ctx: Context<SetPaused>, paused: bool) -> Result<()> {
        instructions::handle_set_paused(ctx, paused)
    }

    #[access_control(ctx.accounts.validate())]
    pub fn propose_authority(ctx: Context<ProposeAuthority>, new_authority: Pubkey) -> Result<()> {
        instructions::handle_propose_authority(ctx, new_authority)
    }

    #[access_control(ctx.accounts.validate())]
    pub fn accept_authority(ctx: Context<AcceptAuthority>) -> Result<()> {
        instructions::handle_accept_authority(ctx)
    }

    /// Closes an empty, fully claimed position and refunds its rent.
    #[access_control(ctx.accounts.validate())]
    pub fn close_position(ctx: Context<ClosePosition>) -> Result<()> {
        instructions::handle_close_position(ctx)
    }
}
