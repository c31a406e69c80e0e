use anchor_lang::prelude::*;

use crate::program::NdMarket;
use crate::{MarketError, MathResultExt, Platform, PlatformUpdated, DEFAULT_FEE_BPS, PLATFORM_SEED};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct InitPlatformArgs {
    pub treasury: Pubkey,
    pub referral_cap_bps: u16,
    pub staking_share_bps: u16,
    pub arbiter: Pubkey,
}

#[derive(Accounts)]
pub struct InitPlatform<'info> {
    /// The program's upgrade authority; becomes the platform authority.
    #[account(mut)]
    pub authority: Signer<'info>,
    #[account(init, payer = authority, space = 8 + Platform::INIT_SPACE, seeds = [PLATFORM_SEED], bump)]
    pub platform: Account<'info, Platform>,
    pub program: Program<'info, NdMarket>,
    pub program_data: Account<'info, ProgramData>,
    pub system_program: Program<'info, System>,
}

impl InitPlatform<'_> {
    fn validate(&self, args: &InitPlatformArgs) -> Result<()> {
        // Whoever deploys the program sets it up: otherwise the first caller would own it.
        require!(self.program.programdata_address()? == Some(self.program_data.key()), MarketError::ProgramDataMismatch);
        require!(self.program_data.upgrade_authority_address == Some(self.authority.key()), MarketError::NotUpgradeAuthority);
        nd_math::Bps::new(args.referral_cap_bps as u64).named()?;
        nd_math::Bps::new(args.staking_share_bps as u64).named()?;
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn init_platform(ctx: Context<Self>, args: InitPlatformArgs) -> Result<()> {
        let platform = &mut ctx.accounts.platform;
        platform.set_inner(Platform {
            authority: ctx.accounts.authority.key(),
            pending_authority: None,
            fee_bps: DEFAULT_FEE_BPS,
            treasury: args.treasury,
            referral_cap_bps: args.referral_cap_bps,
            staking_share_bps: args.staking_share_bps,
            arbiter: args.arbiter,
            paused: false,
            stake_mint: Pubkey::default(),
            bump: ctx.bumps.platform,
        });
        emit!(platform.updated_event());
        Ok(())
    }
}

impl Platform {
    pub fn updated_event(&self) -> PlatformUpdated {
        PlatformUpdated {
            authority: self.authority,
            fee_bps: self.fee_bps,
            treasury: self.treasury,
            referral_cap_bps: self.referral_cap_bps,
            staking_share_bps: self.staking_share_bps,
            arbiter: self.arbiter,
            paused: self.paused,
            stake_mint: self.stake_mint,
        }
    }
}
