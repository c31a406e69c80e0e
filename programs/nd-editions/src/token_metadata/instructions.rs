//! The Token Metadata instructions drops use, invoked with the program authority's signature.
use anchor_lang::prelude::*;
use anchor_lang::solana_program::instruction::{AccountMeta, Instruction};
use anchor_lang::solana_program::program::invoke_signed_unchecked;

use super::data::{MetadataFields, Writer};
use crate::{AUTHORITY_SEED, PROGRAM_AUTHORITY_BUMP, TOKEN_METADATA_PROGRAM_ID};

// Variant indices of `MetadataInstruction` in 1.13.2 (instruction/mod.rs).
const MINT_NEW_EDITION_FROM_MASTER_EDITION_VIA_TOKEN: u8 = 11;
const UPDATE_METADATA_ACCOUNT_V2: u8 = 15;
const CREATE_MASTER_EDITION_V3: u8 = 17;
const CREATE_METADATA_ACCOUNT_V3: u8 = 33;

const AUTHORITY_SIGNER: &[&[u8]] = &[AUTHORITY_SEED, &[PROGRAM_AUTHORITY_BUMP]];

fn w(info: &AccountInfo) -> AccountMeta {
    AccountMeta::new(info.key(), info.is_signer)
}

fn r(info: &AccountInfo) -> AccountMeta {
    AccountMeta::new_readonly(info.key(), info.is_signer)
}

/// Accounts signed for by the program authority are marked signers whatever their info says.
fn signer(info: &AccountInfo, writable: bool) -> AccountMeta {
    if writable {
        AccountMeta::new(info.key(), true)
    } else {
        AccountMeta::new_readonly(info.key(), true)
    }
}

fn invoke<'info>(program: &AccountInfo<'info>, metas: Vec<AccountMeta>, data: Vec<u8>, infos: &[&AccountInfo<'info>]) -> Result<()> {
    let ix = Instruction { program_id: TOKEN_METADATA_PROGRAM_ID, accounts: metas, data };
    let mut owned: Vec<AccountInfo<'info>> = infos.iter().map(|i| (*i).clone()).collect();
    owned.push(program.clone());
    // Unchecked: the checked variant compares every meta with every info and tries a RefCell
    // borrow of each (thousands of CU for a print); no borrow of these accounts is held here.
    invoke_signed_unchecked(&ix, &owned, &[AUTHORITY_SIGNER]).map_err(Into::into)
}

pub struct CreateMetadataV3<'a, 'info> {
    pub metadata: &'a AccountInfo<'info>,
    pub mint: &'a AccountInfo<'info>,
    /// The mint's authority and the metadata's update authority: the program authority.
    pub authority: &'a AccountInfo<'info>,
    pub payer: &'a AccountInfo<'info>,
    pub system_program: &'a AccountInfo<'info>,
    pub token_metadata_program: &'a AccountInfo<'info>,
}

/// CreateMetadataAccountV3, mutable, no collection details. The update authority signs, so it
/// may list itself as a verified creator.
pub fn create_metadata_v3(a: CreateMetadataV3, fields: &MetadataFields) -> Result<()> {
    let mut data = Writer::new(CREATE_METADATA_ACCOUNT_V3, 320);
    data.data_v2(fields).u8(1).none();
    let metas = vec![w(a.metadata), r(a.mint), signer(a.authority, false), w(a.payer), signer(a.authority, false), r(a.system_program)];
    invoke(a.token_metadata_program, metas, data.0, &[a.metadata, a.mint, a.authority, a.payer, a.system_program])
}

pub struct CreateMasterEditionV3<'a, 'info> {
    pub edition: &'a AccountInfo<'info>,
    pub mint: &'a AccountInfo<'info>,
    /// Update authority of the metadata and authority of the mint: the program authority.
    pub authority: &'a AccountInfo<'info>,
    pub payer: &'a AccountInfo<'info>,
    pub metadata: &'a AccountInfo<'info>,
    pub token_program: &'a AccountInfo<'info>,
    pub system_program: &'a AccountInfo<'info>,
    pub token_metadata_program: &'a AccountInfo<'info>,
}

/// CreateMasterEditionV3 with a fixed max supply; mint and freeze authority move to the edition.
pub fn create_master_edition_v3(a: CreateMasterEditionV3, max_supply: u64) -> Result<()> {
    let mut data = Writer::new(CREATE_MASTER_EDITION_V3, 10);
    data.u8(1).u64(max_supply);
    let metas = vec![
        w(a.edition),
        w(a.mint),
        signer(a.authority, false),
        signer(a.authority, false),
        w(a.payer),
        w(a.metadata),
        r(a.token_program),
        r(a.system_program),
    ];
    invoke(
        a.token_metadata_program,
        metas,
        data.0,
        &[a.edition, a.mint, a.authority, a.payer, a.metadata, a.token_program, a.system_program],
    )
}

/// UpdateMetadataAccountV2 replacing the data; update authority, primary sale and mutability unchanged.
pub fn update_metadata_v2<'info>(
    metadata: &AccountInfo<'info>,
    authority: &AccountInfo<'info>,
    token_metadata_program: &AccountInfo<'info>,
    fields: &MetadataFields,
) -> Result<()> {
    let mut data = Writer::new(UPDATE_METADATA_ACCOUNT_V2, 320);
    data.u8(1).data_v2(fields).none().none().none();
    invoke(token_metadata_program, vec![w(metadata), signer(authority, false)], data.0, &[metadata, authority])
}

pub struct PrintEdition<'a, 'info> {
    pub new_metadata: &'a AccountInfo<'info>,
    pub new_edition: &'a AccountInfo<'info>,
    pub master_edition: &'a AccountInfo<'info>,
    pub new_mint: &'a AccountInfo<'info>,
    pub edition_marker: &'a AccountInfo<'info>,
    /// Signs as the new mint's authority and pays the rent and Token Metadata's fee.
    pub buyer: &'a AccountInfo<'info>,
    /// Owns the master token account and becomes the print's update authority.
    pub authority: &'a AccountInfo<'info>,
    pub master_tokens: &'a AccountInfo<'info>,
    pub master_metadata: &'a AccountInfo<'info>,
    pub token_program: &'a AccountInfo<'info>,
    pub system_program: &'a AccountInfo<'info>,
    pub token_metadata_program: &'a AccountInfo<'info>,
}

/// MintNewEditionFromMasterEditionViaToken: prints edition `edition` onto the buyer's fresh
/// mint (supply 1, decimals 0, authority the buyer); Token Metadata checks the marker PDA.
pub fn print_edition(a: PrintEdition, edition: u64) -> Result<()> {
    let mut data = Writer::new(MINT_NEW_EDITION_FROM_MASTER_EDITION_VIA_TOKEN, 9);
    data.u64(edition);
    let metas = vec![
        w(a.new_metadata),
        w(a.new_edition),
        w(a.master_edition),
        w(a.new_mint),
        w(a.edition_marker),
        r(a.buyer),
        w(a.buyer),
        signer(a.authority, false),
        r(a.master_tokens),
        r(a.authority),
        r(a.master_metadata),
        r(a.token_program),
        r(a.system_program),
    ];
    invoke(
        a.token_metadata_program,
        metas,
        data.0,
        &[
            a.new_metadata,
            a.new_edition,
            a.master_edition,
            a.new_mint,
            a.edition_marker,
            a.buyer,
            a.authority,
            a.master_tokens,
            a.master_metadata,
            a.token_program,
            a.system_program,
        ],
    )
}
