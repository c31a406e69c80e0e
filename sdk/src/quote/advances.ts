/**
 * Recoupable advances (`nd_math::advances`): repaid first in, first out out of
 * a recipient's claims, partially when a claim does not cover the oldest one.
 */
import { MathError } from "./errors";
import { u64 } from "./int";

export const MAX_ADVANCES = 8;

/** Opaque id of whoever is repaid (the Rust side stores 32 bytes, e.g. a pubkey). */
export type Beneficiary = string;

export interface Advance {
  readonly beneficiary: Beneficiary;
  /** Still to be repaid; always positive for a queued advance. */
  readonly outstanding: bigint;
}

/** Live advances, oldest first. */
export interface AdvanceQueue {
  entries: Advance[];
}

export interface Repayment {
  readonly beneficiary: Beneficiary;
  readonly amount: bigint;
}

export interface Repayments {
  /** Transfers to make, oldest advance first. */
  readonly entries: Repayment[];
  readonly total: bigint;
}

export function newAdvanceQueue(): AdvanceQueue {
  return { entries: [] };
}

function active(queue: AdvanceQueue): Advance[] {
  if (queue.entries.length > MAX_ADVANCES) throw new MathError("LedgerInconsistent");
  return queue.entries;
}

export function outstandingTotal(queue: AdvanceQueue): bigint {
  return active(queue).reduce((sum, a) => sum + a.outstanding, 0n);
}

/** Records a new advance behind all existing ones. */
export function pushAdvance(queue: AdvanceQueue, beneficiary: Beneficiary, amount: bigint): void {
  u64("amount", amount);
  if (amount === 0n) throw new MathError("ZeroAmount");
  const live = active(queue);
  if (live.length >= MAX_ADVANCES) throw new MathError("AdvanceQueueFull");
  queue.entries = [...live, { beneficiary, outstanding: amount }];
}

/**
 * Uses up to `available` to repay advances oldest first; fully repaid ones
 * leave the queue. `available − total` belongs to the recipient.
 */
export function repay(queue: AdvanceQueue, available: bigint): Repayments {
  u64("available", available);
  const kept: Advance[] = [];
  const entries: Repayment[] = [];
  let rest = available;
  for (const adv of active(queue)) {
    const pay = rest < adv.outstanding ? rest : adv.outstanding;
    rest -= pay;
    if (pay > 0n) entries.push({ beneficiary: adv.beneficiary, amount: pay });
    const left = adv.outstanding - pay;
    if (left > 0n) kept.push({ beneficiary: adv.beneficiary, outstanding: left });
  }
  queue.entries = kept;
  return { entries, total: available - rest };
}
