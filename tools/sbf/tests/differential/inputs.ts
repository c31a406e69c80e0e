// Input records for every probe case (see crates/sbf-probe-cases/src/lib.rs for their
// layouts): the edge values, exhaustively combined, and a generator of random records.
import { F64_EDGES, F64_EDGE_BITS, Rng } from "./rng";

const u = (bits: number, v: bigint) => {
  const b = Buffer.alloc(bits / 8);
  let x = BigInt.asUintN(bits, v);
  for (let i = 0; i < b.length; i++, x >>= 8n) b[i] = Number(x & 0xffn);
  return b;
};
const u8 = (v: number) => u(8, BigInt(v));
const u32 = (v: number | bigint) => u(32, BigInt(v));
const u64 = (v: bigint) => u(64, v);
const u128 = (v: bigint) => u(128, v);
const f64 = (v: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(v);
  return b;
};
const cat = (...parts: Buffer[]) => Buffer.concat(parts);

const P = (k: number) => 1n << BigInt(k);
/** 64-bit patterns (the signed edges too: 2^63 is i64::MIN, 2^64-1 is -1). */
export const E64: readonly bigint[] = [
  0n, 1n, 2n, 3n, 5n, 7n, 10n, 0x7fn, 0x80n, 0xffn, P(15), P(16) - 1n, P(31) - 1n, P(31), P(32) - 1n, P(32), P(32) + 1n,
  P(53) + 1n, P(62), P(63) - 1n, P(63), P(63) + 1n, P(64) - 2n, P(64) - 1n, -3n, -10n, 1_000_000_007n,
  10n ** 18n, 10n ** 19n, 0xdead_beef_cafe_f00dn,
];
/** 128-bit patterns: the 64-bit ones, zero- and sign-extended, and the 128-bit boundaries. */
export const E128: readonly bigint[] = [
  ...E64.map((v) => BigInt.asUintN(64, v)),
  -1n, -2n, -(P(63)), -(P(64)), P(64), P(64) + 1n, P(65) + 3n, P(96) - 1n, P(96), P(100) + 12345n, P(126),
  P(127) - 1n, P(127), P(127) + 1n, P(128) - P(64), 10n ** 38n, P(128) - 2n, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210n,
];
const SHIFTS = [0, 1, 2, 31, 32, 33, 63, 64, 65, 95, 96, 127, 128, 129, 200, 255, 256, 2 ** 31, 2 ** 32 - 1];

const pairs = <T>(xs: readonly T[], ys: readonly T[] = xs): [T, T][] => xs.flatMap((x) => ys.map((y): [T, T] => [x, y]));

/** The seed of every run's random inputs (each case mixes in its name). */
export const SEED = 0x5bf0_d1ff;

export type CaseKind = "arith" | "semantic" | "panic";

export interface CaseInputs {
  readonly kind: CaseKind;
  /** Random records beyond the edges (arithmetic cases: at least 10,000). */
  readonly random: number;
  /** At most this many records per transaction (the default bump heap is 32 KiB). */
  readonly maxPerTx?: number;
  edges(): Buffer[];
  draw(rng: Rng): Buffer;
}

const ARITH = 10_000;

function binary(bits: 64 | 128, kind: CaseKind = "arith"): CaseInputs {
  const edges = bits === 64 ? E64 : E128;
  return {
    kind,
    random: ARITH,
    edges: () => pairs(edges).map(([a, b]) => cat(u(bits, a), u(bits, b))),
    draw: (rng) => cat(u(bits, rng.interesting(bits)), u(bits, rng.interesting(bits))),
  };
}

function shift(bits: 64 | 128): CaseInputs {
  const edges = bits === 64 ? E64 : E128;
  return {
    kind: "arith",
    random: ARITH,
    edges: () => edges.flatMap((a) => SHIFTS.map((s) => cat(u(bits, a), u32(s)))),
    // Amounts mostly in range, sometimes far beyond it.
    draw: (rng) => cat(u(bits, rng.interesting(bits)), u32(rng.below(4) === 0 ? rng.u32() : rng.below(2 * bits + 2))),
  };
}

const f64Edges = (): Buffer[] => [...F64_EDGES.map(f64), ...F64_EDGE_BITS.map(u64)];

const floatPair: CaseInputs = {
  kind: "arith",
  random: ARITH,
  edges: () => pairs(f64Edges()).map(([a, b]) => cat(a, b)),
  draw: (rng) => cat(f64(rng.f64()), f64(rng.f64())),
};

const f32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeFloatLE(v);
  return b;
};
const F32_BITS = [0x7fc0_0000, 0xffc0_0000, 0x7f80_0001, 0x7fc0_dead];

const words8 = (rng: Rng) => cat(...Array.from({ length: 8 }, () => u64(rng.interesting(64))));
const WORD_EDGES: readonly bigint[][] = [
  Array(8).fill(0n),
  Array(8).fill(P(64) - 1n),
  Array.from({ length: 8 }, (_, i) => BigInt(i)),
  Array.from({ length: 8 }, (_, i) => P(63) + BigInt(i)),
  Array.from({ length: 8 }, (_, i) => (i % 2 ? P(64) - 1n : 0n)),
  Array.from({ length: 8 }, (_, i) => 10n ** BigInt(i * 2 + 3)),
];

