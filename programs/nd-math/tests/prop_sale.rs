//! Properties of the one-shot money path: rates, fee, referral, split, sale.
//! Each property runs 100_000 cases over the whole u64 range with the edges
//! (0, 1, 3, u64::MAX) drawn often.

use nd_math::*;
use proptest::prelude::*;

const CASES: u32 = 100_000;

/// 100_000 cases; no regression files written into the source tree (a
/// failure prints its minimal input instead).
fn cfg() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    }
}

/// Amounts with the edges over-represented.
fn amount() -> impl Strategy<Value = u64> {
    prop_oneof![
        1 => Just(0u64),
        1 => Just(1u64),
        1 => Just(3u64),
        1 => Just(u64::MAX),
        2 => 0u64..100_000,
        4 => any::<u64>(),
    ]
}

fn valid_bps() -> impl Strategy<Value = u64> {
    prop_oneof![1 => Just(0u64), 1 => Just(10_000u64), 6 => 0u64..=10_000]
}

/// Raw rate inputs, mostly valid, sometimes any u64.
fn raw_bps() -> impl Strategy<Value = u64> {
    prop_oneof![4 => valid_bps(), 1 => any::<u64>()]
}

/// 1..=32 shares adding to exactly 10^6 (random cut points; zeros allowed).
fn whole_shares() -> impl Strategy<Value = Vec<Ppm>> {
    (1usize..=MAX_RECIPIENTS).prop_flat_map(|n| {
        prop::collection::vec(0u64..=1_000_000, n - 1).prop_map(|mut cuts| {
            cuts.sort_unstable();
            let mut prev = 0;
            let mut out = Vec::with_capacity(cuts.len() + 1);
            for c in cuts.iter().copied().chain(std::iter::once(1_000_000)) {
                out.push(Ppm::new(c - prev).unwrap());
                prev = c;
            }
            out
        })
    })
}

fn terms() -> impl Strategy<Value = SaleTerms> {
    (valid_bps(), valid_bps()).prop_map(|(fee, referral)| SaleTerms {
        fee_bps: Bps::new(fee).unwrap(),
        fee_cap: Bps::MAX,
        referral_bps: Bps::new(referral).unwrap(),
        referral_cap: Bps::MAX,
    })
}

fn floor_rate(amount: u64, rate: u64, den: u64) -> u64 {
    (amount as u128 * rate as u128 / den as u128) as u64
}

