use anchor_lang::prelude::*;

/// One per deployment, at ["platform"]. Only `init_platform` creates it, so any account of this
/// type owned by the program is the platform (hot paths skip re-deriving its address).
#[account]
#[derive(InitSpace)]
pub struct Platform {
    pub authority: Pubkey,
    /// Set by `propose_authority`; becomes `authority` when it signs `accept_authority`.
    pub pending_authority: Option<Pubkey>,
    /// Platform fee on every price (never on tips); at most FEE_CAP_BPS.
    pub fee_bps: u16,
    /// Wallet that `claim_fees` pays (its token account for token vaults).
    pub treasury: Pubkey,
    /// Highest referral rate a track may offer.
    pub referral_cap_bps: u16,
    /// Part of each fee booked as `staking_owed` instead of `fees_owed`.
    pub staking_share_bps: u16,
    /// May refund escrowed purchases during their dispute window.
    pub arbiter: Pubkey,
    /// Stops sales and new tracks; claims, settlements and refunds go on.
    pub paused: bool,
    /// The platform token stakers lock in nd-staking; the staking share of a vault's fees is
    /// routed to the pool (stake_mint, vault mint). All-zero: routing is off.
    pub stake_mint: Pubkey,
    pub bump: u8,
}
