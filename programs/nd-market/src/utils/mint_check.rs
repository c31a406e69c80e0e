//! Which mints a vault may hold. Token-2022 extensions that let someone else move, freeze or
//! redefine the vault's tokens would break the escrow's promises, so they are refused by name.
use anchor_lang::prelude::*;
use anchor_lang::solana_program::program_pack::Pack;
use anchor_spl::token_2022::spl_token_2022::{
    extension::{default_account_state::DefaultAccountState, BaseStateWithExtensions, ExtensionType, StateWithExtensions},
    state::{AccountState, Mint as Mint2022},
};
use anchor_spl::token_interface::spl_token_2022;

use crate::MarketError;

/// Checks the mint's owner and extensions; returns its decimals.
pub fn check_payment_mint(mint: &AccountInfo) -> Result<u8> {
    let data = mint.try_borrow_data()?;
    if *mint.owner == anchor_spl::token::ID {
        let state = anchor_spl::token::spl_token::state::Mint::unpack(&data)?;
        return Ok(state.decimals);
    }
    require_keys_eq!(*mint.owner, spl_token_2022::ID, MarketError::WrongTokenProgram);
    let state = StateWithExtensions::<Mint2022>::unpack(&data)?;
    for extension in state.get_extension_types()? {
        check_extension(&state, extension)?;
    }
    Ok(state.base.decimals)
}

fn check_extension(state: &StateWithExtensions<Mint2022>, extension: ExtensionType) -> Result<()> {
    match extension {
        // Transfer fees are booked on what the vault actually receives.
        ExtensionType::TransferFeeConfig
        | ExtensionType::MetadataPointer
        | ExtensionType::TokenMetadata
        | ExtensionType::GroupPointer
        | ExtensionType::GroupMemberPointer
        | ExtensionType::TokenGroup
        | ExtensionType::TokenGroupMember
        | ExtensionType::InterestBearingConfig
        | ExtensionType::ScaledUiAmount => Ok(()),
        ExtensionType::PermanentDelegate => err!(MarketError::PermanentDelegateNotAllowed),
        ExtensionType::NonTransferable => err!(MarketError::NonTransferableMint),
        ExtensionType::TransferHook => err!(MarketError::TransferHookNotSupported),
        ExtensionType::MintCloseAuthority => err!(MarketError::MintCloseAuthorityNotAllowed),
        ExtensionType::DefaultAccountState => {
            let default = state.get_extension::<DefaultAccountState>()?;
            require!(default.state != AccountState::Frozen as u8, MarketError::DefaultFrozenMint);
            Ok(())
        }
        _ => err!(MarketError::UnsupportedMintExtension),
    }
}
