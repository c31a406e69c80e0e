use anchor_lang::prelude::*;
use anchor_spl::associated_token::AssociatedToken;
use anchor_spl::token::{self, Mint, MintTo, Token, TokenAccount};
use nd_market::Split;

use crate::token_metadata::{self as tm, MetadataFields};
use crate::{
    check_sale_terms, creators_from_split, Drop, DropCreated, EditionsError, Presale, AUTHORITY_SEED, DROP_SEED, MASTER_MINT_SEED,
    MAX_NAME_LENGTH, MAX_ROYALTY_BPS, MAX_SYMBOL_LENGTH, MAX_URI_LENGTH, PROGRAM_AUTHORITY, PROGRAM_AUTHORITY_BUMP,
    TOKEN_METADATA_PROGRAM_ID,
};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CreateDropArgs {
    /// Picks the master mint ["master_mint", authority, drop_id]: one drop per id and creator.
    pub drop_id: u64,
    pub name: String,
    pub symbol: String,
    pub uri: String,
    /// Royalties on secondary sales, paid by marketplaces to the creators.
    pub seller_fee_basis_points: u16,
    /// All-zero for native SOL; the split must have a market vault for it.
    pub payment_mint: Pubkey,
    pub price: u64,
    pub max_supply: u64,
    pub sale_start: i64,
    /// i64::MAX for no end.
    pub sale_end: i64,
    /// 0 for no per-wallet cap.
    pub wallet_cap: u32,
    pub presale: Option<Presale>,
}

/// Creates the master (one token, held by the program authority), its Token Metadata metadata
/// and master edition, and the drop. The signer pays every rent and becomes the drop authority.
#[derive(Accounts)]
#[instruction(args: CreateDropArgs)]
pub struct CreateDrop<'info> {
    #[account(mut)]
    pub authority: Signer<'info>,
    /// The market split receiving the proceeds (its owner and type are checked by Anchor).
    pub split: Box<Account<'info, Split>>,
    /// CHECK: must be the market's vault PDA of (split, payment mint), checked in `validate`.
    pub vault: UncheckedAccount<'info>,
    #[account(
        init,
        payer = authority,
        seeds = [MASTER_MINT_SEED, authority.key().as_ref(), args.drop_id.to_le_bytes().as_ref()],
        bump,
        mint::decimals = 0,
        mint::authority = program_authority,
        mint::freeze_authority = program_authority,
        mint::token_program = token_program,
    )]
    pub master_mint: Box<Account<'info, Mint>>,
    #[account(
        init,
        payer = authority,
        associated_token::mint = master_mint,
        associated_token::authority = program_authority,
        associated_token::token_program = token_program,
    )]
    pub master_tokens: Box<Account<'info, TokenAccount>>,
    #[account(init, payer = authority, space = 8 + Drop::INIT_SPACE, seeds = [DROP_SEED, master_mint.key().as_ref()], bump)]
    pub drop: Box<Account<'info, Drop>>,
    /// CHECK: created by Token Metadata, which checks it is the master mint's metadata PDA.
    #[account(mut)]
    pub master_metadata: UncheckedAccount<'info>,
    /// CHECK: created by Token Metadata, which checks it is the master mint's edition PDA.
    #[account(mut)]
    pub master_edition: UncheckedAccount<'info>,
    /// CHECK: the program's ["authority"] PDA (address checked).
    #[account(address = PROGRAM_AUTHORITY @ EditionsError::WrongProgramAuthority)]
    pub program_authority: UncheckedAccount<'info>,
    /// CHECK: address checked.
    #[account(address = TOKEN_METADATA_PROGRAM_ID @ EditionsError::WrongTokenMetadataProgram)]
    pub token_metadata_program: UncheckedAccount<'info>,
    pub token_program: Program<'info, Token>,
    pub associated_token_program: Program<'info, AssociatedToken>,
    pub system_program: Program<'info, System>,
}

