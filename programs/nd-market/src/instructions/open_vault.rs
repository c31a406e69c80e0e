use anchor_lang::prelude::*;
use anchor_spl::token_interface::{Mint, TokenAccount, TokenInterface};

use crate::{
    check_payment_mint, Ledgers, MarketError, MathResultExt, Split, Vault, LEDGERS_SEED, NATIVE_MINT, VAULT_SEED,
    VAULT_TOKENS_SEED,
};

/// Opens the split's vault for `payment_mint` (all-zero = native SOL): the Vault, its Ledgers
/// and, for tokens, the vault token account. The payer must belong to the split (controller or
/// recipient): a split has few vault slots, and strangers must not use them up.
#[derive(Accounts)]
#[instruction(payment_mint: Pubkey)]
pub struct OpenVault<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    #[account(mut)]
    pub split: Box<Account<'info, Split>>,
    #[account(
        init,
        payer = payer,
        space = 8 + Vault::INIT_SPACE,
        seeds = [VAULT_SEED, split.key().as_ref(), payment_mint.as_ref()],
        bump,
    )]
    pub vault: Box<Account<'info, Vault>>,
    #[account(
        init,
        payer = payer,
        space = 8 + Ledgers::INIT_SPACE,
        seeds = [LEDGERS_SEED, vault.key().as_ref()],
        bump,
    )]
    pub ledgers: Box<Account<'info, Ledgers>>,
    /// Token vaults only.
    #[account(mint::token_program = token_program)]
    pub mint: Option<Box<InterfaceAccount<'info, Mint>>>,
    /// Token vaults only.
    pub token_program: Option<Interface<'info, TokenInterface>>,
    /// Token vaults only: the vault token account, authority = the vault.
    #[account(
        init,
        payer = payer,
        seeds = [VAULT_TOKENS_SEED, vault.key().as_ref()],
        bump,
        token::mint = mint,
        token::authority = vault,
        token::token_program = token_program,
    )]
    pub vault_tokens: Option<InterfaceAccount<'info, TokenAccount>>,
    pub system_program: Program<'info, System>,
}

impl OpenVault<'_> {
    fn validate(&self, payment_mint: &Pubkey) -> Result<()> {
        let payer = self.payer.key();
        require!(self.split.controller == payer || self.split.is_recipient(&payer), MarketError::NotSplitMember);
        require!(self.split.vault_count < crate::MAX_VAULTS, MarketError::TooManyVaults);
        if *payment_mint == NATIVE_MINT {
            require!(
                self.mint.is_none() && self.token_program.is_none() && self.vault_tokens.is_none(),
                MarketError::UnexpectedTokenAccounts
            );
            return Ok(());
        }
        let (Some(mint), Some(_), Some(_)) = (&self.mint, &self.token_program, &self.vault_tokens) else {
            return err!(MarketError::MissingTokenAccounts);
        };
        require_keys_eq!(mint.key(), *payment_mint, MarketError::WrongMint);
        check_payment_mint(&mint.to_account_info())?;
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&payment_mint))]
    pub fn open_vault(ctx: Context<Self>, payment_mint: Pubkey) -> Result<()> {
        let accounts = &mut *ctx.accounts;
        let vault = &mut accounts.vault;
        vault.split = accounts.split.key();
        vault.mint = payment_mint;
        vault.bump = ctx.bumps.vault;
        if let (Some(mint), Some(program), Some(tokens)) = (&accounts.mint, &accounts.token_program, &accounts.vault_tokens) {
            vault.token_program = program.key();
            vault.tokens = tokens.key();
            vault.decimals = mint.decimals;
            vault.tokens_bump = ctx.bumps.vault_tokens.unwrap_or_default();
        }
        let ledgers = &mut accounts.ledgers;
        ledgers.vault = vault.key();
        ledgers.bump = ctx.bumps.ledgers;
        ledgers.install_shares(&vault.accumulator, &accounts.split.shares()?, accounts.split.recipient_count).named()?;
        accounts.split.register_vault(payment_mint)
    }
}
