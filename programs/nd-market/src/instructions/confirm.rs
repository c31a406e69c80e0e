use anchor_lang::prelude::*;

use crate::Settle;

impl Settle<'_> {
    /// The buyer releases an escrowed payment early, giving up the dispute window.
    #[access_control(ctx.accounts.validate(true))]
    pub fn confirm(ctx: Context<Self>) -> Result<()> {
        Self::settle_purchase(ctx, true)
    }
}