impl CreateDrop<'_> {
    fn validate(&self, args: &CreateDropArgs) -> Result<()> {
        require!(args.name.len() <= MAX_NAME_LENGTH as usize, EditionsError::NameTooLong);
        require!(args.symbol.len() <= MAX_SYMBOL_LENGTH as usize, EditionsError::SymbolTooLong);
        require!(args.uri.len() <= MAX_URI_LENGTH as usize, EditionsError::UriTooLong);
        require!(args.seller_fee_basis_points <= MAX_ROYALTY_BPS, EditionsError::RoyaltyAboveMaximum);
        check_sale_terms(args.price, args.max_supply, args.sale_start, args.sale_end, args.presale.as_ref())?;
        let authority = self.authority.key();
        require!(self.split.controller == authority || self.split.is_recipient(&authority), EditionsError::AuthorityNotInSplit);
        let (vault, _) = Pubkey::find_program_address(&[nd_market::VAULT_SEED, self.split.key().as_ref(), args.payment_mint.as_ref()], &nd_market::ID);
        require!(self.vault.key() == vault && *self.vault.owner == nd_market::ID, EditionsError::WrongVault);
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn create_drop(ctx: Context<Self>, args: CreateDropArgs) -> Result<()> {
        let a = &ctx.accounts;
        let creators = creators_from_split(&a.split)?;
        let drop = Drop {
            authority: a.authority.key(),
            creator: a.authority.key(),
            drop_id: args.drop_id,
            master_mint: a.master_mint.key(),
            master_metadata: a.master_metadata.key(),
            master_edition: a.master_edition.key(),
            master_tokens: a.master_tokens.key(),
            split: a.split.key(),
            vault: a.vault.key(),
            payment_mint: args.payment_mint,
            price: args.price,
            max_supply: args.max_supply,
            minted: 0,
            sale_start: args.sale_start,
            sale_end: args.sale_end,
            wallet_cap: args.wallet_cap,
            gross: 0,
            paused: false,
            bump: ctx.bumps.drop,
            presale: args.presale,
            pending_authority: None,
        };

        let signer: &[&[&[u8]]] = &[&[AUTHORITY_SEED, &[PROGRAM_AUTHORITY_BUMP]]];
        token::mint_to(
            CpiContext::new_with_signer(
                a.token_program.to_account_info(),
                MintTo { mint: a.master_mint.to_account_info(), to: a.master_tokens.to_account_info(), authority: a.program_authority.to_account_info() },
                signer,
            ),
            1,
        )?;
        let fields = MetadataFields {
            name: &args.name,
            symbol: &args.symbol,
            uri: &args.uri,
            seller_fee_basis_points: args.seller_fee_basis_points,
            creators: &creators,
        };
        let mint_info = a.master_mint.to_account_info();
        tm::create_metadata_v3(
            tm::CreateMetadataV3 {
                metadata: &a.master_metadata,
                mint: &mint_info,
                authority: &a.program_authority,
                payer: &a.authority,
                system_program: &a.system_program,
                token_metadata_program: &a.token_metadata_program,
            },
            &fields,
        )?;
        tm::create_master_edition_v3(
            tm::CreateMasterEditionV3 {
                edition: &a.master_edition,
                mint: &mint_info,
                authority: &a.program_authority,
                payer: &a.authority,
                metadata: &a.master_metadata,
                token_program: &a.token_program,
                system_program: &a.system_program,
                token_metadata_program: &a.token_metadata_program,
            },
            args.max_supply,
        )?;

        let event = DropCreated {
            drop: ctx.accounts.drop.key(),
            authority: drop.authority,
            master_mint: drop.master_mint,
            split: drop.split,
            payment_mint: drop.payment_mint,
            price: drop.price,
            max_supply: drop.max_supply,
            sale_start: drop.sale_start,
            sale_end: drop.sale_end,
            wallet_cap: drop.wallet_cap,
            presale: drop.presale,
        };
        ctx.accounts.drop.set_inner(drop);
        emit!(event);
        Ok(())
    }
}