/** Keyed by the case names `sbf-probe-native table` prints. */
export const CASE_INPUTS: Readonly<Record<string, CaseInputs>> = {
  "int::u64_arith": binary(64),
  "int::i64_arith": binary(64),
  "int::u128_arith": binary(128),
  "int::i128_arith": binary(128),
  "int::u64_divrem": binary(64),
  "int::i64_divrem": binary(64),
  "int::u128_divrem": binary(128),
  "int::i128_divrem": binary(128),
  "int::narrow_divrem": binary(64),
  "int::u64_shift": shift(64),
  "int::i64_shift": shift(64),
  "int::u128_shift": shift(128),
  "int::i128_shift": shift(128),
  "int::u128_bits": {
    kind: "arith",
    random: ARITH,
    edges: () => E128.flatMap((a) => [0, 1, 2, 3, 5, 64, 127, 128, 159].map((e) => cat(u128(a), u32(e)))),
    draw: (rng) => cat(u128(rng.interesting(128)), u32(rng.u32())),
  },
  "int::mul_div": {
    kind: "arith",
    random: ARITH,
    edges: () => pairs(E64).flatMap(([a, b]) => [0n, 1n, 3n, 10n ** 9n, P(64) - 1n].map((d) => cat(u64(a), u64(b), u64(d)))),
    draw: (rng) => cat(u64(rng.interesting(64)), u64(rng.interesting(64)), u64(rng.interesting(64))),
  },
  "float::f64_arith": floatPair,
  "float::f64_cmp": floatPair,
  "float::f64_to_int": {
    kind: "arith",
    random: ARITH,
    edges: f64Edges,
    draw: (rng) => f64(rng.f64()),
  },
  "float::int_to_float": {
    kind: "arith",
    random: ARITH,
    edges: () => [...E64, P(53) + 1n, P(54) + 3n, P(63) + 1025n, P(24) + 1n, P(25) + 3n, -(P(53) + 1n)].map(u64),
    draw: (rng) => u64(rng.interesting(64)),
  },
  "float::f32_arith": {
    kind: "arith",
    random: ARITH,
    edges: () => {
      const vals = [...F64_EDGES.map(f32), ...F32_BITS.map((b) => u32(b))];
      return pairs(vals).map(([a, b]) => cat(a, b));
    },
    draw: (rng) => cat(f32(rng.f64()), f32(rng.f64())),
  },
  "float::rent": {
    kind: "arith",
    random: ARITH,
    edges: () =>
      [0, 1, 3480, 2 ** 32 - 1].flatMap((perByte) =>
        [0, 1, 2, 2.5, 0.5, 1e-9, NaN, Infinity, -1, 1e20].flatMap((threshold) =>
          [0, 1, 128, 10 * 2 ** 20 - 1, 2 ** 32 - 1].flatMap((len) =>
            [0, 1, 0.5, NaN, 1e10].map((years) => cat(u32(perByte), f64(threshold), u32(len), f64(years))),
          ),
        ),
      ),
    draw: (rng) =>
      cat(
        u32(rng.below(4) === 0 ? rng.u32() : rng.below(10_000)),
        f64(rng.below(4) === 0 ? rng.f64() : (rng.u32() / 2 ** 32) * 10),
        u32(rng.below(2) === 0 ? rng.u32() : rng.below(20_000)),
        f64(rng.below(4) === 0 ? rng.f64() : (rng.u32() / 2 ** 32) * 100),
      ),
  },
  "calls::calls": {
    kind: "arith",
    random: ARITH,
    edges: () => WORD_EDGES.map((ws) => cat(...ws.map(u64))),
    draw: words8,
  },
  "errors::errors": {
    kind: "semantic",
    random: 2_000,
    maxPerTx: 24,
    edges: () => pairs([0n, 1n, 2n, 3n, 10n, 11n, 999n, P(63), P(64) - 1n, 12_345_678_901_234_567n], [0n, 1n, 2n, 3n, 4n, 5n]).map(([c, k]) => cat(u64(c), u8(Number(k)))),
    draw: (rng) => cat(u64(rng.interesting(64)), u8(rng.below(256))),
  },
  "types::type_ids": {
    kind: "semantic",
    random: 2_000,
    maxPerTx: 48,
    edges: () => pairs(Array.from({ length: 14 }, (_, i) => i)).flatMap(([i, j]) => [0n, 5n, P(64) - 1n].map((v) => cat(u8(i), u8(j), u64(v)))),
    draw: (rng) => cat(u8(rng.below(256)), u8(rng.below(256)), u64(rng.interesting(64))),
  },
  "collections::collections": {
    kind: "semantic",
    random: 1_000,
    maxPerTx: 6,
    edges: () => WORD_EDGES.map((ws) => cat(...ws.map(u64))),
    draw: words8,
  },
  "collections::hashmap": {
    kind: "semantic",
    random: 2_000,
    maxPerTx: 12,
    edges: () => WORD_EDGES.map((ws) => cat(...ws.map(u64))),
    draw: words8,
  },
  "collections::fmt_parse": {
    kind: "semantic",
    random: 2_000,
    maxPerTx: 12,
    edges: () => {
      const floats = f64Edges();
      return E128.map((a, i) => cat(u128(a), u128(E128[(i * 7) % E128.length]), floats[i % floats.length]));
    },
    draw: (rng) => cat(u128(rng.interesting(128)), u128(rng.interesting(128)), f64(rng.f64())),
  },
  "collections::u128_display": {
    kind: "arith",
    random: ARITH,
    maxPerTx: 40,
    edges: () => pairs(E128).map(([a, b]) => cat(u128(a), u128(b))),
    draw: (rng) => cat(u128(rng.interesting(128)), u128(rng.interesting(128))),
  },
  "memory::mem_ops": {
    kind: "arith",
    random: ARITH,
    maxPerTx: 64,
    // (len, src, dst, fill): empty, whole-half, same place, overlapping forwards and backwards.
    edges: () =>
      [[0, 0, 0, 0], [127, 0, 128, 0xffff], [127, 128, 0, 0x1000], [100, 10, 10, 0], [100, 10, 11, 0x2010], [100, 11, 10, 0xff05], [1, 255, 0, 0x0101]].flatMap((ps) =>
        WORD_EDGES.slice(0, 3).map((ws) => cat(...ws.slice(0, 4).map(u64), ...ps.map((x) => u(16, BigInt(x))))),
      ),
    draw: (rng) => cat(...Array.from({ length: 4 }, () => u64(rng.bits(64))), ...Array.from({ length: 4 }, () => u(16, BigInt(rng.below(65536))))),
  },
  "memory::wide_copies": {
    kind: "arith",
    random: ARITH,
    maxPerTx: 24,
    edges: () => WORD_EDGES.slice(0, 4).flatMap((ws) => [0, 1, 64, 65535].map((salt) => cat(u64(ws[0]), u(16, BigInt(salt))))),
    draw: (rng) => cat(u64(rng.bits(64)), u(16, BigInt(rng.below(65536)))),
  },
  "sync::atomics": {
    kind: "arith",
    random: ARITH,
    maxPerTx: 200,
    edges: () => pairs(E64.slice(0, 12)).map(([a, b]) => cat(u64(a), u64(b), u32(b ^ a))),
    draw: (rng) => cat(u64(rng.interesting(64)), u64(rng.interesting(64)), u32(rng.interesting(32))),
  },
  "panics::panics": {
    kind: "panic",
    random: 0,
    edges: () => Array.from({ length: 12 }, (_, v) => [0n, 7n, P(64) - 1n].map((c) => cat(u8(v), u64(c)))).flat(),
    draw: (rng) => cat(u8(rng.below(12)), u64(rng.bits(64))),
  },
};

