use anchor_lang::prelude::*;
use anchor_lang::solana_program::instruction::Instruction;
use anchor_lang::solana_program::program::{get_return_data, invoke_signed_unchecked};
use anchor_lang::InstructionData;
use anchor_spl::token::Token;

use crate::token_metadata::{self as tm};
use crate::{
    merkle, Drop, EditionMinted, EditionsError, Phase, WalletMints, MAX_PROOF_NODES, NATIVE_MINT, PROGRAM_AUTHORITY,
    TOKEN_METADATA_PROGRAM_ID, WALLET_MINTS_SEED,
};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct MintEditionArgs {
    /// Must equal the current phase's price: a price change between quote and mint fails the mint.
    pub expected_price: u64,
    /// Presale only: the allowance in the buyer's allowlist leaf.
    pub allowance: u64,
    /// Presale only: the Merkle proof of (buyer, allowance); ignored during the public sale.
    pub proof: Vec<[u8; 32]>,
}

/// Sells the next edition: the buyer pays the phase's price into the drop's split vault through
/// the market's `pay_split` (one fee and split booking for the whole platform), then Token
/// Metadata prints edition `minted + 1` onto the buyer's fresh mint.
///
/// The new mint is the buyer's: an SPL Token mint with 0 decimals, supply 1 (in the buyer's
/// token account) and the buyer as mint and freeze authority, created earlier in the same
/// transaction (or before); Token Metadata moves both authorities to the print's edition PDA.
#[derive(Accounts)]
pub struct MintEdition<'info> {
    /// Pays the price, the rents and Token Metadata's fee; signs as the new mint's authority.
    #[account(mut)]
    pub buyer: Signer<'info>,
    #[account(
        mut,
        has_one = vault @ EditionsError::WrongVault,
        has_one = master_metadata @ EditionsError::WrongMasterMetadata,
        has_one = master_edition @ EditionsError::WrongMasterEdition,
        has_one = master_tokens @ EditionsError::WrongMasterTokenAccount,
    )]
    pub drop: Box<Account<'info, Drop>>,
    /// The buyer's counter: required when the drop has a wallet cap and during the presale (the
    /// allowance); an uncapped public sale counts nothing, so its buyers pay for no counter.
    #[account(
        init_if_needed,
        payer = buyer,
        space = 8 + WalletMints::INIT_SPACE,
        seeds = [WALLET_MINTS_SEED, drop.key().as_ref(), buyer.key().as_ref()],
        bump,
    )]
    pub wallet_mints: Option<Box<Account<'info, WalletMints>>>,

    /// CHECK: the market's platform; the market checks it.
    pub platform: UncheckedAccount<'info>,
    /// CHECK: the drop's vault (has_one); the market checks its type.
    #[account(mut)]
    pub vault: UncheckedAccount<'info>,
    /// Token drops only: the payment mint.
    /// CHECK: compared with the drop's payment mint; the market checks it against the vault.
    pub payment_mint: Option<UncheckedAccount<'info>>,
    /// Token drops only.
    /// CHECK: the market checks it is the vault's token account.
    #[account(mut)]
    pub vault_tokens: Option<UncheckedAccount<'info>>,
    /// Token drops only: the account paid from.
    /// CHECK: the token program checks the buyer may spend it.
    #[account(mut)]
    pub buyer_tokens: Option<UncheckedAccount<'info>>,
    /// Token drops only.
    /// CHECK: the market checks it is the vault's token program.
    pub payment_token_program: Option<UncheckedAccount<'info>>,
    /// CHECK: the market's `__event_authority`; the market checks it.
    pub market_event_authority: UncheckedAccount<'info>,
    /// CHECK: address checked.
    #[account(address = nd_market::ID @ EditionsError::WrongMarketProgram)]
    pub market_program: UncheckedAccount<'info>,

    /// CHECK: the buyer's new mint; Token Metadata checks supply, decimals and authority.
    #[account(mut)]
    pub new_mint: UncheckedAccount<'info>,
    /// CHECK: Token Metadata checks it is the new mint's metadata PDA.
    #[account(mut)]
    pub new_metadata: UncheckedAccount<'info>,
    /// CHECK: Token Metadata checks it is the new mint's edition PDA.
    #[account(mut)]
    pub new_edition: UncheckedAccount<'info>,
    /// CHECK: Token Metadata checks it is the marker PDA of edition `minted + 1`.
    #[account(mut)]
    pub edition_marker: UncheckedAccount<'info>,
    /// CHECK: the drop's (has_one).
    #[account(mut)]
    pub master_edition: UncheckedAccount<'info>,
    /// CHECK: the drop's (has_one).
    pub master_metadata: UncheckedAccount<'info>,
    /// CHECK: the drop's (has_one).
    pub master_tokens: UncheckedAccount<'info>,
    /// CHECK: address checked.
    #[account(address = PROGRAM_AUTHORITY @ EditionsError::WrongProgramAuthority)]
    pub program_authority: UncheckedAccount<'info>,
    /// CHECK: address checked.
    #[account(address = TOKEN_METADATA_PROGRAM_ID @ EditionsError::WrongTokenMetadataProgram)]
    pub token_metadata_program: UncheckedAccount<'info>,
    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

