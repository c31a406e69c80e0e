use anchor_lang::prelude::*;

use crate::{
    AdvanceAdded, Advances, Credit, Ledgers, MarketError, MathResultExt, Split, Vault, ADVANCES_SEED, CREDIT_SEED, NATIVE_MINT,
};

/// Records an advance `beneficiary` gave recipient `recipient_index`, repaid in this vault's
/// mint before the recipient is paid. Signed by the controller and, as consent, the recipient.
/// Earnings the recipient has not claimed yet are repaid from too: claim first to keep them.
#[derive(Accounts)]
#[instruction(recipient_index: u8, beneficiary: Pubkey)]
pub struct AddAdvance<'info> {
    #[account(mut)]
    pub controller: Signer<'info>,
    pub recipient: Signer<'info>,
    pub split: Box<Account<'info, Split>>,
    #[account(has_one = split @ MarketError::WrongVault)]
    pub vault: Box<Account<'info, Vault>>,
    #[account(mut, has_one = vault @ MarketError::WrongLedgers)]
    pub ledgers: Box<Account<'info, Ledgers>>,
    #[account(
        init_if_needed,
        payer = controller,
        space = 8 + Advances::INIT_SPACE,
        seeds = [ADVANCES_SEED, vault.key().as_ref(), recipient_index.to_le_bytes().as_ref()],
        bump,
    )]
    pub advances: Box<Account<'info, Advances>>,
    /// Where repayments to the beneficiary are credited.
    #[account(
        init_if_needed,
        payer = controller,
        space = 8 + Credit::INIT_SPACE,
        seeds = [CREDIT_SEED, vault.key().as_ref(), beneficiary.as_ref()],
        bump,
    )]
    pub beneficiary_credit: Box<Account<'info, Credit>>,
    pub system_program: Program<'info, System>,
}

impl AddAdvance<'_> {
    fn validate(&self, recipient_index: u8, beneficiary: &Pubkey) -> Result<()> {
        require_keys_eq!(self.controller.key(), self.split.controller, MarketError::NotSplitController);
        require!(!self.split.frozen, MarketError::SplitFrozen);
        require_keys_eq!(self.recipient.key(), self.split.recipient(recipient_index)?.wallet, MarketError::WrongRecipient);
        require_keys_neq!(*beneficiary, NATIVE_MINT, MarketError::InvalidRecipient);
        Ok(())
    }

    #[access_control(ctx.accounts.validate(recipient_index, &beneficiary))]
    pub fn add_advance(ctx: Context<Self>, recipient_index: u8, beneficiary: Pubkey, amount: u64) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let vault_key = accounts.vault.key();
        let advances = &mut accounts.advances;
        if advances.vault == Pubkey::default() {
            advances.vault = vault_key;
            advances.recipient_index = recipient_index;
            advances.bump = ctx.bumps.advances;
        }
        let mut queue: nd_math::AdvanceQueue = advances.queue.into();
        queue.push(beneficiary.to_bytes(), amount).named()?;
        advances.queue = queue.into();
        accounts.ledgers.set_has_advances(recipient_index, true);
        accounts.beneficiary_credit.ensure_initialised(beneficiary, vault_key, ctx.bumps.beneficiary_credit);
        emit!(AdvanceAdded {
            vault: vault_key,
            recipient_index,
            recipient: accounts.recipient.key(),
            beneficiary,
            amount,
        });
        Ok(())
    }
}