proptest! {
    #![proptest_config(cfg())]

    #[test]
    fn rates_are_checked_and_floor_exactly(raw in any::<u64>(), small in 0u64..=2_000_000, amount in amount()) {
        for v in [raw, small] {
            match Bps::new(v) {
                Ok(b) => {
                    prop_assert!(v <= 10_000);
                    prop_assert_eq!(b.apply(amount), Ok(floor_rate(amount, v, 10_000)));
                }
                Err(e) => {
                    prop_assert!(v > 10_000);
                    prop_assert_eq!(e, MathError::BpsOutOfRange);
                }
            }
            match Ppm::new(v) {
                Ok(p) => {
                    prop_assert!(v <= 1_000_000);
                    prop_assert_eq!(p.apply(amount), Ok(floor_rate(amount, v, 1_000_000)));
                }
                Err(e) => {
                    prop_assert!(v > 1_000_000);
                    prop_assert_eq!(e, MathError::PpmOutOfRange);
                }
            }
        }
    }

    #[test]
    fn fee_and_referral_errors_are_named(price in amount(), rate in raw_bps(), cap in raw_bps()) {
        let (r, c) = (Bps::new(rate), Bps::new(cap));
        if let (Ok(r), Ok(c)) = (r, c) {
            let fee = platform_fee(price, r, c);
            let refr = referral(price, r, c);
            if rate > cap {
                prop_assert_eq!(fee, Err(MathError::FeeAboveCap));
                prop_assert_eq!(refr, Err(MathError::ReferralAboveCap));
            } else {
                let want = floor_rate(price, rate, 10_000);
                prop_assert_eq!(fee, Ok(want));
                prop_assert_eq!(refr, Ok(want));
                prop_assert!(want <= price);
            }
        } else {
            prop_assert!(rate > 10_000 || cap > 10_000);
        }
    }

    #[test]
    fn sale_conserves_the_price(price in amount(), t in terms(), shares in whole_shares()) {
        let mut parts = vec![0u64; shares.len()];
        let q = quote_sale_split(price, &t, &shares, &mut parts).unwrap();
        let fee = floor_rate(price, t.fee_bps.get() as u64, 10_000);
        let refr = floor_rate(price - fee, t.referral_bps.get() as u64, 10_000);
        prop_assert_eq!(q.fee, fee);
        prop_assert_eq!(q.referral, refr);
        prop_assert_eq!(q.seller, price - fee - refr);
        let total: u128 = q.fee as u128 + q.referral as u128 + parts.iter().map(|&p| p as u128).sum::<u128>();
        prop_assert_eq!(total, price as u128);
    }

    #[test]
    fn split_parts_are_floors_and_dust_is_bounded(amount in amount(), shares in whole_shares()) {
        let mut parts = vec![0u64; shares.len()];
        split(amount, &shares, &mut parts).unwrap();
        let n = shares.len() as u128;
        for (i, (p, s)) in parts.iter().zip(&shares).enumerate() {
            let exact_num = amount as u128 * s.get() as u128; // exact share × 10^6
            let got = *p as u128 * 1_000_000;
            if i == 0 {
                // At least its share, and less than one extra unit per other recipient.
                prop_assert!(got >= exact_num);
                if n == 1 {
                    prop_assert_eq!(got, exact_num);
                } else {
                    prop_assert!(got - exact_num < (n - 1) * 1_000_000);
                }
            } else {
                prop_assert_eq!(*p as u128, exact_num / 1_000_000);
            }
        }
        prop_assert_eq!(parts.iter().map(|&p| p as u128).sum::<u128>(), amount as u128);
    }

    #[test]
    fn larger_price_never_pays_anyone_less(
        a in amount(),
        bump in prop_oneof![0u64..=64, 0u64..=100_000, any::<u64>()],
        t in terms(),
        shares in whole_shares(),
    ) {
        let b = a.saturating_add(bump);
        let mut pa = vec![0u64; shares.len()];
        let mut pb = vec![0u64; shares.len()];
        let qa = quote_sale_split(a, &t, &shares, &mut pa).unwrap();
        let qb = quote_sale_split(b, &t, &shares, &mut pb).unwrap();
        prop_assert!(qb.fee >= qa.fee);
        prop_assert!(qb.referral >= qa.referral);
        prop_assert!(qb.seller >= qa.seller);
        for i in 1..shares.len() {
            prop_assert!(pb[i] >= pa[i], "recipient {} got less for a larger price", i);
        }
        // Recipient 0 absorbs the dust: its floor share never drops, and the
        // dust on top can shrink by at most n − 2 units.
        let n = shares.len() as u64;
        prop_assert!(pb[0] >= floor_rate(qa.seller, shares[0].get() as u64, 1_000_000));
        prop_assert!(pb[0] + n.saturating_sub(2) >= pa[0]);
    }

    #[test]
    fn split_errors_are_named_for_any_input(
        amount in amount(),
        raw in prop::collection::vec(prop_oneof![0u64..=1_000_000, Just(1_000_000u64), any::<u64>()], 0..=40),
    ) {
        let shares: Result<Vec<Ppm>, MathError> = raw.iter().map(|&v| Ppm::new(v)).collect();
        let shares = match shares {
            Ok(s) => s,
            Err(e) => {
                prop_assert_eq!(e, MathError::PpmOutOfRange);
                return Ok(());
            }
        };
        let mut parts = vec![0u64; shares.len()];
        let got = split(amount, &shares, &mut parts);
        let sum: u128 = raw.iter().map(|&v| v as u128).sum();
        let want = if shares.is_empty() {
            Err(MathError::NoRecipients)
        } else if shares.len() > MAX_RECIPIENTS {
            Err(MathError::TooManyRecipients)
        } else if sum != 1_000_000 {
            Err(MathError::SharesNotWhole)
        } else {
            Ok(())
        };
        prop_assert_eq!(got, want);
        prop_assert_eq!(split_fixed(amount, &shares).map(|_| ()), want);
    }

    #[test]
    fn sale_with_any_rates_never_panics(
        price in amount(),
        raw in (raw_bps(), raw_bps(), raw_bps(), raw_bps()),
    ) {
        let (f, fc, r, rc) = raw;
        let built = (Bps::new(f), Bps::new(fc), Bps::new(r), Bps::new(rc));
        if let (Ok(fee_bps), Ok(fee_cap), Ok(referral_bps), Ok(referral_cap)) = built {
            let t = SaleTerms { fee_bps, fee_cap, referral_bps, referral_cap };
            let want = if f > fc {
                Err(MathError::FeeAboveCap)
            } else if r > rc {
                Err(MathError::ReferralAboveCap)
            } else {
                Ok(price)
            };
            prop_assert_eq!(quote_sale(price, &t).map(|q| q.fee + q.referral + q.seller), want);
        }
    }

    #[test]
    fn wide_mul_matches_u128_when_it_fits(a in any::<u64>(), b in any::<u64>()) {
        prop_assert_eq!(muldiv::wide_mul(a as u128, b as u128), Ok((0, a as u128 * b as u128)));
        let big = muldiv::wide_mul((a as u128) << 64, b as u128);
        prop_assert_eq!(big, Ok(((a as u128 * b as u128) >> 64, (a as u128 * b as u128) << 64)));
    }

    #[test]
    fn mul_div_u128_is_exact(a in any::<u128>(), b in any::<u128>(), d in prop_oneof![1u128..=1_000, any::<u128>()]) {
        // q·d ≤ a·b < (q + 1)·d, all compared as 256-bit (hi, lo) pairs.
        let p = muldiv::wide_mul(a, b).unwrap();
        match mul_div_floor_u128(a, b, d) {
            Ok(q) => {
                prop_assert!(muldiv::wide_mul(q, d).unwrap() <= p);
                let (h, l) = muldiv::wide_mul(q, d).unwrap();
                let (l2, c) = l.overflowing_add(d);
                // (q + 1)·d may reach 2^256, which is above any product.
                prop_assert!(h.checked_add(c as u128).is_none_or(|h2| (h2, l2) > p));
            }
            Err(e) => {
                prop_assert_eq!(e, MathError::Overflow);
                // The quotient needs more than 128 bits: d·2^128 ≤ a·b.
                prop_assert!(p.0 >= d);
            }
        }
    }
}
