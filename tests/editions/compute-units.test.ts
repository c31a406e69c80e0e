// The compute budget of a mint (issue 9): `mint_edition` — checks, the market's pay_split and
// Token Metadata's print — may cost at most 1.10 × (a raw Token Metadata print + the market's
// buy), each measured here on a fresh chain with the bench's deterministic scenarios.
import { expect } from "chai";
import type { BenchScenario } from "../../bench/scenario";
import { scenarios as editions } from "../../bench/scenarios/nd-editions";
import { scenarios as market } from "../../bench/scenarios/nd-market";
import { scenarios as tokenMetadata } from "../../bench/scenarios/token-metadata";
import { createTestContext } from "../harness";

const BUDGET = 1.1;

async function unitsOf(list: readonly BenchScenario[], key: string): Promise<number> {
  const scenario = list.find((s) => s.key === key);
  if (!scenario) throw new Error(`no bench scenario ${key}`);
  const ctx = await createTestContext({ lane: "litesvm", programs: scenario.programs });
  try {
    const sent = await scenario.run(ctx);
    expect(sent.err, key).to.equal(null);
    return sent.computeUnits;
  } finally {
    await ctx.close();
  }
}

describe("editions compute budget", function () {
  this.timeout(300_000);
  const rows: string[] = [];
  after(() => console.log(`\n      compute units\n${rows.map((r) => `      ${r}`).join("\n")}\n`));

  for (const [mint, print, cheap] of [
    ["nd_editions.mint_edition/sol", "mpl_token_metadata.print_edition", "mpl_token_metadata.print_edition/cheap_pdas"],
    ["nd_editions.mint_edition/sol_marker_exists", "mpl_token_metadata.print_edition/marker_exists", "mpl_token_metadata.print_edition/cheap_pdas_marker_exists"],
    ["nd_editions.mint_edition/sol_wallet_cap", "mpl_token_metadata.print_edition", "mpl_token_metadata.print_edition/cheap_pdas"],
    ["nd_editions.mint_edition/sol_wallet_cap_counted_before", "mpl_token_metadata.print_edition/marker_exists", "mpl_token_metadata.print_edition/cheap_pdas_marker_exists"],
  ] as const) {
    it(`${mint} ≤ ${BUDGET} × (${print} + nd_market.buy/sol_1)`, async () => {
      const units = await unitsOf(editions, mint);
      const raw = await unitsOf(tokenMetadata, print);
      const buy = await unitsOf(market, "nd_market.buy/sol_1");
      rows.push(`${mint} ${units} vs ${print} ${raw} + buy ${buy} = ${raw + buy}: ${(units / (raw + buy)).toFixed(3)}×`);
      // The same print with PDAs as cheap as mint_edition's (reported, not part of the budget).
      const like = await unitsOf(editions, cheap);
      rows.push(`${" ".repeat(mint.length)} vs ${cheap} ${like} + buy ${buy} = ${like + buy}: ${(units / (like + buy)).toFixed(3)}×`);
      expect(units).to.be.at.most(Math.floor(BUDGET * (raw + buy)));
    });
  }
});
