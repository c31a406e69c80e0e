// Runs every bench/scenarios/*.ts scenario on a fresh LiteSVM context, twice (compute units must
// not vary between runs), and writes {"<key>": units} to the file named by argv[2].
import { readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { createTestContext } from "../tests/harness";
import type { BenchScenario } from "./scenario";

async function measure(scenario: BenchScenario): Promise<number> {
  const ctx = await createTestContext({ lane: "litesvm", programs: scenario.programs });
  try {
    const sent = await scenario.run(ctx);
    if (sent.err !== null) throw new Error(`${scenario.key}: measured transaction failed: ${JSON.stringify(sent.err)}`);
    return sent.computeUnits;
  } finally {
    await ctx.close();
  }
}

async function main(outFile: string): Promise<void> {
  const dir = join(__dirname, "scenarios");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  const results: Record<string, number> = {};
  for (const file of files) {
    const loaded = (await import(join(dir, file))) as { scenarios?: readonly BenchScenario[] };
    if (!loaded.scenarios) throw new Error(`bench/scenarios/${file} does not export \`scenarios\``);
    for (const scenario of loaded.scenarios) {
      if (scenario.key in results) throw new Error(`bench scenario ${scenario.key} is defined twice`);
      const first = await measure(scenario);
      const second = await measure(scenario);
      if (first !== second) throw new Error(`${scenario.key}: compute units differ between runs (${first} vs ${second})`);
      results[scenario.key] = first;
    }
  }
  writeFileSync(outFile, JSON.stringify(results));
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
