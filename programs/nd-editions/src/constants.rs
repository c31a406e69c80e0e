//! Seeds, fixed addresses and limits. Seeds are exported to the IDL so clients derive the same PDAs.
use anchor_lang::prelude::*;

#[constant]
pub const DROP_SEED: &[u8] = b"drop";
#[constant]
pub const MASTER_MINT_SEED: &[u8] = b"master_mint";
#[constant]
pub const WALLET_MINTS_SEED: &[u8] = b"minted";
#[constant]
pub const AUTHORITY_SEED: &[u8] = b"authority";

/// The program's signer ["authority"]: mint authority of new masters, owner of every master
/// token, update authority and verified creator of every master and print. Hot paths compare
/// against this constant instead of re-deriving it (a unit test checks it matches the seed).
pub const PROGRAM_AUTHORITY: Pubkey = pubkey!("Bq32uAVCHdPZkA6uzDJRM68WyNTMU3wmHwM6JRQKFWAK");
pub const PROGRAM_AUTHORITY_BUMP: u8 = 255;

/// Metaplex Token Metadata (the mainnet id; the program checks its PDAs against it).
pub const TOKEN_METADATA_PROGRAM_ID: Pubkey = pubkey!("metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s");

/// Token Metadata's limits (state/metadata.rs of 1.13.2), checked here first for named errors.
#[constant]
pub const MAX_NAME_LENGTH: u32 = 32;
#[constant]
pub const MAX_SYMBOL_LENGTH: u32 = 10;
#[constant]
pub const MAX_URI_LENGTH: u32 = 200;
/// Token Metadata allows 5 creators; the program's authority is one of them.
#[constant]
pub const MAX_CREATORS: u8 = 5;
#[constant]
pub const MAX_ROYALTY_BPS: u16 = 10_000;
/// Proof nodes accepted: an allowlist of up to 2^24 wallets.
#[constant]
pub const MAX_PROOF_NODES: u8 = 24;

/// Native SOL is the all-zero mint, as in the market.
pub const NATIVE_MINT: Pubkey = Pubkey::new_from_array([0; 32]);
