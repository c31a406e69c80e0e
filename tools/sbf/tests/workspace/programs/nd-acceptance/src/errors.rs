use anchor_lang::prelude::*;

#[error_code]
pub enum AcceptanceError {
    #[msg("amount must be greater than zero")]
    ZeroAmount,
    #[msg("the deposit would exceed the vault's cap")]
    CapExceeded,
    #[msg("the new cap is below the vault's current total")]
    CapBelowTotal,
    #[msg("the position holds less than requested")]
    InsufficientFunds,
    #[msg("the position still holds tokens")]
    PositionNotEmpty,
    #[msg("the note text is too long")]
    NoteTooLong,
}
