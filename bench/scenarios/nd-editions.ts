import type { SentTransaction, TestContext } from "../../tests/harness";
import { EDITIONS_PROGRAMS } from "../../tests/editions/fixtures/editions-env";
import { measuredDrop, rawPrintWithCheapPdas } from "../../tests/editions/fixtures/measured";
import { TOKEN_METADATA_PROGRAMS } from "../../tools/sbf/tests/token-metadata/client";
import { BenchScenario, defineScenarios } from "../scenario";

// The editions program (programs/nd-editions) with the market and Token Metadata 1.13.2.
// `mint_edition` is measured alone (the buyer's print mint is prepared in a transaction before,
// as the raw print of bench/scenarios/token-metadata.ts is), so it compares with
// `mpl_token_metadata.print_edition` + `nd_market.buy/sol_1` of the same run; the budget is 1.10 ×
// that sum (tests/editions/compute-units.test.ts checks it). Uncapped public mints count nothing;
// capped ones and presale mints also create or update the buyer's WalletMints counter. Token
// Metadata's cost depends on how many bumps its PDA searches try; the SDK picks print mints and
// drop ids whose PDAs take the first (as `measuredDrop` does), so the raw print is also measured
// with such keys (`cheap_pdas`).
const programs = EDITIONS_PROGRAMS;

const scenario = (key: string, run: (ctx: TestContext) => Promise<SentTransaction>): BenchScenario => ({ key, programs, run });

export const scenarios = defineScenarios([
  scenario("nd_editions.create_drop", async (ctx) => (await measuredDrop(ctx)).create),
  // Edition 1: Token Metadata also creates the edition marker PDA.
  scenario("nd_editions.mint_edition/sol", async (ctx) => (await measuredDrop(ctx)).mint()),
  scenario("nd_editions.mint_edition/sol_marker_exists", async (ctx) => {
    const d = await measuredDrop(ctx);
    await d.mint();
    return d.mint();
  }),
  // A capped drop: the mint also creates the buyer's WalletMints counter.
  scenario("nd_editions.mint_edition/sol_wallet_cap", async (ctx) => (await measuredDrop(ctx, { walletCap: 5 })).mint()),
  scenario("nd_editions.mint_edition/sol_wallet_cap_counted_before", async (ctx) => {
    const d = await measuredDrop(ctx, { walletCap: 5 });
    await d.mint();
    return d.mint();
  }),
  scenario("nd_editions.mint_edition/spl", async (ctx) => (await measuredDrop(ctx, { kind: "spl" })).mint()),
  scenario("nd_editions.mint_edition/token_2022_fee", async (ctx) => (await measuredDrop(ctx, { kind: "token-2022-fee" })).mint()),
  { key: "mpl_token_metadata.print_edition/cheap_pdas", programs: TOKEN_METADATA_PROGRAMS, run: (ctx) => rawPrintWithCheapPdas(ctx, 1n) },
  { key: "mpl_token_metadata.print_edition/cheap_pdas_marker_exists", programs: TOKEN_METADATA_PROGRAMS, run: (ctx) => rawPrintWithCheapPdas(ctx, 2n) },
  // A presale mint proving one wallet of 1024 (10 proof nodes).
  scenario("nd_editions.mint_edition/sol_presale_1024", async (ctx) => (await measuredDrop(ctx, { allowlistSize: 1024 })).mint()),
]);
