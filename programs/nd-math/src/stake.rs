//! Staking positions: lock multipliers, settlement against the pool's
//! accumulator, early-exit penalty.
//!
//! A position's weight is `floor(amount × multiplier_bps / 10_000)`. The boost
//! lasts until `lock_end`: the first time a position is touched at or after
//! `lock_end` it is settled at the boosted weight *up to* `lock_end` (or up to
//! the pool's last update if that is later) and drops to 1x, so a lock buys a
//! boost for its duration, not forever. Touching positions promptly (any
//! keeper may call [`refresh`]) keeps the over-boost window small.
//!
//! Penalties are paid to the remaining stakers through the same accumulator,
//! which presumes stake and reward are the same mint.

use crate::bps::{Bps, BPS_DENOMINATOR};
use crate::error::{MathError, MathResult};
use crate::muldiv::mul_div_floor_u128;
use crate::rewards::{RewardPool, REWARD_SCALE};

/// 1x: an unlocked position.
pub const MIN_MULTIPLIER_BPS: u64 = BPS_DENOMINATOR;
/// 10x: the largest boost, which bounds weights to 10 × u64::MAX.
pub const MAX_MULTIPLIER_BPS: u64 = 10 * BPS_DENOMINATOR;

/// Lock at least `min_lock_secs` to get `multiplier_bps`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LockTier {
    pub min_lock_secs: u64,
    pub multiplier_bps: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StakePosition {
    /// `floor(amount × multiplier_bps / 10_000)`, counted in the pool's total.
    pub weight: u128,
    /// Pool `acc_per_weight` at the last settlement.
    pub acc_checkpoint: u128,
    /// Settled rewards not yet claimed.
    pub pending: u128,
    pub amount: u64,
    pub multiplier_bps: u64,
    /// Unstaking before this time pays the early-exit penalty.
    pub lock_end: i64,
}

/// Outcome of an unstake: `returned + penalty` = the amount unstaked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unstaked {
    pub returned: u64,
    pub penalty: u64,
}

fn check_multiplier(multiplier_bps: u64) -> MathResult<()> {
    if (MIN_MULTIPLIER_BPS..=MAX_MULTIPLIER_BPS).contains(&multiplier_bps) {
        Ok(())
    } else {
        Err(MathError::MultiplierOutOfRange)
    }
}

/// `floor(amount × multiplier_bps / 10_000)`.
pub fn weight_of(amount: u64, multiplier_bps: u64) -> MathResult<u128> {
    check_multiplier(multiplier_bps)?;
    // u64 × 100_000 fits u128 with room to spare; checked to keep panics out.
    let scaled = (amount as u128)
        .checked_mul(multiplier_bps as u128)
        .ok_or(MathError::Overflow)?;
    Ok(scaled / BPS_DENOMINATOR as u128)
}

/// Multiplier of the longest tier whose `min_lock_secs ≤ lock_secs`; 1x when
/// no tier applies. Tiers must be sorted by strictly increasing duration with
/// non-decreasing multipliers, so a longer lock never earns less.
pub fn multiplier_for_lock(tiers: &[LockTier], lock_secs: u64) -> MathResult<u64> {
    let mut best = MIN_MULTIPLIER_BPS;
    let mut prev: Option<LockTier> = None;
    for tier in tiers {
        check_multiplier(tier.multiplier_bps)?;
        if let Some(p) = prev {
            if tier.min_lock_secs <= p.min_lock_secs || tier.multiplier_bps < p.multiplier_bps {
                return Err(MathError::TiersUnsorted);
            }
        }
        if tier.min_lock_secs <= lock_secs {
            best = tier.multiplier_bps;
        }
        prev = Some(*tier);
    }
    Ok(best)
}

