//! Sequence models of the staking pool.
//!
//! `staking_matches_exact_reference`: random funds, stakes, unstakes, claims,
//! refreshes, re-locks and clock steps, checked after every step against a
//! reference that follows the documented rules with exact rationals (no
//! accumulator, no rounding except the pool's own integer stream schedule).
//!
//! `staking_with_any_input_fails_by_name`: arbitrary u64/i64 inputs including
//! clocks going backwards; every call either succeeds or returns a named
//! error that leaves the state untouched, and no money is ever created.

mod support;

use nd_math::*;
use proptest::prelude::*;
use support::big::Shares;

const CASES: u32 = 100_000;

/// 100_000 cases; no regression files written into the source tree (a
/// failure prints its minimal input instead).
fn cfg() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    }
}

const TIERS: [LockTier; 3] = [
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

#[derive(Clone, Debug)]
enum Op {
    Step(u64),
    Fund(u64, u64),
    Stake(usize, u64),
    Unstake(usize, u64),
    Claim(usize),
    Refresh(usize),
    Relock(usize, u64),
}

fn stake_amount() -> impl Strategy<Value = u64> {
    prop_oneof![1 => Just(0u64), 1 => Just(1u64), 3 => 0u64..1_000, 3 => 0u64..1_000_000_000_000, 1 => 0u64..20_000_000_000_000_000]
}

fn fund_amount() -> impl Strategy<Value = u64> {
    prop_oneof![1 => Just(0u64), 3 => 0u64..10_000, 3 => 0u64..1_000_000_000_000_000, 1 => Just(u64::MAX)]
}

fn lock_secs() -> impl Strategy<Value = u64> {
    prop_oneof![
        Just(0u64),
        Just(100u64),
        Just(999u64),
        Just(1_000u64),
        Just(10_000u64),
        0u64..20_000
    ]
}

fn op(n: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => prop_oneof![0u64..50, 0u64..2_000, Just(1_000_000u64)].prop_map(Op::Step),
        2 => (fund_amount(), prop_oneof![1 => Just(0u64), 8 => 1u64..5_000]).prop_map(|(a, p)| Op::Fund(a, p)),
        4 => (0..n, stake_amount()).prop_map(|(i, a)| Op::Stake(i, a)),
        2 => (0..n, stake_amount()).prop_map(|(i, a)| Op::Unstake(i, a)),
        2 => (0..n).prop_map(Op::Claim),
        1 => (0..n).prop_map(Op::Refresh),
        1 => (0..n, lock_secs()).prop_map(|(i, l)| Op::Relock(i, l)),
    ]
}

type Scenario = (i64, u64, Vec<u64>, Vec<Op>);

fn scenario() -> impl Strategy<Value = Scenario> {
    (1usize..=4).prop_flat_map(|n| {
        (
            -1_000_000_000i64..1_000_000_000,
            0u64..=10_000,
            prop::collection::vec(lock_secs(), n),
            prop::collection::vec(op(n), 1..40),
        )
    })
}

/// The documented rules, with exact rationals for every position's rewards.
#[derive(Clone)]
struct Reference {
    budget: u64,
    streamed: u64,
    start: i64,
    end: i64,
    last: i64,
    unassigned: u64,
    amount: Vec<u64>,
    mult: Vec<u64>,
    lock_end: Vec<i64>,
    weight: Vec<u128>,
    exact: Shares,
    settles: Vec<u128>,
    weight_changes: u128,
}

impl Reference {
    fn total(&self) -> u128 {
        self.weight.iter().sum()
    }

    fn give(&mut self, amount: u64) {
        if amount == 0 {
            return;
        }
        let total = self.total();
        if total == 0 {
            self.unassigned = self
                .unassigned
                .checked_add(amount)
                .expect("reference unassigned");
        } else {
            self.exact
                .distribute(amount as u128, &self.weight.clone(), total);
        }
    }

    fn release(&mut self, t: i64) {
        let target = if self.end > self.start {
            let e = t.clamp(self.start, self.end) - self.start;
            (self.budget as u128 * e as u128 / (self.end - self.start) as u128) as u64
        } else {
            0
        };
        let delta = target - self.streamed;
        self.give(delta);
        self.streamed = target;
        self.last = t;
    }

    fn set_weight(&mut self, i: usize, w: u128) {
        if self.weight[i] != w {
            self.weight_changes += 1;
        }
        self.weight[i] = w;
    }

    fn touch(&mut self, i: usize, now: i64) {
        if self.mult[i] != 10_000 && now >= self.lock_end[i] {
            self.release(self.lock_end[i].max(self.last));
            self.settles[i] += 1;
            self.mult[i] = 10_000;
            self.set_weight(i, self.amount[i] as u128);
        }
        self.release(now);
        self.settles[i] += 1;
    }
}

