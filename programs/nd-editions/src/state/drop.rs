use anchor_lang::prelude::*;

use crate::EditionsError;

/// An allowlist presale: wallets in the Merkle tree mint up to their allowance at `price`
/// during [start, end). Leaf = sha256(wallet ‖ allowance as u64 LE); parents hash the sorted pair.
#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Presale {
    pub merkle_root: [u8; 32],
    pub start: i64,
    pub end: i64,
    pub price: u64,
}

/// Which sale a mint falls in, with the price it pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Presale { root: [u8; 32], price: u64 },
    Public { price: u64 },
}

/// A limited run of numbered prints of one master, at ["drop", master_mint]. The master token
/// sits in the program authority's associated token account; proceeds are never held here but
/// paid into the market vault of `split` for `payment_mint`.
#[account]
#[derive(InitSpace)]
pub struct Drop {
    pub authority: Pubkey,
    /// Signer of `create_drop`: seeds the master mint ["master_mint", creator, drop_id].
    pub creator: Pubkey,
    pub drop_id: u64,
    pub master_mint: Pubkey,
    /// Token Metadata PDAs of the master, checked once at creation so sales only compare keys.
    pub master_metadata: Pubkey,
    pub master_edition: Pubkey,
    pub master_tokens: Pubkey,
    pub split: Pubkey,
    /// The market's vault of `split` for `payment_mint`.
    pub vault: Pubkey,
    /// All-zero for native SOL.
    pub payment_mint: Pubkey,
    /// Public-sale price.
    pub price: u64,
    pub max_supply: u64,
    /// Editions printed so far; the next print is edition `minted + 1`.
    pub minted: u64,
    pub sale_start: i64,
    /// i64::MAX for a sale without end.
    pub sale_end: i64,
    /// Editions one wallet may mint over presale and public sale together; 0 for no cap (then
    /// public mints are not counted, and a cap can only be set before the first sale).
    pub wallet_cap: u32,
    /// Prices as booked by the market (net of any transfer fee), summed.
    pub gross: u128,
    pub paused: bool,
    pub bump: u8,
    pub presale: Option<Presale>,
    /// Set by `propose_authority`; becomes `authority` when it signs `accept_authority`.
    pub pending_authority: Option<Pubkey>,
}

impl Drop {
    /// The sale open at `now`, or why none is.
    pub fn phase(&self, now: i64) -> Result<Phase> {
        if let Some(p) = self.presale {
            if now >= p.start && now < p.end {
                return Ok(Phase::Presale { root: p.merkle_root, price: p.price });
            }
        }
        if now < self.sale_start {
            return err!(EditionsError::SaleNotStarted);
        }
        require!(now < self.sale_end, EditionsError::SaleEnded);
        Ok(Phase::Public { price: self.price })
    }

    pub fn sold_out(&self) -> bool {
        self.minted >= self.max_supply
    }

    /// The rules every configuration (creation and each update) must satisfy.
    pub fn check_terms(&self) -> Result<()> {
        check_sale_terms(self.price, self.max_supply, self.sale_start, self.sale_end, self.presale.as_ref())
    }
}

/// Prices above zero, at least one edition, windows that end after they start and a presale
/// (with a root) that ends before the public sale starts.
pub fn check_sale_terms(price: u64, max_supply: u64, sale_start: i64, sale_end: i64, presale: Option<&Presale>) -> Result<()> {
    require!(price > 0, EditionsError::ZeroPrice);
    require!(max_supply > 0, EditionsError::ZeroMaxSupply);
    require!(sale_start < sale_end, EditionsError::InvalidSaleWindow);
    if let Some(p) = presale {
        require!(p.merkle_root != [0; 32], EditionsError::EmptyMerkleRoot);
        require!(p.price > 0, EditionsError::ZeroPrice);
        require!(p.start < p.end, EditionsError::InvalidPresaleWindow);
        require!(p.end <= sale_start, EditionsError::PresaleOverlapsSale);
    }
    Ok(())
}
