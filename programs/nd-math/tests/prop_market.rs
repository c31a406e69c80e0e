//! Sequence model of a market split: random buys, claims, advances, share
//! changes and bookings, checked after every step against an independent
//! reference (exact rationals for entitlements, a plain Vec FIFO for
//! advances).

use nd_math::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

const CASES: u32 = 100_000;

/// 100_000 cases; no regression files written into the source tree (a
/// failure prints its minimal input instead).
fn cfg() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    }
}

#[derive(Clone, Debug)]
enum Op {
    Buy(u64),
    Claim(usize),
    Advance(usize, u8, u64),
    ChangeShares(Vec<u64>),
    Book,
}

fn amount() -> impl Strategy<Value = u64> {
    prop_oneof![
        1 => Just(0u64),
        1 => Just(1u64),
        1 => Just(3u64),
        1 => Just(u64::MAX),
        3 => 0u64..1_000,
        3 => 0u64..10_000_000_000,
        2 => any::<u64>(),
    ]
}

/// `n` shares adding to 10^6; the thirds case is drawn on purpose.
fn shares(n: usize) -> impl Strategy<Value = Vec<u64>> {
    let cuts = prop::collection::vec(0u64..=1_000_000, n - 1).prop_map(|mut cuts| {
        cuts.sort_unstable();
        let mut prev = 0;
        let mut out = Vec::new();
        for c in cuts.into_iter().chain(std::iter::once(1_000_000)) {
            out.push(c - prev);
            prev = c;
        }
        out
    });
    if n == 3 {
        prop_oneof![1 => Just(vec![333_333, 333_333, 333_334]), 3 => cuts].boxed()
    } else {
        cuts.boxed()
    }
}

fn op(n: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => amount().prop_map(Op::Buy),
        4 => (0..n).prop_map(Op::Claim),
        2 => (0..n, 0u8..4, amount()).prop_map(|(i, b, a)| Op::Advance(i, b, a)),
        1 => shares(n).prop_map(Op::ChangeShares),
        1 => Just(Op::Book),
    ]
}

fn scenario() -> impl Strategy<Value = (Vec<u64>, u64, u64, Vec<Op>)> {
    (1usize..=6).prop_flat_map(|n| {
        (
            shares(n),
            0u64..=10_000,
            0u64..=10_000,
            prop::collection::vec(op(n), 1..40),
        )
    })
}

fn to_ppm(raw: &[u64]) -> Vec<Ppm> {
    raw.iter().map(|&v| Ppm::new(v).unwrap()).collect()
}

