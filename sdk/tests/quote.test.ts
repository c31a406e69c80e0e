import { expect } from "chai";
import { readFileSync } from "fs";
import { resolve } from "path";
import {
  AdvanceQueue,
  Bps,
  I64_MAX,
  LockTier,
  MATH_ERROR_CODES,
  MathError,
  Ppm,
  RecipientAccount,
  RewardPool,
  SaleTerms,
  StakePosition,
  U128_MAX,
  U64_MAX,
  bookEpoch,
  changeShares,
  claim,
  claimRewards,
  claimable,
  credit,
  earned,
  entitlement,
  fund,
  isMathError,
  mulDivFloor,
  mulDivFloorU128,
  multiplierForLock,
  newAdvanceQueue,
  newRecipientAccount,
  newRewardPool,
  newSplitAccumulator,
  openPosition,
  pendingRewards,
  platformFee,
  pushAdvance,
  quoteSale,
  quoteSaleSplit,
  referral,
  refresh,
  setShares,
  split,
  stake,
  unbookedDust,
  unstake,
  update,
  weightOf,
} from "../src/quote";

// Written by `cargo run --release -p nd-math --example write_vectors -- tests/vectors/math.json`;
// every integer is a decimal string.
const VECTORS_PATH = resolve(__dirname, "../../tests/vectors/math.json");

type Json = string | null | Json[] | { [key: string]: Json };
type Obj = { readonly [key: string]: Json };
interface Expect {
  readonly ok?: Json;
  readonly err?: string;
}
interface Case extends Obj {
  readonly expect: Obj;
}
interface Sequence {
  readonly ops: readonly Case[];
  readonly final: Obj;
}
interface VectorFile {
  readonly format: string;
  readonly error_codes: readonly string[];
  readonly mul_div: readonly Case[];
  readonly rates: readonly Case[];
  readonly fee_referral: readonly Case[];
  readonly sale: readonly Case[];
  readonly split: readonly Case[];
  readonly stake_helpers: readonly Case[];
  readonly market: readonly (Sequence & Obj)[];
  readonly staking: readonly (Sequence & Obj)[];
}

const vectors = JSON.parse(readFileSync(VECTORS_PATH, "utf8")) as VectorFile;

function field(o: Obj, key: string): Json {
  const v = o[key];
  if (v === undefined) throw new Error(`vector lacks "${key}"`);
  return v;
}
function big(o: Obj, key: string): bigint {
  const v = field(o, key);
  if (typeof v !== "string") throw new Error(`"${key}" is not a string`);
  return BigInt(v);
}
function bigs(o: Obj, key: string): bigint[] {
  const v = field(o, key);
  if (!Array.isArray(v)) throw new Error(`"${key}" is not an array`);
  return v.map((x) => {
    if (typeof x !== "string") throw new Error(`"${key}" holds a non-string`);
    return BigInt(x);
  });
}
function text(o: Obj, key: string): string {
  const v = field(o, key);
  if (typeof v !== "string") throw new Error(`"${key}" is not a string`);
  return v;
}
function index(o: Obj, key: string): number {
  return Number(big(o, key));
}
function objs(o: Obj, key: string): Obj[] {
  const v = field(o, key);
  if (!Array.isArray(v)) throw new Error(`"${key}" is not an array`);
  return v as Obj[];
}

const s = (v: bigint): string => v.toString();
const nothing = (): null => null;

/**
 * Runs `f` and compares with `expect`: `{ok: value}` must equal `show(result)`,
 * `{err: code}` must be a MathError with that code.
 */
function check<T>(expected: Expect, f: () => T, show: (v: T) => Json): void {
  let result: T;
  try {
    result = f();
  } catch (e) {
    if (!isMathError(e)) throw e;
    if (expected.err !== e.code) {
      throw new Error(`threw ${e.code}, expected ${JSON.stringify(expected)}`);
    }
    return;
  }
  if (expected.err !== undefined) {
    throw new Error(`returned ${JSON.stringify(show(result))}, expected error ${expected.err}`);
  }
  expect(show(result)).to.deep.equal(expected.ok);
}

