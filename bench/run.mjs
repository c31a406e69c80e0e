#!/usr/bin/env node
// `npm run bench`: exact compute units of every registered scenario (bench/scenarios/*.ts) and
// the wall time of each available test lane, written to bench/results.json and printed.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, platform, arch, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { LANES, runLane } from "../tools/testing/lanes.mjs";
import { repoRoot } from "../tools/testing/run-mocha.mjs";

const require = createRequire(join(repoRoot, "package.json"));

function computeUnits() {
  const dir = mkdtempSync(join(tmpdir(), "nd-bench-"));
  try {
    const out = join(dir, "cu.json");
    const run = spawnSync(process.execPath, ["-r", require.resolve("ts-node/register"), join(repoRoot, "bench", "run-scenarios.ts"), out], {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...process.env, TS_NODE_PROJECT: join(repoRoot, "tsconfig.json"), TS_NODE_TRANSPILE_ONLY: "true" },
    });
    if (run.status !== 0) throw new Error("bench scenarios failed (see above)");
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function gitRev() {
  try {
    const rev = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: repoRoot, encoding: "utf8" }).trim() !== "";
    return dirty ? `${rev}-dirty` : rev;
  } catch {
    return "unknown";
  }
}

function version(pkg) {
  return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version;
}

console.log("bench: compute units (LiteSVM)");
const compute_units = computeUnits();

const suites = {};
let suiteFailures = 0;
for (const lane of Object.keys(LANES)) {
  if (LANES[lane].unavailable) {
    console.log(`bench: ${lane} lane skipped: ${LANES[lane].unavailable}`);
    continue;
  }
  console.log(`bench: ${lane} lane suites`);
  const result = await runLane(lane);
  const tests = (result.counts?.passed ?? 0) + (result.counts?.failed ?? 0);
  suites[lane] = { tests, seconds: Number(result.seconds.toFixed(2)) };
  if (result.status !== 0) suiteFailures += 1;
}

const results = {
  compute_units,
  suites,
  env: {
    node: process.version,
    platform: `${platform()}-${arch()}`,
    cpu: cpus()[0]?.model ?? "unknown",
    cpus: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    date: new Date().toISOString(),
    git_rev: gitRev(),
    litesvm: version("litesvm"),
    anchor: version("@coral-xyz/anchor"),
  },
};
writeFileSync(join(repoRoot, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);

const width = Math.max(...Object.keys(compute_units).map((k) => k.length), 10);
console.log("\ncompute units (exact, LiteSVM)");
for (const [key, units] of Object.entries(compute_units)) console.log(`  ${key.padEnd(width)}  ${String(units).padStart(8)}`);
console.log("\nsuites");
for (const [lane, s] of Object.entries(suites)) console.log(`  ${lane.padEnd(width)}  ${String(s.tests).padStart(8)} tests  ${s.seconds.toFixed(2)} s`);
console.log("\nwrote bench/results.json");
if (suiteFailures > 0) {
  console.error(`bench: ${suiteFailures} lane(s) had failing tests; their times are recorded but suspect`);
  process.exit(1);
}
