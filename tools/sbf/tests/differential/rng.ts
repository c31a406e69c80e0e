// Deterministic pseudo-random numbers for the differential suite (xoshiro128**, seeded with
// SplitMix32), so every run feeds the native and SBF builds the very same inputs.

export class Rng {
  private s: Uint32Array;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s = Uint32Array.of(next(), next(), next(), next());
  }

  u32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** Uniform in [0, n) for n <= 2^32 (the tiny modulo bias does not matter here). */
  below(n: number): number {
    return this.u32() % n;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  /** Uniform `bits`-bit unsigned integer. */
  bits(bits: number): bigint {
    let v = 0n;
    for (let have = 0; have < bits; have += 32) v = (v << 32n) | BigInt(this.u32());
    return BigInt.asUintN(bits, v);
  }

  /**
   * A `bits`-wide bit pattern skewed towards the values arithmetic gets wrong: a quarter
   * uniform, a quarter with a random bit length, a quarter small (either sign), a quarter
   * next to a power of two.
   */
  interesting(bits: number): bigint {
    const mode = this.below(4);
    const signFlip = (v: bigint) => (this.below(2) === 0 ? v : BigInt.asUintN(bits, -v));
    if (mode === 0) return this.bits(bits);
    if (mode === 1) return this.bits(bits) >> BigInt(this.below(bits));
    if (mode === 2) return signFlip(BigInt(this.below(300)));
    const p = 1n << BigInt(this.below(bits));
    return signFlip(BigInt.asUintN(bits, p + BigInt(this.below(5)) - 2n));
  }

  /** A double skewed the same way: finite values of every magnitude, integers near conversion limits, specials. */
  f64(): number {
    switch (this.below(6)) {
      case 0:
        return bitsToF64(this.bits(64));
      case 1:
        return (this.u32() / 2 ** 32 - 0.5) * 2 ** (this.below(140) - 40);
      case 2:
        return (this.below(2) ? -1 : 1) * (2 ** this.below(70) + (this.below(9) - 4) * 2 ** this.below(20));
      case 3:
        return (this.below(2001) - 1000) / this.pick([1, 2, 3, 4, 7, 10, 1000]);
      case 4:
        return this.pick(F64_EDGES);
      default:
        return (this.u32() / 2 ** 32) * 10 ** (this.below(40) - 20);
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

export function bitsToF64(bits: bigint): number {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(bits);
  return b.readDoubleLE(0);
}

const p = (k: number) => 2 ** k;
/** Doubles at the edges of every conversion and operation the probe runs. */
export const F64_EDGES: readonly number[] = [
  0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1 / 3, -2 / 3,
  p(24) + 1, p(31), p(31) - 0.5, -p(31), -p(31) - 1, p(32), p(32) - 0.5, 255.9, 256, -128.5, -129, 65535.5, 32767.99,
  p(52), p(53), p(53) + 2, p(63), p(63) - 1024, -p(63), -p(63) - 2048, p(64), p(64) - 2048, p(64) + 4096, 1e19, -1e19,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308,
  3.4028234663852886e38, 3.4028235677973366e38, 1.401298464324817e-45, 7e-46, 1e300, -1e-300,
  Infinity, -Infinity, NaN,
];

/** Bit patterns JavaScript numbers cannot carry: NaNs with sign and payload, signalling NaN. */
export const F64_EDGE_BITS: readonly bigint[] = [0xfff8_0000_0000_0000n, 0x7ff0_0000_0000_0001n, 0x7ff8_dead_beef_0001n, 0xfff0_0000_0000_0001n];