/** Applies `f` to every case, reporting the first few failures with their index. */
function replay<C>(name: string, cases: readonly C[], f: (c: C) => void): void {
  expect(cases.length, `${name}: no vectors`).to.be.greaterThan(0);
  const failures: string[] = [];
  cases.forEach((c, i) => {
    try {
      f(c);
    } catch (e) {
      failures.push(`${name}[${i}]: ${(e as Error).message}`);
    }
  });
  expect(failures.slice(0, 5).join("\n"), `${failures.length} of ${cases.length} ${name} vectors fail`).to.equal("");
}

const bpsOf = (v: bigint): Bps => Bps.new(v);
const ppmsOf = (vs: bigint[]): Ppm[] => vs.map((v) => Ppm.new(v));

function termsOf(o: Obj, keys: [string, string, string, string]): SaleTerms {
  // Constructed in the listed order, as the Rust generator does.
  const [feeBps, feeCap, referralBps, referralCap] = keys.map((k) => bpsOf(big(o, k)));
  return { feeBps, feeCap, referralBps, referralCap };
}

function tiersOf(o: Obj): LockTier[] {
  return objs(o, "tiers").map((t) => ({ minLockSecs: big(t, "min_lock_secs"), multiplierBps: big(t, "multiplier_bps") }));
}

function recipientJson(r: RecipientAccount): Json {
  return { booked: s(r.booked), claimed: s(r.claimed), share_ppm: s(r.sharePpm) };
}

function queueJson(q: AdvanceQueue): Json {
  return q.entries.map((a) => ({ beneficiary: a.beneficiary, outstanding: s(a.outstanding) }));
}

function poolJson(p: RewardPool): Json {
  return {
    acc_per_weight: s(p.accPerWeight),
    carry: s(p.carry),
    total_weight: s(p.totalWeight),
    budget: s(p.budget),
    streamed: s(p.streamed),
    unassigned: s(p.unassigned),
    period_start: s(p.periodStart),
    period_end: s(p.periodEnd),
    last_update: s(p.lastUpdate),
  };
}

function positionJson(p: StakePosition): Json {
  return {
    weight: s(p.weight),
    acc_checkpoint: s(p.accCheckpoint),
    pending: s(p.pending),
    amount: s(p.amount),
    multiplier_bps: s(p.multiplierBps),
    lock_end: s(p.lockEnd),
  };
}

function replayMarket(c: Sequence & Obj): void {
  const shares = bigs(c, "shares");
  const t = field(c, "terms") as Obj;
  const terms = termsOf(t, ["fee_bps", "fee_cap", "referral_bps", "referral_cap"]);
  const acc = newSplitAccumulator();
  const rs: RecipientAccount[] = shares.map(() => newRecipientAccount());
  const qs: AdvanceQueue[] = shares.map(() => newAdvanceQueue());
  setShares(acc, rs, ppmsOf(shares));
  c.ops.forEach((op, k) => {
    const e = op.expect as Expect;
    const at = (): number => index(op, "index");
    try {
      switch (text(op, "op")) {
        case "buy":
          return check(
            e,
            () => {
              const q = quoteSale(big(op, "price"), terms);
              credit(acc, q.seller);
              return q;
            },
            (q) => ({ fee: s(q.fee), referral: s(q.referral), seller: s(q.seller) }),
          );
        case "claim":
          return check(
            e,
            () => claim(acc, rs[at()], qs[at()]),
            (r) => ({
              gross: s(r.gross),
              to_recipient: s(r.toRecipient),
              repayments: r.repayments.entries.map((p) => ({ beneficiary: p.beneficiary, amount: s(p.amount) })),
            }),
          );
        case "advance":
          return check(e, () => pushAdvance(qs[at()], text(op, "beneficiary"), big(op, "amount")), nothing);
        case "change_shares":
          return check(e, () => changeShares(acc, rs, ppmsOf(bigs(op, "shares"))), s);
        case "book":
          return check(e, () => bookEpoch(acc, rs), s);
        case "entitlement":
          return check(e, () => entitlement(acc, rs[at()]), s);
        case "claimable":
          return check(e, () => claimable(acc, rs[at()]), s);
        case "unbooked_dust":
          return check(e, () => unbookedDust(acc, rs), s);
        default:
          throw new Error(`unknown market op ${text(op, "op")}`);
      }
    } catch (err) {
      throw new Error(`op ${k} (${text(op, "op")}): ${(err as Error).message}`);
    }
  });
  expect({
    acc: s(acc.acc),
    epoch_start: s(acc.epochStart),
    recipients: rs.map(recipientJson),
    advances: qs.map(queueJson),
  }).to.deep.equal(c.final);
}

