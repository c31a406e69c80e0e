use anchor_lang::prelude::*;

/// What one wallet has minted of one drop, at ["minted", drop, wallet]. Created by the wallet's
/// first counted mint (a capped drop, or the presale); the wallet cap and the presale allowance
/// are checked against it.
#[account]
#[derive(InitSpace)]
pub struct WalletMints {
    pub drop: Pubkey,
    pub wallet: Pubkey,
    /// Presale and public mints together.
    pub minted: u32,
    pub presale_minted: u32,
    pub bump: u8,
}