impl<'info> MintEdition<'info> {
    fn validate(&self, args: &MintEditionArgs) -> Result<()> {
        let drop = &self.drop;
        require!(!drop.paused, EditionsError::DropPaused);
        require!(!drop.sold_out(), EditionsError::SoldOut);
        let phase = drop.phase(Clock::get()?.unix_timestamp)?;
        let price = match phase {
            Phase::Presale { price, .. } | Phase::Public { price } => price,
        };
        require!(args.expected_price == price, EditionsError::PriceMismatch);
        let token_side = [&self.payment_mint, &self.vault_tokens, &self.buyer_tokens, &self.payment_token_program];
        if drop.payment_mint == NATIVE_MINT {
            require!(token_side.iter().all(|a| a.is_none()), EditionsError::WrongPaymentMint);
        } else {
            require!(token_side.iter().all(|a| a.is_some()), EditionsError::WrongPaymentMint);
            let mint = self.payment_mint.as_ref().map(|m| m.key()).unwrap_or_default();
            require_keys_eq!(mint, drop.payment_mint, EditionsError::WrongPaymentMint);
        }
        let presale = matches!(phase, Phase::Presale { .. });
        if drop.wallet_cap == 0 && !presale {
            return Ok(());
        }
        // The counter is fresh (all zero) on a wallet's first mint.
        let counted = self.wallet_mints.as_ref().ok_or(EditionsError::WalletMintsRequired)?;
        if drop.wallet_cap > 0 {
            require!(counted.minted < drop.wallet_cap, EditionsError::WalletCapReached);
        }
        if let Phase::Presale { root, .. } = phase {
            require!(args.proof.len() <= MAX_PROOF_NODES as usize, EditionsError::ProofTooLong);
            let leaf = merkle::leaf(self.buyer.key, args.allowance);
            require!(merkle::verify(&args.proof, &root, leaf), EditionsError::InvalidMerkleProof);
            require!((counted.presale_minted as u64) < args.allowance, EditionsError::PresaleAllowanceExhausted);
        }
        Ok(())
    }

    #[access_control(ctx.accounts.validate(&args))]
    pub fn mint_edition(ctx: Context<'_, '_, '_, 'info, Self>, args: MintEditionArgs) -> Result<()> {
        let presale = matches!(ctx.accounts.drop.phase(Clock::get()?.unix_timestamp)?, Phase::Presale { .. });
        let payment = ctx.accounts.pay(args.expected_price)?;
        let edition = ctx.accounts.drop.minted.checked_add(1).ok_or(EditionsError::MathOverflow)?;
        ctx.accounts.print(edition)?;

        let drop_key = ctx.accounts.drop.key();
        let drop = &mut ctx.accounts.drop;
        drop.minted = edition;
        drop.gross = drop.gross.saturating_add(payment.price as u128);
        if let Some(counted) = ctx.accounts.wallet_mints.as_mut() {
            if counted.wallet == Pubkey::default() {
                counted.drop = drop_key;
                counted.wallet = ctx.accounts.buyer.key();
                counted.bump = ctx.bumps.wallet_mints.unwrap_or_default();
            }
            counted.minted = counted.minted.checked_add(1).ok_or(EditionsError::MathOverflow)?;
            if presale {
                counted.presale_minted = counted.presale_minted.checked_add(1).ok_or(EditionsError::MathOverflow)?;
            }
        }
        let event = EditionMinted {
            drop: drop_key,
            edition,
            buyer: ctx.accounts.buyer.key(),
            mint: ctx.accounts.new_mint.key(),
            price: payment.price,
            fee: payment.fee,
            presale,
        };
        // A log event: the market's `SplitPaid` (emitted by self-CPI) already records the money; a
        // second self-CPI here would cost about 8k compute units (tests/editions/compute-units.test.ts).
        emit!(event);
        Ok(())
    }

    /// The market books `price` into the split's vault exactly as a sale; returns what it booked.
    fn pay(&self, price: u64) -> Result<nd_market::SplitPayment> {
        let opt = |a: &Option<UncheckedAccount<'info>>| a.as_ref().map(|a| a.to_account_info());
        let accounts = nd_market::cpi::accounts::PaySplit {
            payer: self.buyer.to_account_info(),
            platform: self.platform.to_account_info(),
            vault: self.vault.to_account_info(),
            referrer_credit: None,
            mint: opt(&self.payment_mint),
            vault_tokens: opt(&self.vault_tokens),
            payer_tokens: opt(&self.buyer_tokens),
            token_program: opt(&self.payment_token_program),
            system_program: self.system_program.to_account_info(),
            event_authority: self.market_event_authority.to_account_info(),
            program: self.market_program.to_account_info(),
        };
        let args = nd_market::PaySplitArgs { amount: price, tip: 0, reference: self.drop.key(), referrer: NATIVE_MINT, referral_bps: 0 };
        let ix = Instruction {
            program_id: nd_market::ID,
            accounts: accounts.to_account_metas(None),
            data: nd_market::instruction::PaySplit { args }.data(),
        };
        // The market's own CPI client, minus the meta × info borrow scan of `invoke_signed`
        // (no borrow of these accounts is held here).
        invoke_signed_unchecked(&ix, &accounts.to_account_infos(), &[])?;
        // Read here rather than through `Return::get`, which panics when the data is missing.
        let (program, data) = get_return_data().ok_or(EditionsError::MissingPaymentReceipt)?;
        require_keys_eq!(program, nd_market::ID, EditionsError::MissingPaymentReceipt);
        nd_market::SplitPayment::try_from_slice(&data).map_err(|_| error!(EditionsError::MissingPaymentReceipt))
    }

    fn print(&self, edition: u64) -> Result<()> {
        tm::print_edition(
            tm::PrintEdition {
                new_metadata: &self.new_metadata,
                new_edition: &self.new_edition,
                master_edition: &self.master_edition,
                new_mint: &self.new_mint,
                edition_marker: &self.edition_marker,
                buyer: &self.buyer,
                authority: &self.program_authority,
                master_tokens: &self.master_tokens,
                master_metadata: &self.master_metadata,
                token_program: &self.token_program,
                system_program: &self.system_program,
                token_metadata_program: &self.token_metadata_program,
            },
            edition,
        )
    }
}
