/**
 * Staking positions (`nd_math::stake`): lock multipliers, settlement against
 * the pool's accumulator, early-exit penalty redistributed to the stakers
 * that remain. A boost ends at `lockEnd`: the first touch at or after it
 * settles at the boosted weight up to `lockEnd` (or the pool's last update, if
 * later) and drops the position to 1x.
 *
 * Functions mutate the pool and position they are given, and only when they
 * succeed.
 */
import { BPS_DENOMINATOR, Bps } from "./bps";
import { MathError } from "./errors";
import { I64_MAX, U64_MAX, addI64, addU128, addU64, fit, i64, maxBig, minBig, subU, u64 } from "./int";
import { mulDivFloorU128 } from "./muldiv";
import { REWARD_SCALE, RewardPool, distribute, update } from "./rewards";

export const MIN_MULTIPLIER_BPS = BPS_DENOMINATOR;
export const MAX_MULTIPLIER_BPS = 10n * BPS_DENOMINATOR;

export interface LockTier {
  readonly minLockSecs: bigint;
  readonly multiplierBps: bigint;
}

export interface StakePosition {
  weight: bigint;
  accCheckpoint: bigint;
  /** Settled rewards not yet claimed. */
  pending: bigint;
  amount: bigint;
  multiplierBps: bigint;
  /** Unstaking before this time pays the early-exit penalty. */
  lockEnd: bigint;
}

export interface Unstaked {
  readonly returned: bigint;
  readonly penalty: bigint;
}

function checkMultiplier(multiplierBps: bigint): void {
  if (multiplierBps < MIN_MULTIPLIER_BPS || multiplierBps > MAX_MULTIPLIER_BPS) {
    throw new MathError("MultiplierOutOfRange");
  }
}

/** `floor(amount × multiplierBps / 10_000)`. */
export function weightOf(amount: bigint, multiplierBps: bigint): bigint {
  u64("amount", amount);
  u64("multiplierBps", multiplierBps);
  checkMultiplier(multiplierBps);
  return (amount * multiplierBps) / BPS_DENOMINATOR;
}

/** Multiplier of the longest tier with `minLockSecs ≤ lockSecs`; 1x if none. */
export function multiplierForLock(tiers: readonly LockTier[], lockSecs: bigint): bigint {
  u64("lockSecs", lockSecs);
  let best = MIN_MULTIPLIER_BPS;
  let prev: LockTier | undefined;
  for (const tier of tiers) {
    checkMultiplier(tier.multiplierBps);
    if (prev !== undefined && (tier.minLockSecs <= prev.minLockSecs || tier.multiplierBps < prev.multiplierBps)) {
      throw new MathError("TiersUnsorted");
    }
    if (tier.minLockSecs <= lockSecs) best = tier.multiplierBps;
    prev = tier;
  }
  return best;
}

/** An empty position locked for `lockSecs` from `now`. */
export function openPosition(tiers: readonly LockTier[], lockSecs: bigint, now: bigint): StakePosition {
  i64("now", now);
  const multiplierBps = multiplierForLock(tiers, lockSecs);
  const secs = fit(lockSecs, 0n, I64_MAX, "Overflow");
  const lockEnd = addI64(now, secs);
  return { weight: 0n, accCheckpoint: 0n, pending: 0n, amount: 0n, multiplierBps, lockEnd };
}

/** Rewards of `pos` as of the pool's last update. */
export function earned(pool: RewardPool, pos: StakePosition): bigint {
  const delta = subU(pool.accPerWeight, pos.accCheckpoint, "LedgerInconsistent");
  const fresh = mulDivFloorU128(pos.weight, delta, REWARD_SCALE);
  return addU128(pos.pending, fresh);
}

function settle(pool: RewardPool, pos: StakePosition): void {
  pos.pending = earned(pool, pos);
  pos.accCheckpoint = pool.accPerWeight;
}

function reweigh(pool: RewardPool, pos: StakePosition, weight: bigint): void {
  const rest = subU(pool.totalWeight, pos.weight, "LedgerInconsistent");
  pool.totalWeight = addU128(rest, weight);
  pos.weight = weight;
}

/** Brings pool and position to `now` (ends an expired boost, releases, settles). */
export function refresh(pool: RewardPool, pos: StakePosition, now: bigint): void {
  i64("now", now);
  if (now < pool.lastUpdate) throw new MathError("ClockWentBackwards");
  const p: RewardPool = { ...pool };
  const q: StakePosition = { ...pos };
  if (q.multiplierBps !== MIN_MULTIPLIER_BPS && now >= q.lockEnd) {
    update(p, maxBig(q.lockEnd, p.lastUpdate));
    settle(p, q);
    reweigh(p, q, weightOf(q.amount, MIN_MULTIPLIER_BPS));
    q.multiplierBps = MIN_MULTIPLIER_BPS;
  }
  update(p, now);
  settle(p, q);
  Object.assign(pool, p);
  Object.assign(pos, q);
}

/** Rewards `pos` could claim at `now`, changing nothing. */
export function pendingRewards(pool: RewardPool, pos: StakePosition, now: bigint): bigint {
  const p: RewardPool = { ...pool };
  const q: StakePosition = { ...pos };
  refresh(p, q, now);
  return q.pending;
}

/** Adds `amount` at the position's current multiplier. */
export function stake(pool: RewardPool, pos: StakePosition, amount: bigint, now: bigint): void {
  u64("amount", amount);
  if (amount === 0n) throw new MathError("ZeroAmount");
  const p: RewardPool = { ...pool };
  const q: StakePosition = { ...pos };
  refresh(p, q, now);
  const total = addU64(q.amount, amount);
  reweigh(p, q, weightOf(total, q.multiplierBps));
  q.amount = total;
  Object.assign(pool, p);
  Object.assign(pos, q);
}

/** Takes `amount` out; before `lockEnd` pays `floor(amount × penaltyBps / 10_000)` to the others. */
export function unstake(pool: RewardPool, pos: StakePosition, amount: bigint, now: bigint, penaltyBps: Bps): Unstaked {
  u64("amount", amount);
  if (amount === 0n) throw new MathError("ZeroAmount");
  const p: RewardPool = { ...pool };
  const q: StakePosition = { ...pos };
  refresh(p, q, now);
  const left = q.amount - amount;
  if (left < 0n) throw new MathError("InsufficientStake");
  const penalty = now < q.lockEnd ? penaltyBps.apply(amount) : 0n;
  reweigh(p, q, weightOf(left, q.multiplierBps));
  q.amount = left;
  distribute(p, penalty);
  Object.assign(pool, p);
  Object.assign(pos, q);
  return { returned: amount - penalty, penalty };
}

/** Pays out settled rewards, at most u64::MAX per call. */
export function claimRewards(pool: RewardPool, pos: StakePosition, now: bigint): bigint {
  const p: RewardPool = { ...pool };
  const q: StakePosition = { ...pos };
  refresh(p, q, now);
  const paid = minBig(q.pending, U64_MAX);
  q.pending -= paid;
  Object.assign(pool, p);
  Object.assign(pos, q);
  return paid;
}
