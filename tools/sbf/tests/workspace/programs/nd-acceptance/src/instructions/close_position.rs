use anchor_lang::prelude::*;

use crate::{AcceptanceError, Position, PositionClosed, Vault, POSITION_SEED};

#[derive(Accounts)]
pub struct ClosePosition<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    pub vault: Account<'info, Vault>,
    #[account(
        mut,
        close = owner,
        seeds = [POSITION_SEED, vault.key().as_ref(), owner.key().as_ref()],
        bump = position.bump,
        has_one = owner,
        has_one = vault,
        constraint = position.amount == 0 @ AcceptanceError::PositionNotEmpty,
    )]
    pub position: Account<'info, Position>,
}

pub fn handle_close_position(ctx: Context<ClosePosition>) -> Result<()> {
    emit!(PositionClosed {
        vault: ctx.accounts.vault.key(),
        owner: ctx.accounts.owner.key(),
    });
    Ok(())
}