/**
 * Inputs of the toolchain gaps (crates/sbf-probe-cases/src/gaps.rs), keyed by the SBF_PROBE_GAPS
 * name that compiles each in; the case is `gaps::<name>`.
 */
export const GAP_INPUTS: Readonly<Record<string, CaseInputs>> = {
  float_math: floatPair,
  big_block: {
    kind: "arith",
    random: 200,
    edges: () => [0n, 1n, P(64) - 1n].flatMap((x) => [0, 1, 2].map((n) => cat(u64(x), u8(n)))),
    draw: (rng) => cat(u64(rng.bits(64)), u8(rng.below(256))),
  },
  big_match: {
    kind: "arith",
    random: 2_000,
    edges: () => Array.from({ length: 131 }, (_, sel) => cat(u8(sel), u64(BigInt(sel) * 0x0123_4567_89abn))),
    draw: (rng) => cat(u8(rng.below(256)), u64(rng.bits(64))),
  },
  int128_float: {
    kind: "arith",
    random: ARITH,
    edges: () => {
      const floats = f64Edges();
      return E128.flatMap((a, i) => [floats[i % floats.length], floats[(i * 7 + 3) % floats.length]].map((f) => cat(u128(a), f)));
    },
    draw: (rng) => cat(u128(rng.interesting(128)), f64(rng.f64())),
  },
};

/** A representative input of a case for measuring it: its first random draw. */
export function typicalRecord(name: string, seed: number): Buffer {
  const spec = CASE_INPUTS[name];
  if (!spec) throw new Error(`no input generator for probe case ${name}`);
  return caseRecords(name, seed)[spec.edges().length];
}

/** Every record of a case: the edges, then `random` draws from a generator seeded per case. */
export function caseRecords(name: string, seed: number): Buffer[] {
  const spec = CASE_INPUTS[name] ?? GAP_INPUTS[name.replace(/^gaps::/, "")];
  if (!spec) throw new Error(`no input generator for probe case ${name}`);
  const rng = new Rng(seed ^ hash(name));
  return [...spec.edges(), ...Array.from({ length: spec.random }, () => spec.draw(rng))];
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
