use anchor_lang::prelude::*;

use crate::token_metadata::{self as tm, MetadataFields};
use crate::{
    Drop, DropUpdated, EditionsError, Presale, MAX_URI_LENGTH, PROGRAM_AUTHORITY, TOKEN_METADATA_PROGRAM_ID,
};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug, Default)]
pub struct UpdateDropArgs {
    pub price: Option<u64>,
    pub sale_start: Option<i64>,
    pub sale_end: Option<i64>,
    pub wallet_cap: Option<u32>,
    /// Sets or replaces the presale.
    pub presale: Option<Presale>,
    pub remove_presale: bool,
    /// New URI of the master; prints made from now on copy it (existing prints are immutable).
    pub uri: Option<String>,
}

/// Changes a drop's terms (checked as at creation) and, with `uri`, the master's metadata URI.
#[derive(Accounts)]
pub struct UpdateDrop<'info> {
    pub authority: Signer<'info>,
    #[account(mut)]
    pub drop: Box<Account<'info, Drop>>,
    /// URI changes only.
    /// CHECK: must be the drop's master metadata (checked).
    #[account(mut)]
    pub master_metadata: Option<UncheckedAccount<'info>>,
    /// URI changes only.
    /// CHECK: address checked.
    #[account(address = PROGRAM_AUTHORITY @ EditionsError::WrongProgramAuthority)]
    pub program_authority: Option<UncheckedAccount<'info>>,
    /// URI changes only.
    /// CHECK: address checked.
    #[account(address = TOKEN_METADATA_PROGRAM_ID @ EditionsError::WrongTokenMetadataProgram)]
    pub token_metadata_program: Option<UncheckedAccount<'info>>,
}

impl UpdateDrop<'_> {
    fn validate(&self, args: &UpdateDropArgs) -> Result<()> {
        require_keys_eq!(self.authority.key(), self.drop.authority, EditionsError::NotDropAuthority);
        require!(!(args.presale.is_some() && args.remove_presale), EditionsError::ConflictingPresaleUpdate);
        if let Some(uri) = &args.uri {
            require!(uri.len() <= MAX_URI_LENGTH as usize, EditionsError::UriTooLong);
            let metadata = self.master_metadata.as_ref().ok_or(EditionsError::MissingMetadataAccounts)?;
            require!(self.program_authority.is_some() && self.token_metadata_program.is_some(), EditionsError::MissingMetadataAccounts);
            require_keys_eq!(metadata.key(), self.drop.master_metadata, EditionsError::WrongMasterMetadata);
        }
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn update_drop(ctx: Context<Self>, args: UpdateDropArgs) -> Result<()> {
        let a = &ctx.accounts;
        if let (Some(uri), Some(metadata), Some(authority), Some(program)) = (&args.uri, &a.master_metadata, &a.program_authority, &a.token_metadata_program) {
            let stored = tm::read_metadata(&metadata.try_borrow_data()?)?;
            let fields = MetadataFields {
                name: &stored.name,
                symbol: &stored.symbol,
                uri,
                seller_fee_basis_points: stored.seller_fee_basis_points,
                creators: &stored.creators,
            };
            tm::update_metadata_v2(metadata, authority, program, &fields)?;
        }

        let drop_key = ctx.accounts.drop.key();
        let drop = &mut ctx.accounts.drop;
        if let Some(price) = args.price {
            drop.price = price;
        }
        if let Some(start) = args.sale_start {
            drop.sale_start = start;
        }
        if let Some(end) = args.sale_end {
            drop.sale_end = end;
        }
        if let Some(cap) = args.wallet_cap {
            // Uncapped public mints are not counted, so a cap cannot start once something sold.
            require!(cap == 0 || drop.wallet_cap > 0 || drop.minted == 0, EditionsError::WalletCapAfterFirstSale);
            drop.wallet_cap = cap;
        }
        if args.remove_presale {
            drop.presale = None;
        } else if args.presale.is_some() {
            drop.presale = args.presale;
        }
        drop.check_terms()?;
        emit!(DropUpdated {
            drop: drop_key,
            price: drop.price,
            sale_start: drop.sale_start,
            sale_end: drop.sale_end,
            wallet_cap: drop.wallet_cap,
            presale: drop.presale,
            uri_changed: args.uri.is_some(),
        });
        Ok(())
    }
}
