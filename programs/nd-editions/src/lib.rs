//! Normal Dance editions: limited runs of numbered Metaplex Token Metadata prints of a track.
//! A drop owns a master (its metadata names the split's top recipients as creators, with the
//! program's authority PDA as verified creator and update authority) and sells prints in a
//! public window, optionally after an allowlist presale, with a per-wallet cap. The money never
//! stops here: every mint pays through the market's `pay_split` into the split's vault, where
//! the platform fee and the recipients' shares are booked as for any sale.
use anchor_lang::prelude::*;

pub mod constants;
pub mod creators;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod merkle;
pub mod state;
pub mod token_metadata;

pub use constants::*;
pub use creators::*;
pub use errors::*;
pub use events::*;
pub use instructions::*;
pub use state::*;

declare_id!("8LeePj4RP2LRxxm7BsrDiifReHPwy4q9xCFUchw5QMmW");

#[program]
pub mod nd_editions {
    use super::*;

    /// Creates the master (metadata and master edition through Token Metadata) and the drop.
    pub fn create_drop(ctx: Context<CreateDrop>, args: CreateDropArgs) -> Result<()> {
        CreateDrop::create_drop(ctx, args)
    }

    /// Sells and prints the next edition to the buyer.
    pub fn mint_edition<'info>(ctx: Context<'_, '_, '_, 'info, MintEdition<'info>>, args: MintEditionArgs) -> Result<()> {
        MintEdition::mint_edition(ctx, args)
    }

    /// Price, windows, wallet cap, presale and the master's URI.
    pub fn update_drop(ctx: Context<UpdateDrop>, args: UpdateDropArgs) -> Result<()> {
        UpdateDrop::update_drop(ctx, args)
    }

    pub fn set_paused(ctx: Context<SetPaused>, paused: bool) -> Result<()> {
        SetPaused::set_paused(ctx, paused)
    }

    /// Once sold out or ended.
    pub fn close_drop(ctx: Context<CloseDrop>) -> Result<()> {
        CloseDrop::close_drop(ctx)
    }

    pub fn propose_authority(ctx: Context<ProposeAuthority>, new_authority: Pubkey) -> Result<()> {
        ProposeAuthority::propose_authority(ctx, new_authority)
    }

    pub fn accept_authority(ctx: Context<AcceptAuthority>) -> Result<()> {
        AcceptAuthority::accept_authority(ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_authority_constant_is_the_authority_pda() {
        let (address, bump) = Pubkey::find_program_address(&[AUTHORITY_SEED], &ID);
        assert_eq!(address, PROGRAM_AUTHORITY);
        assert_eq!(bump, PROGRAM_AUTHORITY_BUMP);
    }
}
