use anchor_lang::prelude::*;

use crate::AdvanceQueue;

/// Recoupable advances of one recipient in one vault, at ["advances", vault, [recipient_index]],
/// repaid first in, first out from that recipient's claims.
#[account]
#[derive(InitSpace)]
pub struct Advances {
    pub vault: Pubkey,
    pub recipient_index: u8,
    pub queue: AdvanceQueue,
    pub bump: u8,
}
