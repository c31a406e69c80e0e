import { AssertionError } from "chai";
import { PublicKey } from "@solana/web3.js";
import type { TestContext } from "./test-context";
import { tokenBalance } from "./tokens";

/** A balance to track: an account's lamports, or a token account's raw amount. */
export type BalanceTarget =
  | { readonly kind: "lamports"; readonly address: PublicKey }
  | { readonly kind: "tokens"; readonly account: PublicKey };

export const lamportsOf = (address: PublicKey): BalanceTarget => ({ kind: "lamports", address });
export const tokensOf = (account: PublicKey): BalanceTarget => ({ kind: "tokens", account });

export type Deltas<K extends string> = { readonly [P in K]: bigint };

async function read(ctx: TestContext, target: BalanceTarget): Promise<bigint> {
  return target.kind === "lamports" ? ctx.balance(target.address) : tokenBalance(ctx, target.account);
}

/**
 * Balances of named parties at one moment. Assertions demand the exact change of every party
 * (unchanged ones as 0n), so a flow test states where each lamport and token unit went.
 */
export class BalanceSnapshot<K extends string> {
  private constructor(
    private readonly targets: { readonly [P in K]: BalanceTarget },
    readonly values: { readonly [P in K]: bigint },
  ) {}

  static async take<K extends string>(ctx: TestContext, targets: { readonly [P in K]: BalanceTarget }): Promise<BalanceSnapshot<K>> {
    const values = {} as { [P in K]: bigint };
    for (const label of Object.keys(targets) as K[]) values[label] = await read(ctx, targets[label]);
    return new BalanceSnapshot(targets, values);
  }

  /** Change of every party since this snapshot. */
  async deltas(ctx: TestContext): Promise<Deltas<K>> {
    const after = await BalanceSnapshot.take(ctx, this.targets);
    const deltas = {} as { [P in K]: bigint };
    for (const label of this.labels()) {
      const now: bigint = after.values[label];
      const then: bigint = this.values[label];
      deltas[label] = now - then;
    }
    return deltas;
  }

  /** Asserts every party changed by exactly `expected` (all parties must be listed). */
  async expectDeltas(ctx: TestContext, expected: Deltas<K>): Promise<Deltas<K>> {
    const actual = await this.deltas(ctx);
    const wrong = this.labels().filter((label) => actual[label] !== expected[label]);
    if (wrong.length > 0) {
      const rows = this.labels().map((label) => {
        const mark = wrong.includes(label) ? "✗" : " ";
        return `  ${mark} ${label}: before ${this.values[label]}, change ${actual[label]}, expected ${expected[label]}`;
      });
      throw new AssertionError(`balance changes differ for ${wrong.join(", ")}:\n${rows.join("\n")}`, {
        actual: stringify(actual),
        expected: stringify(expected),
        showDiff: true,
      });
    }
    return actual;
  }

  private labels(): K[] {
    return Object.keys(this.targets) as K[];
  }
}

/** Sum of the changes of `labels` (all parties by default): 0n when value only moved among them. */
export function totalDelta<K extends string>(deltas: Deltas<K>, labels: readonly K[] = Object.keys(deltas) as K[]): bigint {
  return labels.reduce((sum, label) => sum + deltas[label], 0n);
}

function stringify<K extends string>(deltas: Deltas<K>): Record<string, string> {
  return Object.fromEntries(Object.entries<bigint>(deltas).map(([k, v]) => [k, v.toString()]));
}
