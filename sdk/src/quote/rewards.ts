/**
 * Staking reward pool (`nd_math::rewards`): a funded budget streamed over a
 * period (`floor(budget × elapsed / period)`, so it is released exactly) and
 * shared by weight through a reward-per-weight accumulator that carries its
 * division remainder forward.
 *
 * Functions mutate the pool they are given, and only when they succeed.
 */
import { MathError } from "./errors";
import { I64_MAX, I64_MIN, addI64, addU128, addU64, fit, i64, subU, u64 } from "./int";
import { mulDivFloor } from "./muldiv";

/** Fixed-point scale of `accPerWeight`. */
export const REWARD_SCALE = 1_000_000_000_000_000_000n;

export interface RewardPool {
  /** Reward per unit of weight ever distributed, × REWARD_SCALE. */
  accPerWeight: bigint;
  /** Scaled remainder carried into the next distribution. */
  carry: bigint;
  totalWeight: bigint;
  budget: bigint;
  streamed: bigint;
  /** Released while nobody was staked; rolls into the next fund. */
  unassigned: bigint;
  periodStart: bigint;
  periodEnd: bigint;
  lastUpdate: bigint;
}

export function newRewardPool(now: bigint): RewardPool {
  i64("now", now);
  return {
    accPerWeight: 0n,
    carry: 0n,
    totalWeight: 0n,
    budget: 0n,
    streamed: 0n,
    unassigned: 0n,
    periodStart: now,
    periodEnd: now,
    lastUpdate: now,
  };
}

/** Portion of the current budget released by time `t`. */
export function releasedBy(pool: RewardPool, t: bigint): bigint {
  i64("t", t);
  const period = fit(pool.periodEnd - pool.periodStart, I64_MIN, I64_MAX, "LedgerInconsistent");
  if (period < 0n) throw new MathError("LedgerInconsistent");
  if (period === 0n) return 0n;
  const clamped = t < pool.periodStart ? pool.periodStart : t > pool.periodEnd ? pool.periodEnd : t;
  return mulDivFloor(pool.budget, clamped - pool.periodStart, period);
}

/** Budget not yet released. */
export function remaining(pool: RewardPool): bigint {
  return subU(pool.budget, pool.streamed, "LedgerInconsistent");
}

/** Shares `amount` among current weights now; with no weight it waits in `unassigned`. */
export function distribute(pool: RewardPool, amount: bigint): void {
  u64("amount", amount);
  if (amount === 0n) return;
  if (pool.totalWeight === 0n) {
    pool.unassigned = addU64(pool.unassigned, amount);
    return;
  }
  const num = addU128(amount * REWARD_SCALE, pool.carry);
  const acc = addU128(pool.accPerWeight, num / pool.totalWeight);
  pool.accPerWeight = acc;
  pool.carry = num % pool.totalWeight;
}

/** Releases everything due by `now` into the accumulator. */
export function update(pool: RewardPool, now: bigint): void {
  i64("now", now);
  if (now < pool.lastUpdate) throw new MathError("ClockWentBackwards");
  const next: RewardPool = { ...pool };
  const target = releasedBy(next, now);
  const delta = subU(target, next.streamed, "LedgerInconsistent");
  distribute(next, delta);
  next.streamed = target;
  next.lastUpdate = now;
  Object.assign(pool, next);
}

/**
 * Starts a period of `periodSecs` from `now` streaming `amount` plus all that
 * was not yet handed out; returns the new budget.
 */
export function fund(pool: RewardPool, amount: bigint, periodSecs: bigint, now: bigint): bigint {
  u64("amount", amount);
  u64("periodSecs", periodSecs);
  i64("now", now);
  if (periodSecs === 0n) throw new MathError("ZeroPeriod");
  const next: RewardPool = { ...pool };
  update(next, now);
  const leftover = addU64(remaining(next), next.unassigned);
  const budget = addU64(amount, leftover);
  const secs = fit(periodSecs, 0n, I64_MAX, "Overflow");
  next.periodEnd = addI64(now, secs);
  next.periodStart = now;
  next.budget = budget;
  next.streamed = 0n;
  next.unassigned = 0n;
  Object.assign(pool, next);
  return budget;
}

