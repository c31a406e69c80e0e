//! Staking sequences: opens, funds, stakes, unstakes, claims, clock moves.

use super::functions::tiers_json;
use super::util::*;
use nd_math::*;
use serde_json::{json, Value};

fn pool_json(p: &RewardPool) -> Value {
    json!({
        "acc_per_weight": s(p.acc_per_weight), "carry": s(p.carry), "total_weight": s(p.total_weight),
        "budget": s(p.budget), "streamed": s(p.streamed), "unassigned": s(p.unassigned),
        "period_start": s(p.period_start), "period_end": s(p.period_end), "last_update": s(p.last_update),
    })
}

fn position_json(p: &StakePosition) -> Value {
    json!({
        "weight": s(p.weight), "acc_checkpoint": s(p.acc_checkpoint), "pending": s(p.pending),
        "amount": s(p.amount), "multiplier_bps": s(p.multiplier_bps), "lock_end": s(p.lock_end),
    })
}

pub fn staking_case(r: &mut Rng) -> Value {
    let tiers = [
        LockTier {
            min_lock_secs: 100,
            multiplier_bps: 15_000,
        },
        LockTier {
            min_lock_secs: 1_000,
            multiplier_bps: 30_000,
        },
        LockTier {
            min_lock_secs: 10_000,
            multiplier_bps: 100_000,
        },
    ];
    let start: i64 = match r.below(10) {
        0 => i64::MAX - 10_000,
        1 => i64::MIN,
        _ => 1_700_000_000 + r.below(1_000_000) as i64,
    };
    let penalty_raw = r.small(10_000);
    let penalty = Bps::new(penalty_raw).unwrap_or(Bps::ZERO);
    let n = 1 + r.below(4) as usize;
    let mut pool = RewardPool::new(start);
    let mut pos = vec![StakePosition::open(&[], 0, start).unwrap_or_default(); n];
    let mut now = start;
    let mut ops = Vec::new();
    let steps = 5 + r.below(30);
    for _ in 0..steps {
        let i = r.below(n as u64) as usize;
        // Mostly forward, occasionally backwards or far ahead.
        let t = match r.below(12) {
            0 => now.saturating_sub(1 + r.below(10) as i64),
            1 => now.saturating_add(r.below(100_000) as i64),
            _ => now.saturating_add(r.below(500) as i64),
        };
        let amt = |r: &mut Rng| {
            if r.chance(75) {
                r.below(1_000_000_000_000)
            } else {
                r.amount()
            }
        };
        let empty = pos[i].amount == 0 && pos[i].weight == 0;
        let op = match r.below(15) {
            0..=1 if empty => {
                let lock = if r.chance(85) {
                    r.below(20_000)
                } else {
                    r.amount()
                };
                let res = StakePosition::open(&tiers, lock, t).map(|p| pos[i] = p);
                json!({ "op": "open", "pos": s(i), "lock_secs": s(lock), "now": s(t), "expect": expect(res, |_| Value::Null) })
            }
            2..=3 => {
                let (a, period) = (
                    amt(r),
                    if r.chance(8) {
                        0
                    } else if r.chance(90) {
                        1 + r.below(5_000)
                    } else {
                        r.amount()
                    },
                );
                let res = pool.fund(a, period, t);
                json!({ "op": "fund", "amount": s(a), "period_secs": s(period), "now": s(t), "expect": expect(res, s) })
            }
            4..=6 => {
                let a = if r.chance(8) { 0 } else { amt(r) };
                let res = stake(&mut pool, &mut pos[i], a, t);
                json!({ "op": "stake", "pos": s(i), "amount": s(a), "now": s(t), "expect": expect(res, |_| Value::Null) })
            }
            7..=8 => {
                let a = match r.below(4) {
                    0 => pos[i].amount,
                    1 => amt(r),
                    _ => pos[i].amount / (1 + r.below(4)),
                };
                let res = unstake(&mut pool, &mut pos[i], a, t, penalty);
                json!({ "op": "unstake", "pos": s(i), "amount": s(a), "now": s(t), "expect": expect(res, |u| json!({
                    "returned": s(u.returned), "penalty": s(u.penalty) })) })
            }
            9..=10 => {
                let res = claim_rewards(&mut pool, &mut pos[i], t);
                json!({ "op": "claim", "pos": s(i), "now": s(t), "expect": expect(res, s) })
            }
            11 => json!({ "op": "refresh", "pos": s(i), "now": s(t),
                "expect": expect(refresh(&mut pool, &mut pos[i], t), |_| Value::Null) }),
            0..=1 | 12 => json!({ "op": "pending", "pos": s(i), "now": s(t),
                "expect": expect(pending_rewards(&pool, &pos[i], t), s) }),
            13 => {
                json!({ "op": "earned", "pos": s(i), "expect": expect(earned(&pool, &pos[i]), s) })
            }
            _ => {
                json!({ "op": "update", "now": s(t), "expect": expect(pool.update(t), |_| Value::Null) })
            }
        };
        now = now.max(pool.last_update);
        ops.push(op);
    }
    json!({
        "start": s(start), "penalty_bps": s(penalty_raw), "tiers": tiers_json(&tiers), "positions": s(n),
        "ops": ops,
        "final": { "pool": pool_json(&pool), "positions": Value::Array(pos.iter().map(position_json).collect()) },
    })
}
