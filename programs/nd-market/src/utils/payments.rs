//! Moving money into and out of a vault, for native SOL and both token programs alike.
use anchor_lang::prelude::*;
use anchor_lang::system_program;
use anchor_spl::token_interface::{self, TokenAccount, TransferChecked};

use crate::{MarketError, Vault};

/// The token-side accounts of a vault operation, checked against the vault.
pub struct VaultTokenAccounts<'a, 'info> {
    pub mint: &'a AccountInfo<'info>,
    pub vault_tokens: &'a AccountInfo<'info>,
    pub token_program: &'a AccountInfo<'info>,
}

/// Token vaults need their mint, token account and token program (all matching the vault);
/// native SOL vaults take none of them.
pub fn vault_token_accounts<'a, 'info>(
    vault: &Vault,
    mint: &'a Option<UncheckedAccount<'info>>,
    vault_tokens: &'a Option<UncheckedAccount<'info>>,
    token_program: &'a Option<UncheckedAccount<'info>>,
) -> Result<Option<VaultTokenAccounts<'a, 'info>>> {
    let (mint, vault_tokens, token_program) = (info(mint), info(vault_tokens), info(token_program));
    if vault.is_native() {
        require!(mint.is_none() && vault_tokens.is_none() && token_program.is_none(), MarketError::UnexpectedTokenAccounts);
        return Ok(None);
    }
    let (Some(mint), Some(vault_tokens), Some(token_program)) = (mint, vault_tokens, token_program) else {
        return err!(MarketError::MissingTokenAccounts);
    };
    require_keys_eq!(mint.key(), vault.mint, MarketError::WrongMint);
    require_keys_eq!(vault_tokens.key(), vault.tokens, MarketError::WrongVaultTokens);
    require_keys_eq!(token_program.key(), vault.token_program, MarketError::WrongTokenProgram);
    Ok(Some(VaultTokenAccounts { mint, vault_tokens, token_program }))
}

fn info<'a, 'info>(account: &'a Option<UncheckedAccount<'info>>) -> Option<&'a AccountInfo<'info>> {
    account.as_ref().map(|a| a.as_ref())
}

/// Raw amount of a token account of either token program (the base layout is shared).
pub fn token_amount(account: &AccountInfo) -> Result<u64> {
    let data = account.try_borrow_data()?;
    let bytes: [u8; 8] = data.get(64..72).and_then(|b| b.try_into().ok()).ok_or(MarketError::WrongVaultTokens)?;
    Ok(u64::from_le_bytes(bytes))
}

/// One transfer payer → vault; returns what the vault actually received (less than `amount`
/// for Token-2022 mints with a transfer fee).
pub fn pay_into_vault<'info>(
    payer: &AccountInfo<'info>,
    payer_tokens: Option<&AccountInfo<'info>>,
    vault_info: &AccountInfo<'info>,
    tokens: Option<&VaultTokenAccounts<'_, 'info>>,
    decimals: u8,
    system_program: &AccountInfo<'info>,
    amount: u64,
) -> Result<u64> {
    match tokens {
        None => {
            require!(payer_tokens.is_none(), MarketError::UnexpectedTokenAccounts);
            system_program::transfer(
                CpiContext::new(system_program.clone(), system_program::Transfer { from: payer.clone(), to: vault_info.clone() }),
                amount,
            )?;
            Ok(amount)
        }
        Some(t) => {
            let source = payer_tokens.ok_or(MarketError::MissingTokenAccounts)?;
            let before = token_amount(t.vault_tokens)?;
            token_interface::transfer_checked(
                CpiContext::new(
                    t.token_program.clone(),
                    TransferChecked { from: source.clone(), mint: t.mint.clone(), to: t.vault_tokens.clone(), authority: payer.clone() },
                ),
                amount,
                decimals,
            )?;
            let after = token_amount(t.vault_tokens)?;
            Ok(after.checked_sub(before).ok_or(MarketError::LedgerInconsistent)?)
        }
    }
}

/// Pays `amount` out of the vault to `destination` (already checked with `check_destination`).
pub fn pay_from_vault<'info>(
    vault: &Vault,
    vault_info: &AccountInfo<'info>,
    tokens: Option<&VaultTokenAccounts<'_, 'info>>,
    destination: &AccountInfo<'info>,
    amount: u64,
) -> Result<()> {
    match tokens {
        None => {
            let rent = Rent::get()?.minimum_balance(vault_info.data_len());
            let left = vault_info.lamports().checked_sub(amount).filter(|l| *l >= rent).ok_or(MarketError::VaultUnderfunded)?;
            **vault_info.try_borrow_mut_lamports()? = left;
            let credited = destination.lamports().checked_add(amount).ok_or(MarketError::MathOverflow)?;
            **destination.try_borrow_mut_lamports()? = credited;
            Ok(())
        }
        Some(t) => {
            let seeds = vault.signer_seeds();
            token_interface::transfer_checked(
                CpiContext::new_with_signer(
                    t.token_program.clone(),
                    TransferChecked { from: t.vault_tokens.clone(), mint: t.mint.clone(), to: destination.clone(), authority: vault_info.clone() },
                    &[&seeds],
                ),
                amount,
                vault.decimals,
            )
        }
    }
}

/// A payout to `wallet` goes to the wallet itself for SOL, or to a token account of the vault's
/// mint owned by `wallet` (any such account, not only the associated one).
pub fn check_destination(vault: &Vault, destination: &AccountInfo, wallet: &Pubkey) -> Result<()> {
    if vault.is_native() {
        require_keys_eq!(destination.key(), *wallet, MarketError::WrongDestination);
        return Ok(());
    }
    require_keys_eq!(*destination.owner, vault.token_program, MarketError::WrongDestination);
    let data = destination.try_borrow_data()?;
    let account = TokenAccount::try_deserialize(&mut &data[..]).map_err(|_| error!(MarketError::WrongDestination))?;
    require_keys_eq!(account.mint, vault.mint, MarketError::WrongDestination);
    require_keys_eq!(account.owner, *wallet, MarketError::WrongDestination);
    Ok(())
}
