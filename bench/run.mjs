#!/usr/bin/env node
// `npm run bench`: exact compute units of every registered scenario (bench/scenarios/*.ts) and
// the wall time of each available test lane, written to bench/results.json and printed.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, platform, arch, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { LANES, runLane } from "../tools/testing/lanes.mjs";
import { compareLanes, printLaneComparison } from "./lane-comparison.mjs";
import { clearCounts, readCounts } from "./counts.mjs";
import { repoRoot } from "../tools/testing/run-mocha.mjs";
import { measureToolchain } from "./toolchain.mjs";

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

// Scenarios may run programs of the SBF toolchain's test workspace (the Anchor acceptance
// program); build them (SBPF v3, the default) so the numbers are those of the current sources.
console.log("bench: building the SBF toolchain's acceptance program");
execFileSync(process.execPath, [join(repoRoot, "tools", "sbf", "build.mjs"), "--workspace", join(repoRoot, "tools", "sbf", "tests", "workspace"), "--program", "nd_acceptance"], {
  stdio: "inherit",
});

console.log("bench: compute units (LiteSVM)");
const compute_units = computeUnits();

const suites = {};
let suiteFailures = 0;
let validatorRun = null;
clearCounts(repoRoot);
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
  if (result.validator) validatorRun = result;
}

// The validator lane against LiteSVM on the same files (bench/lane-comparison.mjs).
let lane_comparison = null;
if (validatorRun) {
  console.log("bench: the validator lane's suites (tests/) in LiteSVM, for the comparison");
  lane_comparison = await compareLanes(validatorRun);
  if (lane_comparison.litesvm.failed > 0) suiteFailures += 1;
}

const counts = readCounts(repoRoot);

console.log("bench: toolchain (warm setup, clean and incremental build of the smoke program)");
const toolchain = measureToolchain(repoRoot);

const results = {
  compute_units,
  counts,
  suites,
  lane_comparison,
  toolchain,
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
if (Object.keys(counts).length) console.log("\ncounts (published by the suites)");
for (const [key, n] of Object.entries(counts)) console.log(`  ${key.padEnd(width)}  ${String(n).padStart(8)}`);
console.log("\ntoolchain");
for (const [key, v] of Object.entries(toolchain)) {
  if (typeof v === "number") console.log(`  ${key.padEnd(width)}  ${v.toFixed(1).padStart(8)} s`);
  else for (const [name, bytes] of Object.entries(v)) console.log(`  ${`${name}.so`.padEnd(width)}  ${String(bytes).padStart(8)} bytes`);
}
console.log("\nsuites");
for (const [lane, s] of Object.entries(suites)) console.log(`  ${lane.padEnd(width)}  ${String(s.tests).padStart(8)} tests  ${s.seconds.toFixed(2)} s`);
if (lane_comparison) printLaneComparison(lane_comparison, width);
console.log("\nwrote bench/results.json");
if (suiteFailures > 0) {
  console.error(`bench: ${suiteFailures} lane(s) had failing tests; their times are recorded but suspect`);
  process.exit(1);
}