proptest! {
    #![proptest_config(cfg())]

    #[test]
    fn market_sequences_conserve_and_match_exact_shares(s in scenario()) {
        let (initial, fee_bps, referral_bps, ops) = s;
        let n = initial.len();
        let terms = SaleTerms {
            fee_bps: Bps::new(fee_bps).unwrap(),
            fee_cap: Bps::MAX,
            referral_bps: Bps::new(referral_bps).unwrap(),
            referral_cap: Bps::MAX,
        };
        let mut acc = SplitAccumulator::new();
        let mut rs = vec![RecipientAccount::default(); n];
        let mut queues = vec![AdvanceQueue::new(); n];
        set_shares(&acc, &mut rs, &to_ppm(&initial)).unwrap();

        // Reference state.
        let mut cur = initial.clone();
        let mut exact_num = vec![0u128; n]; // Σ deposits × share over finished epochs (÷ 10^6)
        let mut epoch_deposits: u128 = 0;
        let mut ref_queues: Vec<Vec<(u8, u64)>> = vec![Vec::new(); n];
        let mut paid_in: u128 = 0; // buyers' money
        let mut paid_out: u128 = 0; // fee + referral + every claim transfer
        let mut vault: u128 = 0;
        let mut to_recipient = vec![0u128; n];
        let mut repaid_for = vec![0u128; n];
        let mut beneficiary_got: BTreeMap<u8, u128> = BTreeMap::new();
        let mut beneficiary_want: BTreeMap<u8, u128> = BTreeMap::new();
        let mut epochs: u128 = 1;
        let mut bookings: u128 = 0;

        for op in &ops {
            match op {
                Op::Buy(price) => {
                    let q = quote_sale(*price, &terms).unwrap();
                    acc.credit(q.seller).unwrap();
                    paid_in += *price as u128;
                    paid_out += q.fee as u128 + q.referral as u128;
                    vault += q.seller as u128;
                    epoch_deposits += q.seller as u128;
                }
                Op::Claim(i) => {
                    let before = claimable(&acc, &rs[*i]).unwrap();
                    let c = claim(&acc, &mut rs[*i], &mut queues[*i]).unwrap();
                    prop_assert_eq!(c.gross as u128, before.min(u64::MAX as u128));
                    prop_assert_eq!(c.gross, c.to_recipient + c.repayments.total);
                    // Reference FIFO.
                    let mut rest = c.gross;
                    let mut want = Vec::new();
                    ref_queues[*i].retain_mut(|(b, out)| {
                        let pay = rest.min(*out);
                        rest -= pay;
                        *out -= pay;
                        if pay > 0 {
                            want.push(([*b; 32], pay));
                            *beneficiary_want.entry(*b).or_default() += pay as u128;
                        }
                        *out > 0
                    });
                    let got: Vec<([u8; 32], u64)> =
                        c.repayments.as_slice().iter().map(|r| (r.beneficiary, r.amount)).collect();
                    prop_assert_eq!(got, want);
                    for r in c.repayments.as_slice() {
                        *beneficiary_got.entry(r.beneficiary[0]).or_default() += r.amount as u128;
                    }
                    to_recipient[*i] += c.to_recipient as u128;
                    repaid_for[*i] += c.repayments.total as u128;
                    paid_out += c.gross as u128;
                    vault -= c.gross as u128;
                }
                Op::Advance(i, b, a) => {
                    let r = queues[*i].push([*b; 32], *a);
                    if *a == 0 {
                        prop_assert_eq!(r, Err(MathError::ZeroAmount));
                    } else if ref_queues[*i].len() == MAX_ADVANCES {
                        prop_assert_eq!(r, Err(MathError::AdvanceQueueFull));
                    } else {
                        prop_assert_eq!(r, Ok(()));
                        ref_queues[*i].push((*b, *a));
                    }
                }
                Op::ChangeShares(_) | Op::Book => {
                    let dust_before = unbooked_dust(&acc, &rs).unwrap();
                    let dust = match op {
                        Op::ChangeShares(new) => change_shares(&mut acc, &mut rs, &to_ppm(new)).unwrap(),
                        _ => book_epoch(&mut acc, &mut rs).unwrap(),
                    };
                    prop_assert_eq!(dust, dust_before);
                    for (e, s) in exact_num.iter_mut().zip(&cur) {
                        *e += epoch_deposits * *s as u128;
                    }
                    epoch_deposits = 0;
                    if let Op::ChangeShares(new) = op {
                        cur = new.clone();
                    }
                    epochs += 1;
                    bookings += 1;
                    prop_assert_eq!(unbooked_dust(&acc, &rs), Ok(0));
                }
            }

            // Money never appears from nowhere.
            prop_assert!(paid_out <= paid_in);
            let mut owed: u128 = 0;
            for i in 0..n {
                let ent = entitlement(&acc, &rs[i]).unwrap();
                let cl = claimable(&acc, &rs[i]).unwrap();
                owed += cl;
                // Per-party identity: received + repaid on its behalf + still claimable.
                prop_assert_eq!(to_recipient[i] + repaid_for[i] + cl, ent);
                // Against the exact rational share (× 10^6 to stay integral).
                let exact = exact_num[i] + epoch_deposits * cur[i] as u128;
                let got = ent * 1_000_000;
                if i == 0 {
                    // Dust rule: recipient 0 may get up to n − 1 units per booking on top.
                    prop_assert!(got + 1_000_000 > exact, "recipient 0 below its share");
                    prop_assert!(got <= exact + bookings * (n as u128 - 1) * 1_000_000, "recipient 0 dust too large");
                } else {
                    prop_assert!(got <= exact, "recipient {} above its exact share", i);
                    prop_assert!(got + epochs * 1_000_000 > exact, "recipient {} short by ≥ 1 per epoch", i);
                }
            }
            // The vault always covers every claim, and what it holds beyond
            // them is exactly the unbooked dust (< n units).
            let dust = unbooked_dust(&acc, &rs).unwrap() as u128;
            prop_assert!(dust < n as u128);
            prop_assert_eq!(vault, owed + dust);
        }
        prop_assert_eq!(&beneficiary_got, &beneficiary_want);
        for (i, q) in queues.iter().enumerate() {
            let live: Vec<(u8, u64)> = q.active().unwrap().iter().map(|a| (a.beneficiary[0], a.outstanding)).collect();
            prop_assert_eq!(&live, &ref_queues[i]);
        }
    }
}
