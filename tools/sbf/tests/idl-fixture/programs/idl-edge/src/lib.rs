//! IDL edge cases (never deployed): each item below exercises one rule of anchor-cli 0.32.1's IDL
//! assembly or of its camelCase conversion for target/types.
#![allow(non_snake_case)]
use anchor_lang::prelude::*;

declare_id!("DWHjiia8P5JPxFV6UrMXdWxEgQ6uNXy2GCp19HCjvjfU");

/// A public key value: the TypeScript conversion must leave it as it is.
#[constant]
pub const ADMIN: Pubkey = pubkey!("DWHjiia8P5JPxFV6UrMXdWxEgQ6uNXy2GCp19HCjvjfU");
/// An underscored literal, which the conversion re-cases like a name.
#[constant]
pub const FEE_BPS_1_000: u64 = 1_000;
#[constant]
pub const GREETING: &str = "héllo wörld";
#[constant]
pub const MAGIC: [u8; 4] = *b"ND42";

/// Two types named `Config` in different modules keep their full paths.
pub mod alpha {
    use super::*;

    #[derive(AnchorSerialize, AnchorDeserialize, Clone)]
    pub struct Config {
        pub x: u8,
    }
}

pub mod beta {
    use super::*;

    #[derive(AnchorSerialize, AnchorDeserialize, Clone)]
    pub struct Config {
        pub y: u16,
    }
}

pub mod gamma {
    use super::*;

    /// Unique, so its module path is dropped.
    #[derive(AnchorSerialize, AnchorDeserialize, Clone)]
    pub struct Limits {
        pub low_bound: i128,
        pub high_bound: Option<u32>,
    }
}

#[derive(AnchorSerialize, AnchorDeserialize, Clone)]
pub enum HTTPMode {
    Off,
    Fixed(u64, Pubkey),
    Ranged { limits: gamma::Limits, note_2: String },
}

#[derive(AnchorSerialize, AnchorDeserialize, Clone)]
pub struct Pair<T: AnchorSerialize + AnchorDeserialize + Clone> {
    pub first: T,
    pub second: T,
}

#[derive(AnchorSerialize, AnchorDeserialize, Clone)]
pub struct Buffer<const N: usize> {
    pub data: [u8; N],
}

#[account]
pub struct State {
    pub mode: HTTPMode,
    pub nft_mint_2: Pubkey,
    pub a_b_c: u8,
    pub x2y: [u16; 3],
    pub cfg_alpha: alpha::Config,
    pub cfg_beta: beta::Config,
    pub history: Vec<Option<gamma::Limits>>,
}

#[account(zero_copy)]
pub struct BigTable {
    pub values: [u64; 8],
    pub owner: Pubkey,
}

#[program]
pub mod idl_edge {
    use super::*;

    /// Docs with `backticks`, "quotes" and non-ASCII: café.
    pub fn mint_nft_v2(
        _ctx: Context<MintNftV2>,
        _mode: HTTPMode,
        _pair: Pair<u64>,
        _buf: Buffer<16>,
        _alpha_cfg: alpha::Config,
        _beta_cfg: beta::Config,
        ABCDef: u8,
    ) -> Result<u64> {
        Ok(ABCDef as u64)
    }

    pub fn with_composite(ctx: Context<WithComposite>, seed_arg: String) -> Result<()> {
        emit!(Happened { cfg: alpha::Config { x: seed_arg.len() as u8 }, limits: None });
        let _ = ctx.accounts.pda.key();
        Ok(())
    }
}

#[derive(Accounts)]
pub struct MintNftV2<'info> {
    #[account(zero)]
    pub state: Account<'info, State>,
    pub big_table: AccountLoader<'info, BigTable>,
    pub optional_signer: Option<Signer<'info>>,
    /// CHECK: only its address is checked.
    #[account(address = ADMIN)]
    pub admin: UncheckedAccount<'info>,
}

#[derive(Accounts)]
#[instruction(seed_arg: String)]
pub struct WithComposite<'info> {
    pub inner: MintNftV2<'info>,
    /// CHECK: a PDA of an instruction argument and a nested account.
    #[account(seeds = [b"edge", seed_arg.as_bytes(), inner.state.key().as_ref()], bump)]
    pub pda: UncheckedAccount<'info>,
    pub system_program: Program<'info, System>,
}

#[event]
pub struct Happened {
    pub cfg: alpha::Config,
    pub limits: Option<gamma::Limits>,
}

#[error_code]
pub enum EdgeError {
    NoMessage,
    #[msg("Ünïcode")]
    UnicodeWord,
    #[msg("a message with spaces")]
    Spaced,
}
