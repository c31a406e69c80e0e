//! Market sequences: buys, claims with advance repayment, share changes.

use super::util::*;
use nd_math::*;
use serde_json::{json, Value};

fn recipients_json(rs: &[RecipientAccount]) -> Value {
    Value::Array(
        rs.iter()
            .map(|x| json!({ "booked": s(x.booked), "claimed": s(x.claimed), "share_ppm": s(x.share_ppm) }))
            .collect(),
    )
}

fn queue_json(q: &AdvanceQueue) -> Value {
    Value::Array(
        q.active()
            .unwrap_or(&[])
            .iter()
            .map(|a| json!({ "beneficiary": hex(&a.beneficiary), "outstanding": s(a.outstanding) }))
            .collect(),
    )
}

pub fn market_case(r: &mut Rng) -> Value {
    let n = 1 + r.below(6) as usize;
    let shares = r.whole_shares(n);
    let raw_terms = [
        r.small(1_000),
        if r.chance(90) { 1_000 } else { r.small(1_000) },
        r.small(500),
        500,
    ];
    let terms_b = bps_all(&raw_terms).unwrap_or_default();
    let terms = SaleTerms {
        fee_bps: terms_b[0],
        fee_cap: terms_b[1],
        referral_bps: terms_b[2],
        referral_cap: terms_b[3],
    };
    let mut acc = SplitAccumulator::new();
    let mut rs = vec![RecipientAccount::default(); n];
    let mut qs = vec![AdvanceQueue::new(); n];
    let setup = ppm_all(&shares).and_then(|p| set_shares(&acc, &mut rs, &p));
    assert_eq!(setup, Ok(()), "generator builds valid splits");
    let mut ops = Vec::new();
    let steps = 5 + r.below(25);
    // Some splits get many advances so that a queue fills up.
    let heavy_advances = r.chance(15);
    for _ in 0..steps {
        let i = r.below(n as u64) as usize;
        let roll = if heavy_advances && r.chance(50) {
            9
        } else {
            r.below(16)
        };
        let op = match roll {
            0..=5 => {
                let price = if r.chance(70) {
                    r.below(1_000_000_000)
                } else {
                    r.amount()
                };
                let res = quote_sale(price, &terms).and_then(|q| acc.credit(q.seller).map(|_| q));
                json!({ "op": "buy", "price": s(price), "expect": expect(res, |q| json!({
                    "fee": s(q.fee), "referral": s(q.referral), "seller": s(q.seller) })) })
            }
            6..=8 => {
                let res = claim(&acc, &mut rs[i], &mut qs[i]);
                json!({ "op": "claim", "index": s(i), "expect": expect(res, |c| json!({
                    "gross": s(c.gross), "to_recipient": s(c.to_recipient),
                    "repayments": Value::Array(c.repayments.as_slice().iter().map(|p| json!({
                        "beneficiary": hex(&p.beneficiary), "amount": s(p.amount) })).collect()) })) })
            }
            9..=10 => {
                let b: Beneficiary = [r.below(4) as u8 + 1; 32];
                let amount = if r.chance(10) {
                    0
                } else if r.chance(70) {
                    r.below(100_000_000)
                } else {
                    r.amount()
                };
                let res = qs[i].push(b, amount);
                json!({ "op": "advance", "index": s(i), "beneficiary": hex(&b), "amount": s(amount),
                    "expect": expect(res, |_| Value::Null) })
            }
            11 => {
                let new = match r.below(5) {
                    0 => r.any_shares(),
                    _ => r.whole_shares(n),
                };
                let res = ppm_all(&new).and_then(|p| change_shares(&mut acc, &mut rs, &p));
                json!({ "op": "change_shares", "shares": strs(&new), "expect": expect(res, s) })
            }
            12 => json!({ "op": "book", "expect": expect(book_epoch(&mut acc, &mut rs), s) }),
            13 => {
                json!({ "op": "entitlement", "index": s(i), "expect": expect(entitlement(&acc, &rs[i]), s) })
            }
            14 => {
                json!({ "op": "claimable", "index": s(i), "expect": expect(claimable(&acc, &rs[i]), s) })
            }
            _ => json!({ "op": "unbooked_dust", "expect": expect(unbooked_dust(&acc, &rs), s) }),
        };
        ops.push(op);
    }
    json!({
        "shares": strs(&shares),
        "terms": { "fee_bps": s(raw_terms[0]), "fee_cap": s(raw_terms[1]),
                   "referral_bps": s(raw_terms[2]), "referral_cap": s(raw_terms[3]) },
        "ops": ops,
        "final": {
            "acc": s(acc.acc), "epoch_start": s(acc.epoch_start),
            "recipients": recipients_json(&rs),
            "advances": Value::Array(qs.iter().map(queue_json).collect()),
        },
    })
}
