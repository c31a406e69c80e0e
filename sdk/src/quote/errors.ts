/**
 * The quote module's error: one code per variant of the Rust crate's
 * `nd_math::MathError`, so a client shows the same reason the program would
 * fail with.
 */

/** Every code, in the Rust enum's declaration order. */
export const MATH_ERROR_CODES = [
  "BpsOutOfRange",
  "PpmOutOfRange",
  "FeeAboveCap",
  "ReferralAboveCap",
  "Overflow",
  "DivisionByZero",
  "NoRecipients",
  "TooManyRecipients",
  "SharesNotWhole",
  "LengthMismatch",
  "EpochNotBooked",
  "LedgerInconsistent",
  "AdvanceQueueFull",
  "ZeroAmount",
  "ZeroPeriod",
  "ClockWentBackwards",
  "MultiplierOutOfRange",
  "TiersUnsorted",
  "InsufficientStake",
] as const;

export type MathErrorCode = (typeof MATH_ERROR_CODES)[number];

const MESSAGES: Record<MathErrorCode, string> = {
  BpsOutOfRange: "basis points must be at most 10000",
  PpmOutOfRange: "parts per million must be at most 1000000",
  FeeAboveCap: "platform fee rate is above its cap",
  ReferralAboveCap: "referral rate is above its cap",
  Overflow: "result does not fit its integer type",
  DivisionByZero: "division by zero",
  NoRecipients: "a split needs at least one recipient",
  TooManyRecipients: "a split has at most 32 recipients",
  SharesNotWhole: "shares must add up to exactly 1000000 ppm",
  LengthMismatch: "slices must have the same length",
  EpochNotBooked: "book the current epoch before changing shares",
  LedgerInconsistent: "stored ledger state is inconsistent",
  AdvanceQueueFull: "the advance queue is full",
  ZeroAmount: "amount must be greater than zero",
  ZeroPeriod: "reward period must be at least one second",
  ClockWentBackwards: "timestamp is earlier than the last update",
  MultiplierOutOfRange: "lock multiplier is outside 10000..=100000 bps",
  TiersUnsorted: "lock tiers must have increasing durations and multipliers",
  InsufficientStake: "unstake amount exceeds the staked amount",
};

/** Thrown wherever the Rust crate returns `Err(MathError::<code>)`. */
export class MathError extends Error {
  readonly code: MathErrorCode;

  constructor(code: MathErrorCode) {
    // Same text as the Rust `Display`: "<code>: <message>".
    super(`${code}: ${MESSAGES[code]}`);
    this.name = "MathError";
    this.code = code;
    // Keeps `instanceof` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, MathError.prototype);
  }
}

export function isMathError(e: unknown, code?: MathErrorCode): e is MathError {
  return e instanceof MathError && (code === undefined || e.code === code);
}
