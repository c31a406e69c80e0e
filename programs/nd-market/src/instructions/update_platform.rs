use anchor_lang::prelude::*;

use crate::{MarketError, MathResultExt, Platform, FEE_CAP_BPS, PLATFORM_SEED};

/// Every field optional: only the given ones change.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug, Default)]
pub struct UpdatePlatformArgs {
    pub fee_bps: Option<u16>,
    pub treasury: Option<Pubkey>,
    pub referral_cap_bps: Option<u16>,
    pub staking_share_bps: Option<u16>,
    pub arbiter: Option<Pubkey>,
    /// The platform token of the staking pools fees are routed to (all-zero turns routing off).
    pub stake_mint: Option<Pubkey>,
}

#[derive(Accounts)]
pub struct UpdatePlatform<'info> {
    pub authority: Signer<'info>,
    #[account(mut, seeds = [PLATFORM_SEED], bump = platform.bump)]
    pub platform: Account<'info, Platform>,
}

impl UpdatePlatform<'_> {
    fn validate(&self, args: &UpdatePlatformArgs) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.platform.authority, MarketError::NotPlatformAuthority);
        if let Some(fee) = args.fee_bps {
            require!(fee <= FEE_CAP_BPS, MarketError::FeeAboveCap);
        }
        for bps in [args.referral_cap_bps, args.staking_share_bps].into_iter().flatten() {
            nd_math::Bps::new(bps as u64).named()?;
        }
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn update_platform(ctx: Context<Self>, args: UpdatePlatformArgs) -> Result<()> {
        let platform = &mut ctx.accounts.platform;
        if let Some(fee) = args.fee_bps {
            platform.fee_bps = fee;
        }
        if let Some(treasury) = args.treasury {
            platform.treasury = treasury;
        }
        if let Some(cap) = args.referral_cap_bps {
            platform.referral_cap_bps = cap;
        }
        if let Some(share) = args.staking_share_bps {
            platform.staking_share_bps = share;
        }
        if let Some(arbiter) = args.arbiter {
            platform.arbiter = arbiter;
        }
        if let Some(stake_mint) = args.stake_mint {
            platform.stake_mint = stake_mint;
        }
        emit!(platform.updated_event());
        Ok(())
    }
}
