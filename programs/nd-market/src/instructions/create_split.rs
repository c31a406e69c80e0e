use anchor_lang::prelude::*;

use crate::{listed_recipients, validate_recipient_list, Split, SplitUpdated, SPLIT_SEED};

/// Remaining accounts: the recipient wallets, one per entry of `shares_ppm`, in slot order.
#[derive(Accounts)]
#[instruction(split_id: u64)]
pub struct CreateSplit<'info> {
    /// Pays the rent and becomes the first controller.
    #[account(mut)]
    pub creator: Signer<'info>,
    #[account(
        init,
        payer = creator,
        space = 8 + Split::INIT_SPACE,
        seeds = [SPLIT_SEED, creator.key().as_ref(), split_id.to_le_bytes().as_ref()],
        bump,
    )]
    pub split: Box<Account<'info, Split>>,
    pub system_program: Program<'info, System>,
}

impl<'info> CreateSplit<'info> {
    fn validate(&self, remaining: &[AccountInfo], shares_ppm: &[u32]) -> Result<()> {
        require!(remaining.len() == shares_ppm.len(), crate::MarketError::LengthMismatch);
        validate_recipient_list(&listed_recipients(remaining, shares_ppm)?)
    }

    #[access_control(ctx.accounts.validate(ctx.remaining_accounts, &shares_ppm))]
    pub fn create_split(ctx: Context<'_, '_, 'info, 'info, Self>, split_id: u64, shares_ppm: Vec<u32>) -> Result<()> {
        let listed = listed_recipients(ctx.remaining_accounts, &shares_ppm)?;
        let split = &mut ctx.accounts.split;
        split.creator = ctx.accounts.creator.key();
        split.split_id = split_id;
        split.controller = ctx.accounts.creator.key();
        split.pending_controller = None;
        split.frozen = false;
        split.bump = ctx.bumps.split;
        split.apply_recipients(&listed)?;
        emit!(SplitUpdated { split: split.key(), recipients: listed, vaults_booked: 0 });
        Ok(())
    }
}