proptest! {
    #![proptest_config(cfg())]

    #[test]
    fn staking_matches_exact_reference(s in scenario()) {
        let (t0, penalty_raw, locks, ops) = s;
        let n = locks.len();
        let penalty = Bps::new(penalty_raw).unwrap();
        let mut now = t0;
        let mut pool = RewardPool::new(now);
        let mut pos: Vec<StakePosition> = locks.iter().map(|&l| StakePosition::open(&TIERS, l, now).unwrap()).collect();
        let mut r = Reference {
            budget: 0, streamed: 0, start: now, end: now, last: now, unassigned: 0,
            amount: vec![0; n],
            mult: pos.iter().map(|p| p.multiplier_bps).collect(),
            lock_end: pos.iter().map(|p| p.lock_end).collect(),
            weight: vec![0; n],
            exact: Shares::new(n),
            settles: vec![0; n],
            weight_changes: 0,
        };
        for (p, &l) in pos.iter().zip(&locks) {
            prop_assert_eq!(p.multiplier_bps, multiplier_for_lock(&TIERS, l).unwrap());
        }

        let mut funded: u128 = 0;
        let mut penalties: u128 = 0;
        let mut claimed = vec![0u128; n];
        let mut staked: u128 = 0;
        let mut returned: u128 = 0;
        let mut max_weight: u128 = 0;

        for op in &ops {
            match *op {
                Op::Step(dt) => now += dt as i64,
                Op::Fund(amount, period) => {
                    let got = pool.fund(amount, period, now);
                    let mut next = r.clone();
                    let want = if period == 0 {
                        Err(MathError::ZeroPeriod)
                    } else {
                        next.release(now);
                        let left = next.budget - next.streamed;
                        match amount.checked_add(left).and_then(|b| b.checked_add(next.unassigned)) {
                            None => Err(MathError::Overflow),
                            Some(b) => {
                                next.budget = b;
                                next.streamed = 0;
                                next.unassigned = 0;
                                next.start = now;
                                next.end = now + period as i64;
                                Ok(b)
                            }
                        }
                    };
                    prop_assert_eq!(got, want);
                    if got.is_ok() {
                        r = next;
                        funded += amount as u128;
                    }
                }
                Op::Stake(i, amount) => {
                    let got = stake(&mut pool, &mut pos[i], amount, now);
                    if amount == 0 {
                        prop_assert_eq!(got, Err(MathError::ZeroAmount));
                    } else {
                        prop_assert_eq!(got, Ok(()));
                        r.touch(i, now);
                        r.amount[i] += amount;
                        let w = r.amount[i] as u128 * r.mult[i] as u128 / 10_000;
                        r.set_weight(i, w);
                        staked += amount as u128;
                    }
                }
                Op::Unstake(i, amount) => {
                    let got = unstake(&mut pool, &mut pos[i], amount, now, penalty);
                    if amount == 0 {
                        prop_assert_eq!(got, Err(MathError::ZeroAmount));
                    } else if amount > r.amount[i] {
                        prop_assert_eq!(got, Err(MathError::InsufficientStake));
                    } else {
                        r.touch(i, now);
                        let pen = if now < r.lock_end[i] { (amount as u128 * penalty_raw as u128 / 10_000) as u64 } else { 0 };
                        prop_assert_eq!(got, Ok(Unstaked { returned: amount - pen, penalty: pen }));
                        r.amount[i] -= amount;
                        let w = r.amount[i] as u128 * r.mult[i] as u128 / 10_000;
                        r.set_weight(i, w);
                        r.give(pen);
                        returned += (amount - pen) as u128;
                        penalties += pen as u128;
                    }
                }
                Op::Claim(i) => {
                    let paid = claim_rewards(&mut pool, &mut pos[i], now).unwrap();
                    r.touch(i, now);
                    claimed[i] += paid as u128;
                    // One claim moves at most one transfer's worth (u64::MAX).
                    prop_assert!(pos[i].pending == 0 || paid == u64::MAX);
                }
                Op::Refresh(i) => {
                    refresh(&mut pool, &mut pos[i], now).unwrap();
                    r.touch(i, now);
                }
                Op::Relock(i, l) => {
                    // A fresh lock replaces an empty position once its rewards are out.
                    if pos[i].amount == 0 {
                        let paid = claim_rewards(&mut pool, &mut pos[i], now).unwrap();
                        r.touch(i, now);
                        claimed[i] += paid as u128;
                        // More than one transfer's worth stays pending, and
                        // the position cannot be replaced until it is paid.
                        if pos[i].pending == 0 {
                            pos[i] = StakePosition::open(&TIERS, l, now).unwrap();
                            r.mult[i] = pos[i].multiplier_bps;
                            r.lock_end[i] = pos[i].lock_end;
                        }
                    }
                }
            }

            // Integer state follows the rules exactly.
            prop_assert_eq!(pool.total_weight, r.total());
            prop_assert_eq!((pool.budget, pool.streamed, pool.unassigned), (r.budget, r.streamed, r.unassigned));
            max_weight = max_weight.max(pool.total_weight);
            let mut earned_sum: u128 = 0;
            for i in 0..n {
                prop_assert_eq!((pos[i].amount, pos[i].weight, pos[i].multiplier_bps), (r.amount[i], r.weight[i], r.mult[i]));
                let e = earned(&pool, &pos[i]).unwrap();
                earned_sum += e;
                // Each settlement floors (< 1 unit); each weight change can
                // move the accumulator's carried remainder, worth less than
                // total_weight / REWARD_SCALE units, between stakers.
                let carry_units = max_weight.div_ceil(REWARD_SCALE);
                let tol = r.settles[i] + 1 + r.weight_changes * carry_units;
                let total = claimed[i] + e;
                prop_assert!(
                    r.exact.within(i, total, tol),
                    "position {}: got {}, exact ≈ {}, tol {}", i, total, r.exact.floor(i), tol
                );
            }
            // Money in vs out: released rewards cover all claims and all
            // earned-but-unclaimed rewards; what is left is bounded dust.
            let released = funded + penalties - pool.unassigned as u128 - pool.remaining().unwrap() as u128;
            let out = claimed.iter().sum::<u128>() + earned_sum;
            prop_assert!(out <= released, "rewards out {} > released {}", out, released);
            let dust = released - out;
            let settles: u128 = r.settles.iter().sum();
            prop_assert!(dust <= settles + n as u128 + pool.carry / REWARD_SCALE + 1, "dust {}", dust);
            // Principal: nothing lost or created.
            let held: u128 = pos.iter().map(|p| p.amount as u128).sum();
            prop_assert_eq!(staked, held + returned + penalties);
        }
    }

    #[test]
    fn staking_with_any_input_fails_by_name(
        t0 in any::<i64>(),
        penalty_raw in prop_oneof![0u64..=10_000, any::<u64>()],
        locks in prop::collection::vec(prop_oneof![lock_secs(), any::<u64>()], 1..=3),
        ops in prop::collection::vec(
            prop_oneof![
                (any::<i64>(), any::<u64>(), any::<u64>(), 0usize..3).prop_map(|(t, a, b, i)| (t, a, b, i)),
                (-5i64..100, 0u64..5, 0u64..100, 0usize..3).prop_map(|(t, a, b, i)| (t, a, b, i)),
            ],
            1..30,
        ),
    ) {
        let mut pool = RewardPool::new(t0);
        let mut pos: Vec<StakePosition> = locks
            .iter()
            .map(|&l| match StakePosition::open(&TIERS, l, t0) {
                Ok(p) => p,
                Err(e) => {
                    assert_eq!(e, MathError::Overflow);
                    StakePosition::open(&TIERS, 0, t0).unwrap()
                }
            })
            .collect();
        let penalty = match Bps::new(penalty_raw) {
            Ok(b) => b,
            Err(e) => {
                prop_assert_eq!(e, MathError::BpsOutOfRange);
                Bps::MAX
            }
        };
        let mut now = t0;
        let (mut funded, mut penalties, mut claimed_total, mut staked, mut returned) = (0u128, 0u128, 0u128, 0u128, 0u128);
        for (k, (dt, a, b, i)) in ops.into_iter().enumerate() {
            let i = i % pos.len();
            // Mostly small forward steps, sometimes a wild jump either way.
            let t = if dt.unsigned_abs() < 1_000 { now.saturating_add(dt) } else { dt };
            let (p0, q0) = (pool, pos[i]);
            let res: Result<(), MathError> = match k % 6 {
                0 => pool.fund(a, b, t).map(|_| funded += a as u128),
                1 => stake(&mut pool, &mut pos[i], a, t).map(|_| staked += a as u128),
                2 => unstake(&mut pool, &mut pos[i], a, t, penalty).map(|u| {
                    returned += u.returned as u128;
                    penalties += u.penalty as u128;
                }),
                3 => claim_rewards(&mut pool, &mut pos[i], t).map(|paid| claimed_total += paid as u128),
                4 => refresh(&mut pool, &mut pos[i], t),
                _ => pending_rewards(&pool, &pos[i], t).map(|_| ()),
            };
            match res {
                Ok(()) => now = now.max(t),
                Err(_) => prop_assert_eq!((pool, pos[i]), (p0, q0), "failed call changed state"),
            }
            if let Err(e) = res {
                // Every error is one of the named variants (never a panic).
                prop_assert!(MathError::ALL.contains(&e));
            }
            let earned_sum: u128 = pos.iter().map(|p| earned(&pool, p).unwrap_or(0)).sum();
            let released = (funded + penalties)
                .checked_sub(pool.unassigned as u128 + pool.remaining().unwrap() as u128)
                .expect("more unreleased than funded");
            prop_assert!(claimed_total + earned_sum <= released);
            let held: u128 = pos.iter().map(|p| p.amount as u128).sum();
            prop_assert_eq!(staked, held + returned + penalties);
            prop_assert_eq!(pool.total_weight, pos.iter().map(|p| p.weight).sum::<u128>());
        }
    }
}
