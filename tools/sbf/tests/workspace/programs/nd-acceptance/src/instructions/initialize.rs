use anchor_lang::prelude::*;
use anchor_spl::associated_token::AssociatedToken;
use anchor_spl::token_interface::{Mint, TokenAccount, TokenInterface};

use crate::{AcceptanceError, Vault, VaultInitialized, VAULT_SEED};

#[derive(Accounts)]
#[instruction(max_total: u64)]
pub struct Initialize<'info> {
    #[account(mut, constraint = max_total > 0 @ AcceptanceError::ZeroAmount)]
    pub authority: Signer<'info>,
    #[account(
        init,
        payer = authority,
        space = 8 + Vault::INIT_SPACE,
        seeds = [VAULT_SEED, authority.key().as_ref(), mint.key().as_ref()],
        bump,
    )]
    pub vault: Account<'info, Vault>,
    #[account(mint::token_program = token_program)]
    pub mint: InterfaceAccount<'info, Mint>,
    #[account(
        init,
        payer = authority,
        associated_token::mint = mint,
        associated_token::authority = vault,
        associated_token::token_program = token_program,
    )]
    pub vault_tokens: InterfaceAccount<'info, TokenAccount>,
    pub token_program: Interface<'info, TokenInterface>,
    pub associated_token_program: Program<'info, AssociatedToken>,
    pub system_program: Program<'info, System>,
}

pub fn handle_initialize(ctx: Context<Initialize>, max_total: u64) -> Result<()> {
    let vault = &mut ctx.accounts.vault;
    vault.authority = ctx.accounts.authority.key();
    vault.mint = ctx.accounts.mint.key();
    vault.token_program = ctx.accounts.token_program.key();
    vault.vault_tokens = ctx.accounts.vault_tokens.key();
    vault.max_total = max_total;
    vault.total = 0;
    vault.bump = ctx.bumps.vault;
    emit!(VaultInitialized {
        vault: vault.key(),
        authority: vault.authority,
        mint: vault.mint,
        max_total,
    });
    Ok(())
}
