import { BPS_DENOMINATOR } from "../quote/bps";
import { isMathError } from "../quote/errors";
import { U64_MAX, minBig } from "../quote/int";
import { RewardPool, fund, remaining, update } from "../quote/rewards";
import { StakePosition, pendingRewards } from "../quote/stake";

export const SECONDS_PER_YEAR = 365n * 24n * 60n * 60n;

/**
 * What `claim` would pay the position at unix time `now`, computed as the program does
 * (`nd_math::claim_rewards`: refresh to `now`, then at most one transfer's worth).
 */
export function stakeClaimableAt(pool: { readonly rewards: RewardPool }, position: { readonly stake: StakePosition }, now: bigint): bigint {
  return minBig(pendingRewards(pool.rewards, position.stake, now), U64_MAX);
}

/** The running stream: `budget` released linearly over `[periodStart, periodEnd]`. */
export interface RewardRate {
  /** Reward units released over `seconds` (zero when no period runs at `now`). */
  readonly amount: bigint;
  readonly seconds: bigint;
}

export function stakingRewardRate(pool: { readonly rewards: RewardPool }, now: bigint): RewardRate {
  const r = pool.rewards;
  const seconds = r.periodEnd - r.periodStart;
  if (now >= r.periodEnd || seconds <= 0n) return { amount: 0n, seconds: 1n };
  return { amount: r.budget, seconds };
}

export interface AprOptions {
  /** Multiplier of the position the APR is for (default 1x). */
  readonly multiplierBps?: bigint;
  /**
   * Value of one reward base unit in stake base units, as a fraction (default 1/1, right when
   * stake and reward are the same mint).
   */
  readonly rewardPrice?: { readonly numerator: bigint; readonly denominator: bigint };
}

/**
 * Annual rate at the current reward rate, in basis points of the staked value, floored: what a
 * position of `multiplierBps` earns per year per unit staked if rate and total weight stayed as
 * they are. Null when nobody is staked (any stake would get the whole stream).
 */
export function stakingPoolAprBps(pool: { readonly rewards: RewardPool }, now: bigint, options: AprOptions = {}): bigint | null {
  const totalWeight = pool.rewards.totalWeight;
  if (totalWeight === 0n) return null;
  const rate = stakingRewardRate(pool, now);
  const multiplier = options.multiplierBps ?? BPS_DENOMINATOR;
  const price = options.rewardPrice ?? { numerator: 1n, denominator: 1n };
  // rate × year × (multiplier / 10_000) × price / totalWeight, × 10_000 for bps.
  const numerator = rate.amount * SECONDS_PER_YEAR * multiplier * price.numerator;
  const denominator = rate.seconds * totalWeight * price.denominator;
  return numerator / denominator;
}

/**
 * The `periodSecs` a router should pass to `fund_rewards` at `now` (the program's
 * `Pool::routing_period_secs`): the rest of the running period, or `fallbackSecs` when none runs.
 */
export function fundRewardsPeriodFor(pool: { readonly rewards: RewardPool }, now: bigint, fallbackSecs: bigint): bigint {
  const left = pool.rewards.periodEnd - now;
  return left > 0n && pool.rewards.budget > pool.rewards.streamed ? left : fallbackSecs;
}

/** Why the program would refuse a funding, named as its error. */
export type FundRewardsRefusal = "zeroAmount" | "zeroPeriod" | "periodTooLong" | "periodEndsTooSoon" | "rewardRateWouldDrop" | "rewardRateOverflow";

export const MAX_REWARD_PERIOD_SECS = 10n * 365n * 24n * 60n * 60n;

/**
 * The pool's reward state after `fund_rewards` books `received` at `now` for `periodSecs`, or
 * the error the program would answer (the accumulator-headroom check, which needs `minStake`,
 * is left to the program).
 */
export function quoteFundRewards(
  rewards: RewardPool,
  received: bigint,
  periodSecs: bigint,
  now: bigint,
): { readonly ok: true; readonly rewards: RewardPool } | { readonly ok: false; readonly error: FundRewardsRefusal } {
  if (received === 0n) return { ok: false, error: "zeroAmount" };
  if (periodSecs === 0n) return { ok: false, error: "zeroPeriod" };
  if (periodSecs > MAX_REWARD_PERIOD_SECS) return { ok: false, error: "periodTooLong" };
  const next: RewardPool = { ...rewards };
  update(next, now);
  const runningLeft = remaining(next);
  const runningSecs = next.periodEnd - now;
  let budget: bigint;
  try {
    budget = fund(next, received, periodSecs, now);
  } catch (err) {
    if (isMathError(err, "Overflow")) return { ok: false, error: "rewardRateOverflow" };
    throw err;
  }
  if (runningLeft > 0n && runningSecs > 0n) {
    if (periodSecs < runningSecs) return { ok: false, error: "periodEndsTooSoon" };
    if (budget * runningSecs < runningLeft * periodSecs) return { ok: false, error: "rewardRateWouldDrop" };
  }
  return { ok: true, rewards: next };
}
