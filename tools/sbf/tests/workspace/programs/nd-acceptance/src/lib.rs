//! The SBF toolchain's Anchor acceptance program: everything a real Anchor 0.32 program leans on
//! (rent-paid `init`, PDAs, `has_one`, raw constraints, `emit!`/`emit_cpi!`, custom errors,
//! SPL Token and Token-2022 `transfer_checked` CPIs, `init_if_needed`, `close`, `realloc`),
//! so tools/sbf/tests/acceptance.test.ts can prove a `.so` from tools/sbf/build.mjs behaves as one
//! from the official platform-tools. A token vault with per-owner positions and an owner's note.
use anchor_lang::prelude::*;

pub mod errors;
pub mod events;
pub mod instructions;
pub mod state;

pub use errors::*;
pub use events::*;
pub use instructions::*;
pub use state::*;

declare_id!("F8dcLRUGK4Z1fotjFaPx3y6L2pnLQdBJHruQ4EMxCox2");

#[program]
pub mod nd_acceptance {
    use super::*;

    /// Creates the vault PDA (rent paid by the authority) and its associated token account.
    pub fn initialize(ctx: Context<Initialize>, max_total: u64) -> Result<()> {
        instructions::handle_initialize(ctx, max_total)
    }

    /// Changes the vault's deposit cap; only its authority may.
    pub fn set_cap(ctx: Context<SetCap>, max_total: u64) -> Result<()> {
        instructions::handle_set_cap(ctx, max_total)
    }

    /// Moves `amount` tokens from the owner into the vault, opening the owner's position if needed.
    pub fn deposit(ctx: Context<Deposit>, amount: u64) -> Result<()> {
        instructions::handle_deposit(ctx, amount)
    }

    /// Moves `amount` tokens from the vault back to the position's owner, signed by the vault PDA.
    pub fn withdraw(ctx: Context<Withdraw>, amount: u64) -> Result<()> {
        instructions::handle_withdraw(ctx, amount)
    }

    /// Closes an empty position and refunds its rent to the owner.
    pub fn close_position(ctx: Context<ClosePosition>) -> Result<()> {
        instructions::handle_close_position(ctx)
    }

    /// Creates the owner's note sized exactly for `text`.
    pub fn create_note(ctx: Context<CreateNote>, text: String) -> Result<()> {
        instructions::handle_create_note(ctx, text)
    }

    /// Rewrites the note, growing or shrinking the account (and its rent) to fit `text`.
    pub fn update_note(ctx: Context<UpdateNote>, text: String) -> Result<()> {
        instructions::handle_update_note(ctx, text)
    }
}