function replayStaking(c: Sequence & Obj): void {
  const start = big(c, "start");
  const tiers = tiersOf(c);
  const penalty = bpsOf(big(c, "penalty_bps"));
  const pool = newRewardPool(start);
  const pos: StakePosition[] = Array.from({ length: index(c, "positions") }, () => openPosition([], 0n, start));
  c.ops.forEach((op, k) => {
    const e = op.expect as Expect;
    const p = (): StakePosition => pos[index(op, "pos")];
    const now = (): bigint => big(op, "now");
    try {
      switch (text(op, "op")) {
        case "open":
          return check(
            e,
            () => {
              pos[index(op, "pos")] = openPosition(tiers, big(op, "lock_secs"), now());
            },
            nothing,
          );
        case "fund":
          return check(e, () => fund(pool, big(op, "amount"), big(op, "period_secs"), now()), s);
        case "stake":
          return check(e, () => stake(pool, p(), big(op, "amount"), now()), nothing);
        case "unstake":
          return check(
            e,
            () => unstake(pool, p(), big(op, "amount"), now(), penalty),
            (u) => ({ returned: s(u.returned), penalty: s(u.penalty) }),
          );
        case "claim":
          return check(e, () => claimRewards(pool, p(), now()), s);
        case "refresh":
          return check(e, () => refresh(pool, p(), now()), nothing);
        case "pending":
          return check(e, () => pendingRewards(pool, p(), now()), s);
        case "earned":
          return check(e, () => earned(pool, p()), s);
        case "update":
          return check(e, () => update(pool, now()), nothing);
        default:
          throw new Error(`unknown staking op ${text(op, "op")}`);
      }
    } catch (err) {
      throw new Error(`op ${k} (${text(op, "op")}): ${(err as Error).message}`);
    }
  });
  expect({ pool: poolJson(pool), positions: pos.map(positionJson) }).to.deep.equal(c.final);
}

