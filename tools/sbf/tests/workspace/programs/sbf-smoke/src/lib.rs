use anchor_lang::prelude::*;

declare_id!("A8LE4ruKtQ9w3uHbWe3Az75ihhJhr8o6zW9MmJhLMMKN");

#[program]
pub mod sbf_smoke {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>, start: u64) -> Result<()> {
        let c = &mut ctx.accounts.counter;
        c.authority = ctx.accounts.authority.key();
        c.count = start;
        c.bump = ctx.bumps.counter;
        Ok(())
    }

    pub fn increment(ctx: Context<Increment>, by: u64) -> Result<()> {
        let c = &mut ctx.accounts.counter;
        c.count = c.count.checked_add(by).ok_or(SmokeError::Overflow)?;
        emit!(Incremented { count: c.count, by });
        let ix = anchor_lang::system_program::Transfer {
            from: ctx.accounts.authority.to_account_info(),
            to: ctx.accounts.counter.to_account_info(),
        };
        anchor_lang::system_program::transfer(CpiContext::new(ctx.accounts.system_program.to_account_info(), ix), by)
    }

    /// Fee-style 128-bit arithmetic: floor(a * b / d), returned through return data.
    pub fn mul_div(_ctx: Context<Pure>, a: u64, b: u64, d: u64) -> Result<()> {
        let q = (a as u128)
            .checked_mul(b as u128)
            .and_then(|p| p.checked_div(d as u128))
            .ok_or(SmokeError::Overflow)?;
        anchor_lang::solana_program::program::set_return_data(&q.to_le_bytes());
        Ok(())
    }

    pub fn panic(_ctx: Context<Pure>, code: u64) -> Result<()> {
        if code > 0 {
            panic!("smoke panic {}", code);
        }
        Ok(())
    }
}

#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(init, payer = authority, space = 8 + Counter::INIT_SPACE, seeds = [b"counter", authority.key().as_ref()], bump)]
    pub counter: Account<'info, Counter>,
    #[account(mut)]
    pub authority: Signer<'info>,
    pub system_program: Program<'info, System>,
}

#[derive(Accounts)]
pub struct Increment<'info> {
    #[account(mut, seeds = [b"counter", authority.key().as_ref()], bump = counter.bump, has_one = authority)]
    pub counter: Account<'info, Counter>,
    #[account(mut)]
    pub authority: Signer<'info>,
    pub system_program: Program<'info, System>,
}

#[derive(Accounts)]
pub struct Pure {}

#[account]
#[derive(InitSpace)]
pub struct Counter {
    pub authority: Pubkey,
    pub count: u64,
    pub bump: u8,
}

#[event]
pub struct Incremented {
    pub count: u64,
    pub by: u64,
}

#[error_code]
pub enum SmokeError {
    #[msg("counter overflow")]
    Overflow,
}
