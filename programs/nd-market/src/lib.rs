//! Normal Dance market: track sales paid into per-split vaults, with escrow, the platform fee,
//! referrals, royalty splits with recoupable advances, pull-based claims, refunds and access
//! receipts. Amounts are booked, not pushed: a sale is one transfer into the split's vault and a
//! few counters, whatever the number of recipients; every amount comes from `nd_math`.
use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod state;
pub mod utils;

pub use constants::*;
pub use errors::*;
pub use events::*;
pub use instructions::*;
pub use state::*;
pub use utils::*;

declare_id!("EawZPPqk7LJMGfBYVRLazNpy7EAF2L8sRrY4eRLSQQdh");

#[program]
pub mod nd_market {
    use super::*;

    /// Creates the platform; only the program's upgrade authority may.
    pub fn init_platform(ctx: Context<InitPlatform>, args: InitPlatformArgs) -> Result<()> {
        InitPlatform::init_platform(ctx, args)
    }

    pub fn update_platform(ctx: Context<UpdatePlatform>, args: UpdatePlatformArgs) -> Result<()> {
        UpdatePlatform::update_platform(ctx, args)
    }

    pub fn set_paused(ctx: Context<SetPaused>, paused: bool) -> Result<()> {
        SetPaused::set_paused(ctx, paused)
    }

    pub fn propose_authority(ctx: Context<ProposeAuthority>, new_authority: Pubkey) -> Result<()> {
        ProposeAuthority::propose_authority(ctx, new_authority)
    }

    pub fn accept_authority(ctx: Context<AcceptAuthority>) -> Result<()> {
        AcceptAuthority::accept_authority(ctx)
    }

    /// Remaining accounts: one recipient wallet per share, in slot order.
    pub fn create_split<'info>(ctx: Context<'_, '_, 'info, 'info, CreateSplit<'info>>, split_id: u64, shares_ppm: Vec<u32>) -> Result<()> {
        CreateSplit::create_split(ctx, split_id, shares_ppm)
    }

    pub fn open_vault(ctx: Context<OpenVault>, payment_mint: Pubkey) -> Result<()> {
        OpenVault::open_vault(ctx, payment_mint)
    }

    /// Remaining accounts: one recipient wallet per share, then (vault, ledgers) per registered vault.
    pub fn update_split<'info>(ctx: Context<'_, '_, 'info, 'info, UpdateSplit<'info>>, shares_ppm: Vec<u32>) -> Result<()> {
        UpdateSplit::update_split(ctx, shares_ppm)
    }

    pub fn freeze_split(ctx: Context<FreezeSplit>) -> Result<()> {
        FreezeSplit::freeze_split(ctx)
    }

    pub fn propose_controller(ctx: Context<ProposeController>, new_controller: Pubkey) -> Result<()> {
        ProposeController::propose_controller(ctx, new_controller)
    }

    pub fn accept_controller(ctx: Context<AcceptController>) -> Result<()> {
        AcceptController::accept_controller(ctx)
    }

    pub fn add_advance(ctx: Context<AddAdvance>, recipient_index: u8, beneficiary: Pubkey, amount: u64) -> Result<()> {
        AddAdvance::add_advance(ctx, recipient_index, beneficiary, amount)
    }

    pub fn create_track(ctx: Context<CreateTrack>, track_id: u64, args: CreateTrackArgs) -> Result<()> {
        CreateTrack::create_track(ctx, track_id, args)
    }

    pub fn update_track(ctx: Context<UpdateTrack>, args: UpdateTrackArgs) -> Result<()> {
        UpdateTrack::update_track(ctx, args)
    }

    pub fn set_track_status(ctx: Context<SetTrackStatus>, status: TrackStatus) -> Result<()> {
        SetTrackStatus::set_track_status(ctx, status)
    }

    pub fn close_track(ctx: Context<CloseTrack>) -> Result<()> {
        CloseTrack::close_track(ctx)
    }

    pub fn buy(ctx: Context<Buy>, args: BuyArgs) -> Result<()> {
        Buy::buy(ctx, args)
    }

    pub fn buy_for(ctx: Context<Buy>, args: BuyArgs) -> Result<()> {
        Buy::buy_for(ctx, args)
    }

    /// Pays `amount + tip` into a split's vault, booked like an instant sale but without a track
    /// or receipt (what other programs, e.g. editions, sell through); returns what it booked.
    pub fn pay_split(ctx: Context<PaySplit>, args: PaySplitArgs) -> Result<SplitPayment> {
        PaySplit::pay_split(ctx, args)
    }

    pub fn confirm(ctx: Context<Settle>) -> Result<()> {
        Settle::confirm(ctx)
    }

    pub fn settle(ctx: Context<Settle>) -> Result<()> {
        Settle::settle(ctx)
    }

    pub fn refund(ctx: Context<Refund>) -> Result<()> {
        Refund::refund(ctx)
    }

    /// Remaining accounts: the Credit of each advance beneficiary this claim repays, in queue order.
    pub fn claim<'info>(ctx: Context<'_, '_, 'info, 'info, Claim<'info>>, recipient_index: u8) -> Result<()> {
        Claim::claim(ctx, recipient_index)
    }

    pub fn claim_fees(ctx: Context<ClaimFees>) -> Result<()> {
        ClaimFees::claim_fees(ctx)
    }

    pub fn claim_credit(ctx: Context<ClaimCredit>) -> Result<()> {
        ClaimCredit::claim_credit(ctx)
    }

    /// Funds the nd-staking pool (platform stake mint, vault mint) with the vault's staking share.
    pub fn route_staking_fees(ctx: Context<RouteStakingFees>) -> Result<()> {
        RouteStakingFees::route_staking_fees(ctx)
    }

    pub fn close_purchase(ctx: Context<ClosePurchase>) -> Result<()> {
        ClosePurchase::close_purchase(ctx)
    }
}
