use anchor_lang::prelude::*;

#[event]
pub struct VaultInitialized {
    pub vault: Pubkey,
    pub authority: Pubkey,
    pub mint: Pubkey,
    pub max_total: u64,
}

#[event]
pub struct CapChanged {
    pub vault: Pubkey,
    pub old_max_total: u64,
    pub new_max_total: u64,
}

/// Emitted through a self-CPI (`emit_cpi!`), so it survives log truncation.
#[event]
pub struct Deposited {
    pub vault: Pubkey,
    pub owner: Pubkey,
    pub amount: u64,
    pub position_amount: u64,
    pub vault_total: u64,
}

#[event]
pub struct Withdrawn {
    pub vault: Pubkey,
    pub owner: Pubkey,
    pub amount: u64,
    pub position_amount: u64,
    pub vault_total: u64,
}

#[event]
pub struct PositionClosed {
    pub vault: Pubkey,
    pub owner: Pubkey,
}

#[event]
pub struct NoteWritten {
    pub owner: Pubkey,
    pub len: u32,
}
