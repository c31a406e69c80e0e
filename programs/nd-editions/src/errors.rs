use anchor_lang::prelude::*;

#[error_code]
pub enum EditionsError {
    // Drop configuration.
    #[msg("the name is longer than Token Metadata's 32 bytes")]
    NameTooLong,
    #[msg("the symbol is longer than Token Metadata's 10 bytes")]
    SymbolTooLong,
    #[msg("the URI is longer than Token Metadata's 200 bytes")]
    UriTooLong,
    #[msg("royalties (seller_fee_basis_points) may not exceed 10000")]
    RoyaltyAboveMaximum,
    #[msg("a drop needs a max supply of at least one edition")]
    ZeroMaxSupply,
    #[msg("editions are sold for a price above zero")]
    ZeroPrice,
    #[msg("the sale window must end after it starts")]
    InvalidSaleWindow,
    #[msg("the presale window must end after it starts")]
    InvalidPresaleWindow,
    #[msg("the presale must end before the public sale starts")]
    PresaleOverlapsSale,
    #[msg("the presale needs a non-zero Merkle root")]
    EmptyMerkleRoot,
    #[msg("pass either a new presale or remove_presale, not both")]
    ConflictingPresaleUpdate,
    #[msg("a wallet cap can only be turned on before the first sale (earlier public mints were not counted)")]
    WalletCapAfterFirstSale,

    // Split and vault.
    #[msg("the drop authority must be the split's controller or one of its recipients")]
    AuthorityNotInSplit,
    #[msg("the vault is not the market's vault of this split and payment mint, or it is not open")]
    WrongVault,
    #[msg("the payment accounts do not match the drop's payment mint")]
    WrongPaymentMint,
    #[msg("the market program account is not the market program")]
    WrongMarketProgram,
    #[msg("the market did not report the payment it booked")]
    MissingPaymentReceipt,

    // Token Metadata accounts.
    #[msg("the Token Metadata program account is not Token Metadata")]
    WrongTokenMetadataProgram,
    #[msg("the program authority account is not this program's [\"authority\"] PDA")]
    WrongProgramAuthority,
    #[msg("the master metadata is not this drop's")]
    WrongMasterMetadata,
    #[msg("the master edition is not this drop's")]
    WrongMasterEdition,
    #[msg("the master token account is not this drop's")]
    WrongMasterTokenAccount,
    #[msg("changing the URI needs the master metadata and the Token Metadata program")]
    MissingMetadataAccounts,
    #[msg("the master metadata account could not be read")]
    UnreadableMetadata,

    // Sales.
    #[msg("the drop is paused")]
    DropPaused,
    #[msg("the sale has not started")]
    SaleNotStarted,
    #[msg("the sale has ended")]
    SaleEnded,
    #[msg("every edition of the drop is minted")]
    SoldOut,
    #[msg("this wallet has minted as many editions as the drop allows per wallet")]
    WalletCapReached,
    #[msg("the price differs from the price the buyer expected")]
    PriceMismatch,
    #[msg("the Merkle proof does not prove this wallet and allowance against the presale root")]
    InvalidMerkleProof,
    #[msg("the Merkle proof has more nodes than the program accepts")]
    ProofTooLong,
    #[msg("this wallet has used its whole presale allowance")]
    PresaleAllowanceExhausted,
    #[msg("a capped drop or a presale counts each wallet's mints: pass the buyer's WalletMints account")]
    WalletMintsRequired,

    // Authority and lifecycle.
    #[msg("only the drop's authority may do this")]
    NotDropAuthority,
    #[msg("no authority handover is pending")]
    NoPendingAuthority,
    #[msg("only the proposed authority may accept the handover")]
    NotPendingAuthority,
    #[msg("a drop closes only when sold out or after its sale has ended")]
    DropStillOnSale,
    #[msg("an amount does not fit its integer type")]
    MathOverflow,
}