impl StakePosition {
    /// An empty position locked for `lock_secs` from `now`.
    pub fn open(tiers: &[LockTier], lock_secs: u64, now: i64) -> MathResult<Self> {
        let multiplier_bps = multiplier_for_lock(tiers, lock_secs)?;
        let secs = i64::try_from(lock_secs).map_err(|_| MathError::Overflow)?;
        let lock_end = now.checked_add(secs).ok_or(MathError::Overflow)?;
        Ok(StakePosition {
            multiplier_bps,
            lock_end,
            ..StakePosition::default()
        })
    }
}

/// Rewards of `pos` as of the pool's last update (no clock advance).
pub fn earned(pool: &RewardPool, pos: &StakePosition) -> MathResult<u128> {
    let delta = pool
        .acc_per_weight
        .checked_sub(pos.acc_checkpoint)
        .ok_or(MathError::LedgerInconsistent)?;
    let fresh = mul_div_floor_u128(pos.weight, delta, REWARD_SCALE)?;
    pos.pending.checked_add(fresh).ok_or(MathError::Overflow)
}

fn settle(pool: &RewardPool, pos: &mut StakePosition) -> MathResult<()> {
    pos.pending = earned(pool, pos)?;
    pos.acc_checkpoint = pool.acc_per_weight;
    Ok(())
}

/// Replaces `pos.weight` by `weight` in the pool total.
fn reweigh(pool: &mut RewardPool, pos: &mut StakePosition, weight: u128) -> MathResult<()> {
    let rest = pool
        .total_weight
        .checked_sub(pos.weight)
        .ok_or(MathError::LedgerInconsistent)?;
    pool.total_weight = rest.checked_add(weight).ok_or(MathError::Overflow)?;
    pos.weight = weight;
    Ok(())
}

/// Brings pool and position to `now`: ends an expired boost (see the module
/// docs), releases the stream and settles the position.
pub fn refresh(pool: &mut RewardPool, pos: &mut StakePosition, now: i64) -> MathResult<()> {
    if now < pool.last_update {
        return Err(MathError::ClockWentBackwards);
    }
    let (mut p, mut q) = (*pool, *pos);
    if q.multiplier_bps != MIN_MULTIPLIER_BPS && now >= q.lock_end {
        p.update(q.lock_end.max(p.last_update))?;
        settle(&p, &mut q)?;
        let w = weight_of(q.amount, MIN_MULTIPLIER_BPS)?;
        reweigh(&mut p, &mut q, w)?;
        q.multiplier_bps = MIN_MULTIPLIER_BPS;
    }
    p.update(now)?;
    settle(&p, &mut q)?;
    *pool = p;
    *pos = q;
    Ok(())
}

/// Rewards `pos` could claim at `now`, without changing anything.
pub fn pending_rewards(pool: &RewardPool, pos: &StakePosition, now: i64) -> MathResult<u128> {
    let (mut p, mut q) = (*pool, *pos);
    refresh(&mut p, &mut q, now)?;
    Ok(q.pending)
}

/// Adds `amount` to the position at its current multiplier.
pub fn stake(
    pool: &mut RewardPool,
    pos: &mut StakePosition,
    amount: u64,
    now: i64,
) -> MathResult<()> {
    if amount == 0 {
        return Err(MathError::ZeroAmount);
    }
    let (mut p, mut q) = (*pool, *pos);
    refresh(&mut p, &mut q, now)?;
    let total = q.amount.checked_add(amount).ok_or(MathError::Overflow)?;
    let w = weight_of(total, q.multiplier_bps)?;
    reweigh(&mut p, &mut q, w)?;
    q.amount = total;
    *pool = p;
    *pos = q;
    Ok(())
}

