use anchor_lang::prelude::*;

use crate::{AcceptanceError, CapChanged, Vault, VAULT_SEED};

#[derive(Accounts)]
#[instruction(max_total: u64)]
pub struct SetCap<'info> {
    pub authority: Signer<'info>,
    #[account(
        mut,
        seeds = [VAULT_SEED, vault.authority.as_ref(), vault.mint.as_ref()],
        bump = vault.bump,
        has_one = authority,
        constraint = max_total >= vault.total @ AcceptanceError::CapBelowTotal,
    )]
    pub vault: Account<'info, Vault>,
}

pub fn handle_set_cap(ctx: Context<SetCap>, max_total: u64) -> Result<()> {
    let vault = &mut ctx.accounts.vault;
    let old_max_total = vault.max_total;
    vault.max_total = max_total;
    emit!(CapChanged {
        vault: vault.key(),
        old_max_total,
        new_max_total: max_total,
    });
    Ok(())
}
