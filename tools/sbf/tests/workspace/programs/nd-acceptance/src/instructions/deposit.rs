use anchor_lang::prelude::*;
use anchor_spl::token_interface::{self, Mint, TokenAccount, TokenInterface, TransferChecked};

use crate::{AcceptanceError, Deposited, Position, Vault, POSITION_SEED};

#[event_cpi]
#[derive(Accounts)]
#[instruction(amount: u64)]
pub struct Deposit<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        mut,
        has_one = mint,
        has_one = vault_tokens,
        constraint = amount > 0 @ AcceptanceError::ZeroAmount,
        constraint = vault.total.checked_add(amount).is_some_and(|total| total <= vault.max_total)
            @ AcceptanceError::CapExceeded,
    )]
    pub vault: Account<'info, Vault>,
    #[account(
        init_if_needed,
        payer = owner,
        space = 8 + Position::INIT_SPACE,
        seeds = [POSITION_SEED, vault.key().as_ref(), owner.key().as_ref()],
        bump,
    )]
    pub position: Account<'info, Position>,
    #[account(mint::token_program = token_program)]
    pub mint: InterfaceAccount<'info, Mint>,
    #[account(mut, token::mint = mint, token::authority = owner, token::token_program = token_program)]
    pub owner_tokens: InterfaceAccount<'info, TokenAccount>,
    #[account(mut)]
    pub vault_tokens: InterfaceAccount<'info, TokenAccount>,
    pub token_program: Interface<'info, TokenInterface>,
    pub system_program: Program<'info, System>,
}

pub fn handle_deposit(ctx: Context<Deposit>, amount: u64) -> Result<()> {
    let vault_key = ctx.accounts.vault.key();
    let position = &mut ctx.accounts.position;
    // init_if_needed: a fresh position is all zeroes; an existing one keeps its owner and amount.
    if position.owner == Pubkey::default() {
        position.vault = vault_key;
        position.owner = ctx.accounts.owner.key();
        position.bump = ctx.bumps.position;
    }
    position.amount = position.amount.checked_add(amount).ok_or(AcceptanceError::CapExceeded)?;
    position.deposits = position.deposits.saturating_add(1);
    let vault = &mut ctx.accounts.vault;
    vault.total = vault.total.checked_add(amount).ok_or(AcceptanceError::CapExceeded)?;

    token_interface::transfer_checked(
        CpiContext::new(
            ctx.accounts.token_program.to_account_info(),
            TransferChecked {
                from: ctx.accounts.owner_tokens.to_account_info(),
                mint: ctx.accounts.mint.to_account_info(),
                to: ctx.accounts.vault_tokens.to_account_info(),
                authority: ctx.accounts.owner.to_account_info(),
            },
        ),
        amount,
        ctx.accounts.mint.decimals,
    )?;

    emit_cpi!(Deposited {
        vault: vault_key,
        owner: ctx.accounts.owner.key(),
        amount,
        position_amount: ctx.accounts.position.amount,
        vault_total: ctx.accounts.vault.total,
    });
    Ok(())
}
