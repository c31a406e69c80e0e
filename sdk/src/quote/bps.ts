/** Rates whose range is checked once, at construction (`nd_math::bps`). */
import { MathError } from "./errors";
import { u64 } from "./int";
import { mulDivFloor } from "./muldiv";

export const BPS_DENOMINATOR = 10_000n;
export const PPM_DENOMINATOR = 1_000_000n;

/** Basis points, 0..=10_000. */
export class Bps {
  static readonly ZERO = new Bps(0n);
  static readonly MAX = new Bps(BPS_DENOMINATOR);

  private constructor(readonly value: bigint) {}

  /** Throws `BpsOutOfRange` above 10_000. */
  static new(value: bigint): Bps {
    if (u64("bps", value) > BPS_DENOMINATOR) throw new MathError("BpsOutOfRange");
    return new Bps(value);
  }

  /** `floor(amount × value / 10_000)`. */
  apply(amount: bigint): bigint {
    return mulDivFloor(amount, this.value, BPS_DENOMINATOR);
  }
}

/** Parts per million, 0..=1_000_000. */
export class Ppm {
  static readonly ZERO = new Ppm(0n);
  static readonly MAX = new Ppm(PPM_DENOMINATOR);

  private constructor(readonly value: bigint) {}

  /** Throws `PpmOutOfRange` above 1_000_000. */
  static new(value: bigint): Ppm {
    if (u64("ppm", value) > PPM_DENOMINATOR) throw new MathError("PpmOutOfRange");
    return new Ppm(value);
  }

  /** `floor(amount × value / 1_000_000)`. */
  apply(amount: bigint): bigint {
    return mulDivFloor(amount, this.value, PPM_DENOMINATOR);
  }
}