describe("quote: shared vectors from the Rust nd-math crate", () => {
  it("knows exactly the Rust error codes", () => {
    expect(vectors.format).to.equal("nd-math test vectors v1");
    expect([...MATH_ERROR_CODES]).to.deep.equal(vectors.error_codes);
  });

  it("mulDivFloor / mulDivFloorU128", () => {
    replay("mul_div", vectors.mul_div, (c) => {
      const f = text(c, "fn") === "mul_div_floor" ? mulDivFloor : mulDivFloorU128;
      check(c.expect as Expect, () => f(big(c, "a"), big(c, "b"), big(c, "d")), s);
    });
  });

  it("Bps / Ppm construction and apply", () => {
    replay("rates", vectors.rates, (c) => {
      const make = text(c, "fn") === "bps_apply" ? Bps.new : Ppm.new;
      check(c.expect as Expect, () => make(big(c, "value")).apply(big(c, "amount")), s);
    });
  });

  it("platformFee / referral", () => {
    replay("fee_referral", vectors.fee_referral, (c) => {
      const f = text(c, "fn") === "platform_fee" ? platformFee : referral;
      check(c.expect as Expect, () => f(big(c, "amount"), bpsOf(big(c, "rate_bps")), bpsOf(big(c, "cap_bps"))), s);
    });
  });

  it("quoteSale / quoteSaleSplit", () => {
    replay("sale", vectors.sale, (c) => {
      const withSplit = text(c, "fn") === "quote_sale_split";
      check(
        c.expect as Expect,
        () => {
          const terms = termsOf(c, ["fee_bps", "fee_cap", "referral_bps", "referral_cap"]);
          if (!withSplit) return { quote: quoteSale(big(c, "price"), terms), parts: [] };
          const shares = ppmsOf(bigs(c, "shares"));
          return quoteSaleSplit(big(c, "price"), terms, shares);
        },
        ({ quote, parts }) => {
          const out: { [key: string]: Json } = { fee: s(quote.fee), referral: s(quote.referral), seller: s(quote.seller) };
          if (withSplit) out.parts = parts.map(s);
          return out;
        },
      );
    });
  });

  it("split", () => {
    replay("split", vectors.split, (c) => {
      check(c.expect as Expect, () => split(big(c, "amount"), ppmsOf(bigs(c, "shares"))), (p) => p.map(s));
    });
  });

  it("weightOf / multiplierForLock", () => {
    replay("stake_helpers", vectors.stake_helpers, (c) => {
      if (text(c, "fn") === "weight_of") {
        check(c.expect as Expect, () => weightOf(big(c, "amount"), big(c, "multiplier_bps")), s);
      } else {
        check(c.expect as Expect, () => multiplierForLock(tiersOf(c), big(c, "lock_secs")), s);
      }
    });
  });

  it("market sequences: buys, claims with advances, share changes", () => {
    replay("market", vectors.market, replayMarket);
  });

  it("staking sequences: funds, stakes, unstakes, claims, clock", () => {
    replay("staking", vectors.staking, replayStaking);
  });
});

describe("quote: hand-checked cases", () => {
  it("splits thirds with the dust to recipient 0", () => {
    const thirds = ppmsOf([333_334n, 333_333n, 333_333n]);
    expect(split(3n, thirds)).to.deep.equal([3n, 0n, 0n]);
    expect(split(100n, thirds)).to.deep.equal([34n, 33n, 33n]);
    const f = 6_148_908_542_321_825_968n;
    expect(split(U64_MAX, thirds)).to.deep.equal([U64_MAX - 2n * f, f, f]);
  });

  it("throws MathError with the Rust code", () => {
    expect(() => Bps.new(10_001n)).to.throw(MathError).with.property("code", "BpsOutOfRange");
    expect(() => split(1n, [])).to.throw(MathError).with.property("code", "NoRecipients");
    expect(() => mulDivFloorU128(U128_MAX, 2n, 1n)).to.throw(MathError).with.property("code", "Overflow");
    const err = new MathError("ZeroPeriod");
    expect(err.message).to.equal("ZeroPeriod: reward period must be at least one second");
    expect(err).to.be.instanceOf(Error);
  });

  it("rejects arguments outside the Rust types with RangeError", () => {
    expect(() => split(-1n, ppmsOf([1_000_000n]))).to.throw(RangeError);
    expect(() => newRewardPool(I64_MAX + 1n)).to.throw(RangeError);
  });

  it("changes nothing when a call fails", () => {
    const pool = newRewardPool(10n);
    const pos = openPosition([], 0n, 10n);
    stake(pool, pos, U64_MAX, 10n);
    const before = JSON.stringify([poolJson(pool), positionJson(pos)]);
    expect(() => stake(pool, pos, 1n, 11n)).to.throw(MathError).with.property("code", "Overflow");
    expect(() => fund(pool, 1n, 5n, 9n)).to.throw(MathError).with.property("code", "ClockWentBackwards");
    expect(JSON.stringify([poolJson(pool), positionJson(pos)])).to.equal(before);
  });
});
