/**
 * Which chain the TypeScript suites run against. Suites never branch on this
 * except through `TestContext.capabilities`, so the same files run in both lanes.
 */
export type Lane = "litesvm" | "validator";

export const LANES: readonly Lane[] = ["litesvm", "validator"];

export function laneFromEnv(env: NodeJS.ProcessEnv = process.env): Lane {
  const raw = (env.ND_LANE ?? "litesvm").trim().toLowerCase();
  if ((LANES as readonly string[]).includes(raw)) return raw as Lane;
  throw new Error(`ND_LANE must be one of ${LANES.join(", ")} (got "${env.ND_LANE}")`);
}

/** What a lane can do beyond sending transactions; suites skip on these, never on the lane name. */
export interface LaneCapabilities {
  /** Arbitrary account writes (LiteSVM only: a cluster cannot forge state). */
  readonly setAccount: boolean;
  /** Jumping the Clock sysvar to any slot/time instead of waiting for it. */
  readonly clockWarp: boolean;
  /**
   * Loading a .so under any id when a context is created (LiteSVM only: the validator runs the
   * programs loaded at its genesis, and a cluster deploys only with the program's keypair).
   */
  readonly loadProgram: boolean;
  /**
   * Each context is a chain of its own. False on the validator: every context shares one chain,
   * so singletons (the market's Platform, created by migrations/deploy.ts with
   * `ctx.upgradeAuthority` as authority) already exist and `getProgramAccounts` also returns
   * other tests' accounts.
   */
  readonly isolatedChain: boolean;
}