/// Takes `amount` out of the position. Before `lock_end` it pays
/// `floor(amount × penalty_bps / 10_000)`, which is distributed to the
/// stakers that remain (after this position's weight is reduced, so the
/// leaver does not refund itself).
pub fn unstake(
    pool: &mut RewardPool,
    pos: &mut StakePosition,
    amount: u64,
    now: i64,
    penalty_bps: Bps,
) -> MathResult<Unstaked> {
    if amount == 0 {
        return Err(MathError::ZeroAmount);
    }
    let (mut p, mut q) = (*pool, *pos);
    refresh(&mut p, &mut q, now)?;
    let left = q
        .amount
        .checked_sub(amount)
        .ok_or(MathError::InsufficientStake)?;
    let penalty = if now < q.lock_end {
        penalty_bps.apply(amount)?
    } else {
        0
    };
    let returned = amount
        .checked_sub(penalty)
        .ok_or(MathError::LedgerInconsistent)?;
    let w = weight_of(left, q.multiplier_bps)?;
    reweigh(&mut p, &mut q, w)?;
    q.amount = left;
    p.distribute(penalty)?;
    *pool = p;
    *pos = q;
    Ok(Unstaked { returned, penalty })
}

/// Pays out settled rewards (at most u64::MAX per call, one transfer's worth).
pub fn claim_rewards(pool: &mut RewardPool, pos: &mut StakePosition, now: i64) -> MathResult<u64> {
    let (mut p, mut q) = (*pool, *pos);
    refresh(&mut p, &mut q, now)?;
    let paid = u64::try_from(q.pending).unwrap_or(u64::MAX);
    q.pending = q.pending.saturating_sub(paid as u128); // paid ≤ pending
    *pool = p;
    *pos = q;
    Ok(paid)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIERS: [LockTier; 2] = [
        LockTier {
            min_lock_secs: 100,
            multiplier_bps: 15_000,
        },
        LockTier {
            min_lock_secs: 1_000,
            multiplier_bps: 30_000,
        },
    ];

    fn bps(v: u64) -> Bps {
        Bps::new(v).unwrap_or(Bps::ZERO)
    }

    #[test]
    fn multipliers() {
        assert_eq!(multiplier_for_lock(&TIERS, 0), Ok(10_000));
        assert_eq!(multiplier_for_lock(&TIERS, 100), Ok(15_000));
        assert_eq!(multiplier_for_lock(&TIERS, 999), Ok(15_000));
        assert_eq!(multiplier_for_lock(&TIERS, u64::MAX), Ok(30_000));
        assert_eq!(multiplier_for_lock(&[], 5), Ok(10_000));
        let unsorted = [TIERS[1], TIERS[0]];
        assert_eq!(
            multiplier_for_lock(&unsorted, 5),
            Err(MathError::TiersUnsorted)
        );
        let bad = [LockTier {
            min_lock_secs: 1,
            multiplier_bps: 9_999,
        }];
        assert_eq!(
            multiplier_for_lock(&bad, 5),
            Err(MathError::MultiplierOutOfRange)
        );
        assert_eq!(weight_of(3, 15_000), Ok(4));
        assert_eq!(
            weight_of(u64::MAX, MAX_MULTIPLIER_BPS),
            Ok(u64::MAX as u128 * 10)
        );
        assert_eq!(weight_of(1, 100_001), Err(MathError::MultiplierOutOfRange));
    }

    #[test]
    fn two_stakers_share_by_weight() {
        let mut pool = RewardPool::new(0);
        let mut a = StakePosition::open(&TIERS, 0, 0).unwrap_or_default();
        let mut b = StakePosition::open(&TIERS, 1_000, 0).unwrap_or_default();
        assert_eq!(stake(&mut pool, &mut a, 100, 0), Ok(()));
        assert_eq!(stake(&mut pool, &mut b, 100, 0), Ok(()));
        assert_eq!(pool.total_weight, 400);
        assert_eq!(pool.fund(1_000, 10, 0), Ok(1_000));
        // a has weight 100 of 400: 250 of the 1000.
        assert_eq!(claim_rewards(&mut pool, &mut a, 10), Ok(250));
        assert_eq!(pending_rewards(&pool, &b, 10), Ok(750));
        assert_eq!(claim_rewards(&mut pool, &mut a, 20), Ok(0));
    }

    #[test]
    fn early_exit_penalty_goes_to_the_others() {
        let mut pool = RewardPool::new(0);
        let mut a = StakePosition::open(&TIERS, 0, 0).unwrap_or_default();
        let mut b = StakePosition::open(&TIERS, 100, 0).unwrap_or_default();
        assert_eq!(stake(&mut pool, &mut a, 1_000, 0), Ok(()));
        assert_eq!(stake(&mut pool, &mut b, 1_000, 0), Ok(()));
        let out = unstake(&mut pool, &mut b, 1_000, 50, bps(1_000));
        assert_eq!(
            out,
            Ok(Unstaked {
                returned: 900,
                penalty: 100
            })
        );
        assert_eq!(pending_rewards(&pool, &a, 50), Ok(100));
        assert_eq!(pending_rewards(&pool, &b, 50), Ok(0));
        // Unlocked positions pay nothing.
        assert_eq!(
            unstake(&mut pool, &mut a, 10, 50, bps(1_000)).map(|u| u.penalty),
            Ok(0)
        );
        assert_eq!(
            unstake(&mut pool, &mut a, 991, 50, bps(1_000)),
            Err(MathError::InsufficientStake)
        );
        assert_eq!(
            unstake(&mut pool, &mut a, 0, 50, bps(1_000)),
            Err(MathError::ZeroAmount)
        );
    }

    #[test]
    fn penalty_with_nobody_left_waits_for_next_fund() {
        let mut pool = RewardPool::new(0);
        let mut b = StakePosition::open(&TIERS, 100, 0).unwrap_or_default();
        assert_eq!(stake(&mut pool, &mut b, 1_000, 0), Ok(()));
        assert_eq!(
            unstake(&mut pool, &mut b, 1_000, 1, bps(500)).map(|u| u.penalty),
            Ok(50)
        );
        assert_eq!(pool.unassigned, 50);
        assert_eq!(pool.total_weight, 0);
    }

    #[test]
    fn boost_ends_at_lock_end() {
        let mut pool = RewardPool::new(0);
        let mut a = StakePosition::open(&TIERS, 0, 0).unwrap_or_default();
        let mut b = StakePosition::open(&TIERS, 100, 0).unwrap_or_default();
        assert_eq!(stake(&mut pool, &mut a, 100, 0), Ok(()));
        assert_eq!(stake(&mut pool, &mut b, 100, 0), Ok(()));
        assert_eq!(pool.fund(500, 200, 0), Ok(500));
        // 0..100: weights 100 / 150 → a 100, b 150 of the first 250.
        // 100..200: b touched late but settled at lock_end, then 1x: 125 each.
        assert_eq!(refresh(&mut pool, &mut b, 200), Ok(()));
        assert_eq!(b.multiplier_bps, 10_000);
        assert_eq!(b.weight, 100);
        assert_eq!(b.pending, 150 + 125);
        assert_eq!(pending_rewards(&pool, &a, 200), Ok(100 + 125));
        // Unstaking after the lock costs nothing.
        assert_eq!(
            unstake(&mut pool, &mut b, 100, 200, bps(1_000)).map(|u| u.penalty),
            Ok(0)
        );
    }

    #[test]
    fn failures_leave_state_untouched() {
        let mut pool = RewardPool::new(5);
        let mut a = StakePosition::open(&TIERS, 0, 5).unwrap_or_default();
        assert_eq!(stake(&mut pool, &mut a, u64::MAX, 5), Ok(()));
        let (p0, a0) = (pool, a);
        assert_eq!(stake(&mut pool, &mut a, 1, 6), Err(MathError::Overflow));
        assert_eq!(
            stake(&mut pool, &mut a, 1, 4),
            Err(MathError::ClockWentBackwards)
        );
        assert_eq!((pool, a), (p0, a0));
        assert_eq!(
            StakePosition::open(&TIERS, u64::MAX, 0),
            Err(MathError::Overflow)
        );
        assert_eq!(
            StakePosition::open(&TIERS, 10, i64::MAX),
            Err(MathError::Overflow)
        );
    }
}
