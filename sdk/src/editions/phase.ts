import { DropState, NO_SALE_END } from "./state";

/** Which sale of a drop is open at a moment, and when the next one opens or this one closes. */
export type DropPhase =
  | { readonly kind: "presale"; readonly price: bigint; readonly closesAt: bigint }
  | { readonly kind: "public"; readonly price: bigint; readonly closesAt: bigint | null }
  | { readonly kind: "upcoming"; readonly opensAt: bigint; readonly presaleNext: boolean }
  | { readonly kind: "ended" };

/** The phase at unix time `now`, by the program's rules (`Drop::phase`). */
export function dropPhase(drop: Pick<DropState, "presale" | "price" | "saleStart" | "saleEnd">, now: bigint): DropPhase {
  const p = drop.presale;
  if (p && now >= p.start && now < p.end) return { kind: "presale", price: p.price, closesAt: p.end };
  if (now < drop.saleStart) {
    const presaleNext = p !== null && now < p.start;
    return { kind: "upcoming", opensAt: presaleNext && p ? p.start : drop.saleStart, presaleNext };
  }
  if (now >= drop.saleEnd) return { kind: "ended" };
  return { kind: "public", price: drop.price, closesAt: drop.saleEnd === NO_SALE_END ? null : drop.saleEnd };
}

/** A drop as a storefront shows it. */
export interface DropStatus {
  readonly minted: bigint;
  readonly remaining: bigint;
  readonly soldOut: boolean;
  readonly paused: boolean;
  readonly phase: DropPhase;
  /** A mint would pass the drop-level checks now (wallet cap and allowlist aside). */
  readonly open: boolean;
}

export function dropStatus(drop: DropState, now: bigint): DropStatus {
  const phase = dropPhase(drop, now);
  const soldOut = drop.minted >= drop.maxSupply;
  return {
    minted: drop.minted,
    remaining: soldOut ? 0n : drop.maxSupply - drop.minted,
    soldOut,
    paused: drop.paused,
    phase,
    open: !soldOut && !drop.paused && (phase.kind === "presale" || phase.kind === "public"),
  };
}
