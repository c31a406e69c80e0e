use anchor_lang::prelude::*;
use anchor_spl::token_interface::{self, Mint, TokenAccount, TokenInterface, TransferChecked};

use crate::{AcceptanceError, Position, Vault, Withdrawn, POSITION_SEED, VAULT_SEED};

#[derive(Accounts)]
#[instruction(amount: u64)]
pub struct Withdraw<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        seeds = [VAULT_SEED, vault.authority.as_ref(), vault.mint.as_ref()],
        bump = vault.bump,
        has_one = mint,
        has_one = vault_tokens,
    )]
    pub vault: Account<'info, Vault>,
    #[account(
        mut,
        seeds = [POSITION_SEED, vault.key().as_ref(), owner.key().as_ref()],
        bump = position.bump,
        has_one = owner,
        has_one = vault,
        constraint = amount > 0 @ AcceptanceError::ZeroAmount,
        constraint = position.amount >= amount @ AcceptanceError::InsufficientFunds,
    )]
    pub position: Account<'info, Position>,
    #[account(mint::token_program = token_program)]
    pub mint: InterfaceAccount<'info, Mint>,
    /// Any token account of the vault's mint: the owner chooses where the tokens go.
    #[account(mut, token::mint = mint, token::token_program = token_program)]
    pub destination: InterfaceAccount<'info, TokenAccount>,
    #[account(mut)]
    pub vault_tokens: InterfaceAccount<'info, TokenAccount>,
    pub token_program: Interface<'info, TokenInterface>,
}

pub fn handle_withdraw(ctx: Context<Withdraw>, amount: u64) -> Result<()> {
    let vault = &ctx.accounts.vault;
    let signer_seeds: &[&[&[u8]]] = &[&[VAULT_SEED, vault.authority.as_ref(), vault.mint.as_ref(), &[vault.bump]]];
    token_interface::transfer_checked(
        CpiContext::new_with_signer(
            ctx.accounts.token_program.to_account_info(),
            TransferChecked {
                from: ctx.accounts.vault_tokens.to_account_info(),
                mint: ctx.accounts.mint.to_account_info(),
                to: ctx.accounts.destination.to_account_info(),
                authority: ctx.accounts.vault.to_account_info(),
            },
            signer_seeds,
        ),
        amount,
        ctx.accounts.mint.decimals,
    )?;

    // The constraint above guarantees both subtractions stay in range.
    let position = &mut ctx.accounts.position;
    position.amount -= amount;
    let vault = &mut ctx.accounts.vault;
    vault.total -= amount;
    emit!(Withdrawn {
        vault: vault.key(),
        owner: position.owner,
        amount,
        position_amount: position.amount,
        vault_total: vault.total,
    });
    Ok(())
}
