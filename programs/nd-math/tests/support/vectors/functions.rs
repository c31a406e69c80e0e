//! Cases for the stateless functions: mul_div, rates, fee, referral, sale,
//! split, weights and lock tiers.

use super::util::*;
use nd_math::*;
use serde_json::{json, Value};

pub fn mul_div_cases(r: &mut Rng) -> Vec<Value> {
    let mut out = Vec::new();
    for _ in 0..300 {
        let (a, b, d) = (
            r.amount(),
            r.amount(),
            if r.chance(5) { 0 } else { r.amount() },
        );
        out.push(
            json!({ "fn": "mul_div_floor", "a": s(a), "b": s(b), "d": s(d),
            "expect": expect(mul_div_floor(a, b, d), s) }),
        );
    }
    for _ in 0..300 {
        let wide =
            |r: &mut Rng| ((r.amount() as u128) << (r.below(65) as u32)) | r.amount() as u128;
        let (a, b) = (wide(r), wide(r));
        let d = if r.chance(5) { 0 } else { wide(r) };
        out.push(
            json!({ "fn": "mul_div_floor_u128", "a": s(a), "b": s(b), "d": s(d),
            "expect": expect(mul_div_floor_u128(a, b, d), s) }),
        );
    }
    out
}

pub fn rate_cases(r: &mut Rng) -> Vec<Value> {
    let mut out = Vec::new();
    for _ in 0..300 {
        let (v, amount) = (r.rate(10_000), r.amount());
        out.push(
            json!({ "fn": "bps_apply", "value": s(v), "amount": s(amount),
            "expect": expect(Bps::new(v).and_then(|b| b.apply(amount)), s) }),
        );
    }
    for _ in 0..300 {
        let (v, amount) = (r.rate(1_000_000), r.amount());
        out.push(
            json!({ "fn": "ppm_apply", "value": s(v), "amount": s(amount),
            "expect": expect(Ppm::new(v).and_then(|p| p.apply(amount)), s) }),
        );
    }
    out
}

pub fn fee_cases(r: &mut Rng) -> Vec<Value> {
    let mut out = Vec::new();
    for i in 0..700 {
        let (amount, rate, cap) = (r.amount(), r.rate(10_000), r.rate(10_000));
        let res = bps_all(&[rate, cap]).and_then(|b| {
            if i % 2 == 0 {
                platform_fee(amount, b[0], b[1])
            } else {
                referral(amount, b[0], b[1])
            }
        });
        let name = if i % 2 == 0 {
            "platform_fee"
        } else {
            "referral"
        };
        out.push(
            json!({ "fn": name, "amount": s(amount), "rate_bps": s(rate), "cap_bps": s(cap),
            "expect": expect(res, s) }),
        );
    }
    out
}

pub fn sale_cases(r: &mut Rng) -> Vec<Value> {
    let mut out = Vec::new();
    for i in 0..700 {
        let price = r.amount();
        let raw = [
            r.rate(10_000),
            r.rate(10_000),
            r.rate(10_000),
            r.rate(10_000),
        ];
        let shares = if i % 3 == 0 {
            None
        } else {
            Some(r.any_shares())
        };
        let res = bps_all(&raw).and_then(|b| {
            let t = SaleTerms {
                fee_bps: b[0],
                fee_cap: b[1],
                referral_bps: b[2],
                referral_cap: b[3],
            };
            match &shares {
                None => quote_sale(price, &t).map(|q| (q, Vec::new())),
                Some(sh) => {
                    let sh = ppm_all(sh)?;
                    let mut parts = vec![0u64; sh.len()];
                    quote_sale_split(price, &t, &sh, &mut parts).map(|q| (q, parts))
                }
            }
        });
        let mut case = json!({ "fn": if shares.is_some() { "quote_sale_split" } else { "quote_sale" },
            "price": s(price), "fee_bps": s(raw[0]), "fee_cap": s(raw[1]),
            "referral_bps": s(raw[2]), "referral_cap": s(raw[3]),
            "expect": expect(res, |(q, parts)| {
                let mut v = json!({ "fee": s(q.fee), "referral": s(q.referral), "seller": s(q.seller) });
                if shares.is_some() {
                    v["parts"] = strs(&parts);
                }
                v
            }) });
        if let Some(sh) = &shares {
            case["shares"] = strs(sh);
        }
        out.push(case);
    }
    out
}

pub fn split_cases(r: &mut Rng) -> Vec<Value> {
    let mut out = Vec::new();
    for _ in 0..700 {
        let amount = r.amount();
        let shares = r.any_shares();
        let res = ppm_all(&shares).and_then(|sh| {
            let mut parts = vec![0u64; sh.len()];
            split(amount, &sh, &mut parts).map(|_| parts)
        });
        out.push(
            json!({ "fn": "split", "amount": s(amount), "shares": strs(&shares),
            "expect": expect(res, |p| strs(&p)) }),
        );
    }
    out
}

pub fn tiers_json(tiers: &[LockTier]) -> Value {
    Value::Array(
        tiers
            .iter()
            .map(|t| json!({ "min_lock_secs": s(t.min_lock_secs), "multiplier_bps": s(t.multiplier_bps) }))
            .collect(),
    )
}

fn random_tiers(r: &mut Rng) -> Vec<LockTier> {
    let n = r.below(5) as usize;
    let mut secs = 0u64;
    let mut mult = MIN_MULTIPLIER_BPS;
    let mut tiers = Vec::new();
    for _ in 0..n {
        secs += 1 + r.below(5_000);
        mult += r.below(30_000);
        tiers.push(LockTier {
            min_lock_secs: secs,
            multiplier_bps: mult.min(MAX_MULTIPLIER_BPS),
        });
    }
    if r.chance(15) && tiers.len() >= 2 {
        tiers.swap(0, 1);
    }
    if r.chance(10) {
        tiers.push(LockTier {
            min_lock_secs: u64::MAX,
            multiplier_bps: if r.chance(50) { 9_999 } else { 100_001 },
        });
    }
    tiers
}

pub fn stake_helper_cases(r: &mut Rng) -> Vec<Value> {
    let mut out = Vec::new();
    for _ in 0..250 {
        let amount = r.amount();
        let m = match r.below(4) {
            0 => r.amount(),
            _ => 9_990 + r.below(90_020),
        };
        out.push(
            json!({ "fn": "weight_of", "amount": s(amount), "multiplier_bps": s(m),
            "expect": expect(weight_of(amount, m), s) }),
        );
    }
    for _ in 0..200 {
        let tiers = random_tiers(r);
        let lock = if r.chance(20) {
            r.amount()
        } else {
            r.below(25_000)
        };
        out.push(
            json!({ "fn": "multiplier_for_lock", "tiers": tiers_json(&tiers), "lock_secs": s(lock),
            "expect": expect(multiplier_for_lock(&tiers, lock), s) }),
        );
    }
    out
}
