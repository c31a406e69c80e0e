/**
 * Reference model of the staking pool for the randomised test: the pro-rata integral each
 * position is entitled to, kept without the program's rounding.
 *
 * It follows the program's *schedule* — when weights change (a boost ends at the first touch at
 * or after `lockEnd`, settled up to `max(lockEnd, last update)`), what is released when
 * (`floor(budget × elapsed / period)`, the stream's definition), where penalties go (to the
 * weights left after the leaver's is reduced) — but shares every released unit exactly:
 * entitlements are fixed point with 36 decimals, so the model's own error stays below 10^-30 of
 * a unit over any test, while the program floors at every settlement.
 */

export const EXACT = 10n ** 36n;
const BPS = 10_000n;

export interface ModelTier {
  readonly minLockSecs: bigint;
  readonly multiplierBps: bigint;
}

export interface ModelPosition {
  amount: bigint;
  multiplierBps: bigint;
  weight: bigint;
  readonly lockEnd: bigint;
  /** Exact entitlement × EXACT. */
  entitled: bigint;
  /** What the program paid out so far. */
  paid: bigint;
  /** Floors the program took for this position (one per settlement). */
  settlements: bigint;
}

export type FundRefusal = "zeroAmount" | "zeroPeriod" | "periodTooLong" | "periodEndsTooSoon" | "rewardRateWouldDrop";

export const MAX_PERIOD_SECS = 10n * 365n * 86_400n;

export class StakingModel {
  readonly positions = new Map<string, ModelPosition>();
  budget = 0n;
  periodStart: bigint;
  periodEnd: bigint;
  lastUpdate: bigint;
  unassigned = 0n;
  funded = 0n;
  penalties = 0n;
  paid = 0n;
  totalStaked = 0n;

  constructor(
    readonly config: { readonly penaltyBps: bigint; readonly minStake: bigint; readonly tiers: readonly ModelTier[] },
    start: bigint,
  ) {
    this.periodStart = start;
    this.periodEnd = start;
    this.lastUpdate = start;
  }

  released(t: bigint): bigint {
    const period = this.periodEnd - this.periodStart;
    if (period === 0n) return 0n;
    const clamped = t < this.periodStart ? this.periodStart : t > this.periodEnd ? this.periodEnd : t;
    return (this.budget * (clamped - this.periodStart)) / period;
  }

  totalWeight(): bigint {
    let w = 0n;
    for (const p of this.positions.values()) w += p.weight;
    return w;
  }

  /** Hands `amount` to the current weights exactly (or to `unassigned` when there are none). */
  private share(amount: bigint): void {
    if (amount === 0n) return;
    const total = this.totalWeight();
    if (total === 0n) {
      this.unassigned += amount;
      return;
    }
    for (const p of this.positions.values()) p.entitled += (amount * EXACT * p.weight) / total;
  }

  private advance(to: bigint): void {
    if (to < this.lastUpdate) throw new Error(`model clock went backwards: ${to} < ${this.lastUpdate}`);
    this.share(this.released(to) - this.released(this.lastUpdate));
    this.lastUpdate = to;
  }

  private touch(p: ModelPosition, now: bigint): void {
    if (p.multiplierBps !== BPS && now >= p.lockEnd) {
      this.advance(p.lockEnd > this.lastUpdate ? p.lockEnd : this.lastUpdate);
      p.multiplierBps = BPS;
      p.weight = p.amount;
      p.settlements += 1n;
    }
    this.advance(now);
    p.settlements += 1n;
  }

  multiplierFor(lockSecs: bigint): bigint {
    let best = BPS;
    for (const t of this.config.tiers) if (t.minLockSecs <= lockSecs) best = t.multiplierBps;
    return best;
  }

  open(key: string, lockSecs: bigint, now: bigint): ModelPosition {
    const p: ModelPosition = { amount: 0n, multiplierBps: this.multiplierFor(lockSecs), weight: 0n, lockEnd: now + lockSecs, entitled: 0n, paid: 0n, settlements: 0n };
    this.positions.set(key, p);
    return p;
  }

  add(p: ModelPosition, amount: bigint, now: bigint): void {
    this.touch(p, now);
    p.amount += amount;
    p.weight = (p.amount * p.multiplierBps) / BPS;
    this.totalStaked += amount;
  }

  /** Takes `amount` out; the penalty (before the lock ends) goes to the weights that remain. */
  leave(p: ModelPosition, amount: bigint, now: bigint): { readonly returned: bigint; readonly penalty: bigint } {
    this.touch(p, now);
    const penalty = now < p.lockEnd ? (amount * this.config.penaltyBps) / BPS : 0n;
    p.amount -= amount;
    p.weight = (p.amount * p.multiplierBps) / BPS;
    this.totalStaked -= amount;
    this.share(penalty);
    this.penalties += penalty;
    return { returned: amount - penalty, penalty };
  }

  /** Brings `p` to `now` (a claim or a keeper's refresh) and returns its exact outstanding × EXACT. */
  settle(p: ModelPosition, now: bigint): bigint {
    this.touch(p, now);
    return p.entitled - p.paid * EXACT;
  }

  recordPaid(p: ModelPosition, amount: bigint): void {
    p.paid += amount;
    this.paid += amount;
  }

  /** The error the program answers for this funding, or null if it accepts it. */
  fundRefusal(received: bigint, periodSecs: bigint, now: bigint): FundRefusal | null {
    if (received === 0n) return "zeroAmount";
    if (periodSecs === 0n) return "zeroPeriod";
    if (periodSecs > MAX_PERIOD_SECS) return "periodTooLong";
    const left = this.budget - this.released(now);
    const secs = this.periodEnd - now;
    if (left > 0n && secs > 0n) {
      if (periodSecs < secs) return "periodEndsTooSoon";
      const waiting = this.totalWeight() === 0n ? this.released(now) - this.released(this.lastUpdate) : 0n;
      const budget = received + left + this.unassigned + waiting;
      if (budget * secs < left * periodSecs) return "rewardRateWouldDrop";
    }
    return null;
  }

  fund(received: bigint, periodSecs: bigint, now: bigint): void {
    this.advance(now);
    this.budget = received + (this.budget - this.released(now)) + this.unassigned;
    this.unassigned = 0n;
    this.periodStart = now;
    this.periodEnd = now + periodSecs;
    this.funded += received;
  }

  /** Undistributed rewards at `now`: the rest of the stream and what waits for stakers. */
  undistributed(now: bigint): bigint {
    return this.budget - this.released(now) + this.unassigned;
  }
}
