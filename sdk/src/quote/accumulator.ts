/**
 * Pull accounting for splits (`nd_math::accumulator`).
 *
 * `acc` is the amount accrued per ppm of share scaled by 10^6, which, since
 * shares total exactly 10^6, is the sum of all deposits: a sale adds to it
 * without rounding. Entitlement of a recipient =
 * `booked + floor((acc − epochStart) × sharePpm / 10^6)`; the current epoch's
 * dust goes to recipient 0 when the epoch is booked.
 *
 * Functions mutate the objects they are given, and only when they succeed.
 */
import { AdvanceQueue, Repayments, repay } from "./advances";
import { PPM_DENOMINATOR, Ppm } from "./bps";
import { MathError } from "./errors";
import { U128_MAX, U64_MAX, addU128, fit, minBig, subU, u64 } from "./int";
import { MAX_RECIPIENTS, validateShares } from "./split";

export interface SplitAccumulator {
  /** Σ of every credited amount. */
  acc: bigint;
  /** `acc` when the current epoch began. */
  epochStart: bigint;
}

export interface RecipientAccount {
  /** Entitlement from finished epochs, including dust for recipient 0. */
  booked: bigint;
  /** Everything released so far, including advance repayments. */
  claimed: bigint;
  sharePpm: bigint;
}

export interface SplitClaim {
  readonly gross: bigint;
  readonly toRecipient: bigint;
  readonly repayments: Repayments;
}

export function newSplitAccumulator(): SplitAccumulator {
  return { acc: 0n, epochStart: 0n };
}

export function newRecipientAccount(): RecipientAccount {
  return { booked: 0n, claimed: 0n, sharePpm: 0n };
}

/** Records a deposit of seller proceeds; O(1). */
export function credit(split: SplitAccumulator, amount: bigint): void {
  u64("amount", amount);
  split.acc = addU128(split.acc, amount);
}

/** Deposits since the current epoch began. */
export function epochDeposits(split: SplitAccumulator): bigint {
  return subU(split.acc, split.epochStart, "LedgerInconsistent");
}

function shareOf(deposits: bigint, sharePpm: bigint): bigint {
  const share = Ppm.new(sharePpm).value;
  return fit((deposits * share) / PPM_DENOMINATOR, 0n, U128_MAX, "Overflow");
}

/** Total ever earned by `r`. */
export function entitlement(split: SplitAccumulator, r: RecipientAccount): bigint {
  const live = shareOf(epochDeposits(split), r.sharePpm);
  return addU128(r.booked, live);
}

/** Earned but not yet claimed. */
export function claimable(split: SplitAccumulator, r: RecipientAccount): bigint {
  return subU(entitlement(split, r), r.claimed, "LedgerInconsistent");
}

/** Releases up to u64::MAX of what `r` can claim, repaying `advances` first. */
export function claim(split: SplitAccumulator, r: RecipientAccount, advances: AdvanceQueue): SplitClaim {
  const gross = minBig(claimable(split, r), U64_MAX);
  const queue: AdvanceQueue = { entries: [...advances.entries] };
  const repayments = repay(queue, gross);
  const claimed = addU128(r.claimed, gross);
  r.claimed = claimed;
  advances.entries = queue.entries;
  return { gross, toRecipient: gross - repayments.total, repayments };
}

function checkCurrentShares(recipients: readonly RecipientAccount[]): void {
  if (recipients.length > MAX_RECIPIENTS) throw new MathError("TooManyRecipients");
  validateShares(recipients.map((r) => Ppm.new(r.sharePpm)));
}

/** Part of the current epoch not yet anyone's (< 1 unit per recipient). */
export function unbookedDust(split: SplitAccumulator, recipients: readonly RecipientAccount[]): bigint {
  checkCurrentShares(recipients);
  const deposits = epochDeposits(split);
  let assigned = 0n;
  for (const r of recipients) assigned = addU128(assigned, shareOf(deposits, r.sharePpm));
  const dust = subU(deposits, assigned, "LedgerInconsistent");
  return fit(dust, 0n, U64_MAX, "LedgerInconsistent");
}

/**
 * Closes the current epoch: books every recipient under the current shares,
 * gives the dust to recipient 0, starts a new epoch; returns the dust.
 */
export function bookEpoch(split: SplitAccumulator, recipients: RecipientAccount[]): bigint {
  const dust = unbookedDust(split, recipients);
  const deposits = epochDeposits(split);
  const booked = recipients.map((r, i) => {
    let add = shareOf(deposits, r.sharePpm);
    if (i === 0) add = addU128(add, dust);
    return addU128(r.booked, add);
  });
  recipients.forEach((r, i) => {
    r.booked = booked[i];
  });
  split.epochStart = split.acc;
  return dust;
}

/** Installs new shares; only at the start of an epoch. */
export function setShares(split: SplitAccumulator, recipients: RecipientAccount[], shares: readonly Ppm[]): void {
  validateShares(shares);
  if (shares.length !== recipients.length) throw new MathError("LengthMismatch");
  if (epochDeposits(split) !== 0n) throw new MathError("EpochNotBooked");
  recipients.forEach((r, i) => {
    r.sharePpm = shares[i].value;
  });
}

/** Books the epoch under the old shares, then installs `shares`; returns the dust. */
export function changeShares(split: SplitAccumulator, recipients: RecipientAccount[], shares: readonly Ppm[]): bigint {
  validateShares(shares);
  if (shares.length !== recipients.length) throw new MathError("LengthMismatch");
  const dust = bookEpoch(split, recipients);
  setShares(split, recipients, shares);
  return dust;
}
