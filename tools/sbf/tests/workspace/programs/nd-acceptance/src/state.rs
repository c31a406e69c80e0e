use anchor_lang::prelude::*;

#[constant]
pub const VAULT_SEED: &[u8] = b"vault";
#[constant]
pub const POSITION_SEED: &[u8] = b"position";
#[constant]
pub const NOTE_SEED: &[u8] = b"note";
/// Longest note text, in bytes.
#[constant]
pub const MAX_NOTE_LEN: u32 = 512;

/// A token vault for one mint, owned by its authority.
#[account]
#[derive(InitSpace)]
pub struct Vault {
    pub authority: Pubkey,
    pub mint: Pubkey,
    /// The token program that owns `mint` (SPL Token or Token-2022).
    pub token_program: Pubkey,
    /// The vault PDA's associated token account.
    pub vault_tokens: Pubkey,
    pub max_total: u64,
    pub total: u64,
    pub bump: u8,
}

/// What one owner has deposited into one vault.
#[account]
#[derive(InitSpace)]
pub struct Position {
    pub vault: Pubkey,
    pub owner: Pubkey,
    pub amount: u64,
    pub deposits: u32,
    pub bump: u8,
}

/// Free text whose account is resized to fit it exactly.
#[account]
pub struct Note {
    pub owner: Pubkey,
    pub bump: u8,
    pub text: String,
}

impl Note {
    /// Account size for a note holding `text_len` bytes: discriminator, owner, bump, string.
    pub const fn space(text_len: usize) -> usize {
        8 + 32 + 1 + 4 + text_len
    }
}
