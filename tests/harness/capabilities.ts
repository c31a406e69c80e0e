import type { LaneCapabilities } from "./lane";
import type { TestContext } from "./test-context";

const WHY: Readonly<Record<keyof LaneCapabilities, string>> = {
  setAccount: "writing arbitrary account state needs LiteSVM (a cluster cannot forge accounts)",
  clockWarp: "jumping the clock needs LiteSVM's clock warp (a cluster's clock only runs forward in real time)",
  loadProgram: "loading a .so under an arbitrary id needs LiteSVM (the validator runs the programs loaded at its genesis)",
  isolatedChain: "needs a chain of its own (on the validator every context shares one chain)",
};

/**
 * Skips the running test, printing why, unless the lane has `capability`:
 * `it("...", async function () { requireCapability(this, ctx, "clockWarp"); ... })`.
 */
export function requireCapability(test: Mocha.Context, ctx: TestContext, capability: keyof LaneCapabilities): void {
  if (ctx.capabilities[capability]) return;
  console.log(`      (skipped on the ${ctx.lane} lane: ${WHY[capability]})`);
  test.skip();
}
