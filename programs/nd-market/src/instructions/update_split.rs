use anchor_lang::prelude::*;

use crate::{listed_recipients, Ledgers, MarketError, MathResultExt, Split, SplitUpdated, Vault};

/// Remaining accounts: the recipient wallets (one per entry of `shares_ppm`), then (vault,
/// ledgers) for every vault of the split in `split.vaults` order. Every vault's current epoch is
/// booked under the old shares first, so a change never moves what was already earned.
/// Escrowed payments are not earnings yet: they are credited under the shares in force when
/// they settle.
#[derive(Accounts)]
pub struct UpdateSplit<'info> {
    pub controller: Signer<'info>,
    #[account(mut)]
    pub split: Box<Account<'info, Split>>,
}

impl<'info> UpdateSplit<'info> {
    fn validate(&self, remaining: &[AccountInfo], shares_ppm: &[u32]) -> Result<()> {
        require_keys_eq!(self.controller.key(), self.split.controller, MarketError::NotSplitController);
        require!(!self.split.frozen, MarketError::SplitFrozen);
        let vault_accounts = (self.split.vault_count as usize) * 2;
        require!(remaining.len() == shares_ppm.len() + vault_accounts, MarketError::VaultListMismatch);
        Ok(())
    }

    #[access_control(ctx.accounts.validate(ctx.remaining_accounts, &shares_ppm))]
    pub fn update_split(ctx: Context<'_, '_, 'info, 'info, Self>, shares_ppm: Vec<u32>) -> Result<()> {
        let (wallets, vault_pairs) = ctx.remaining_accounts.split_at(shares_ppm.len());
        let listed = listed_recipients(wallets, &shares_ppm)?;
        let split = &mut ctx.accounts.split;
        split.apply_recipients(&listed)?;
        let shares = split.shares()?;
        let split_key = split.key();
        for (pair, mint) in vault_pairs.chunks_exact(2).zip(split.registered_vaults()) {
            book_vault(pair, &split_key, mint, &shares, split.recipient_count)?;
        }
        emit!(SplitUpdated { split: split_key, recipients: listed, vaults_booked: split.vault_count });
        Ok(())
    }
}

/// Books one vault's epoch under the old shares and installs the new ones. Out of line: the
/// ledgers and the math's arrays are large for one SBF stack frame.
#[inline(never)]
fn book_vault<'info>(
    pair: &'info [AccountInfo<'info>],
    split: &Pubkey,
    mint: &Pubkey,
    shares: &[nd_math::Ppm; crate::RECIPIENT_SLOTS],
    recipient_count: u8,
) -> Result<()> {
    let [vault_info, ledgers_info] = pair else { return err!(MarketError::VaultListMismatch) };
    let mut vault: Box<Account<Vault>> = Box::new(Account::try_from(vault_info)?);
    let mut ledgers: Box<Account<Ledgers>> = Box::new(Account::try_from(ledgers_info)?);
    require!(vault.split == *split && vault.mint == *mint, MarketError::VaultListMismatch);
    require_keys_eq!(ledgers.vault, vault.key(), MarketError::VaultListMismatch);
    require!(vault_info.is_writable && ledgers_info.is_writable, MarketError::VaultListMismatch);
    let mut acc = vault.accumulator;
    ledgers.change_shares(&mut acc, shares, recipient_count).named()?;
    vault.accumulator = acc;
    vault.exit(&crate::ID)?;
    ledgers.exit(&crate::ID)
}
