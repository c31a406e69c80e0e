//! Exposes nd-math's pure functions as instructions. Each returns, through return data, either
//! `ok:<values>` or `err:<MathError code>`, in the shape of tests/vectors/math.json, so the
//! shared vectors (computed natively) can be replayed on SBF.
use anchor_lang::prelude::*;
use anchor_lang::solana_program::program::set_return_data;
use nd_math::{mul_div_floor, mul_div_floor_u128, quote_sale, quote_sale_split, split, Bps, MathResult, Ppm, SaleTerms};

declare_id!("9E75oWY9GYYgW9hXoCzmufKRC2JjEmBUbcBKX7RG7XgP");

fn answer<T>(result: MathResult<T>, show: impl FnOnce(T) -> String) {
    let text = match result {
        Ok(v) => format!("ok:{}", show(v)),
        Err(e) => format!("err:{}", e.code()),
    };
    set_return_data(text.as_bytes());
}

fn ppm_all(raw: &[u64]) -> MathResult<Vec<Ppm>> {
    raw.iter().map(|&p| Ppm::new(p)).collect()
}

fn join(values: &[u64]) -> String {
    values.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}

#[program]
pub mod nd_math_probe {
    use super::*;

    pub fn mul_div(_ctx: Context<Pure>, a: u64, b: u64, d: u64) -> Result<()> {
        answer(mul_div_floor(a, b, d), |v| v.to_string());
        Ok(())
    }

    pub fn mul_div_u128(_ctx: Context<Pure>, a: u128, b: u128, d: u128) -> Result<()> {
        answer(mul_div_floor_u128(a, b, d), |v| v.to_string());
        Ok(())
    }

    /// rates = [fee_bps, fee_cap, referral_bps, referral_cap], validated in that order.
    pub fn sale(_ctx: Context<Pure>, price: u64, rates: [u64; 4], shares: Option<Vec<u64>>) -> Result<()> {
        let result = (|| {
            let terms = SaleTerms {
                fee_bps: Bps::new(rates[0])?,
                fee_cap: Bps::new(rates[1])?,
                referral_bps: Bps::new(rates[2])?,
                referral_cap: Bps::new(rates[3])?,
            };
            match &shares {
                None => quote_sale(price, &terms).map(|q| (q, Vec::new())),
                Some(raw) => {
                    let shares = ppm_all(raw)?;
                    let mut parts = vec![0u64; shares.len()];
                    quote_sale_split(price, &terms, &shares, &mut parts).map(|q| (q, parts))
                }
            }
        })();
        answer(result, |(q, parts)| format!("{},{},{};{}", q.fee, q.referral, q.seller, join(&parts)));
        Ok(())
    }

    pub fn split_amount(_ctx: Context<Pure>, amount: u64, shares: Vec<u64>) -> Result<()> {
        let result = ppm_all(&shares).and_then(|shares| {
            let mut parts = vec![0u64; shares.len()];
            split(amount, &shares, &mut parts).map(|_| parts)
        });
        answer(result, |parts| join(&parts));
        Ok(())
    }
}

#[derive(Accounts)]
pub struct Pure {}
