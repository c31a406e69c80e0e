#!/usr/bin/env node
// `npm test`: Rust tests, SDK tests, the TypeScript suites in the LiteSVM lane, then the
// validator lane. Every stage runs even if an earlier one failed; the last line is the total.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { cargoPackages, runCargoTests } from "./testing/cargo-tests.mjs";
import { LANES, runLane } from "./testing/lanes.mjs";
import { repoRoot, runMocha } from "./testing/run-mocha.mjs";
import { findFiles } from "./testing/test-files.mjs";

const require = createRequire(join(repoRoot, "package.json"));
const stages = [];

function banner(title) {
  console.log(`\n━━━ ${title} ${"━".repeat(Math.max(0, 70 - title.length))}`);
}

/** A run's outcome as counts; a run that failed without reporting counts as one failure. */
function record(name, { status, counts, seconds }) {
  const passed = counts?.passed ?? 0;
  let failed = counts?.failed ?? 0;
  if (status !== 0 && failed === 0) failed = 1;
  stages.push({ name, passed, failed, seconds, note: status !== 0 && !counts ? "did not report results" : "" });
}

function skip(name, reason) {
  console.log(`skipped: ${reason}`);
  stages.push({ name, passed: 0, failed: 0, seconds: 0, note: `skipped: ${reason}` });
}

function runStep(name, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  const ok = result.status === 0;
  if (!ok) stages.push({ name, passed: 0, failed: 1, seconds: (Date.now() - started) / 1000, note: "failed" });
  return ok;
}

banner("1/4 Rust: cargo test --release --workspace");
try {
  const packages = cargoPackages();
  if (packages.length === 0) skip("rust", "no crates in the Cargo workspace yet");
  else record("rust", await runCargoTests());
} catch (err) {
  console.error(err.message);
  stages.push({ name: "rust", passed: 0, failed: 1, seconds: 0, note: "cargo unavailable" });
}

banner("2/4 SDK: build, then sdk/tests");
if (runStep("sdk build", process.execPath, [join(repoRoot, "sdk", "scripts", "build.mjs")])) {
  const files = findFiles(join(repoRoot, "sdk"), "tests", ".test.ts");
  record("sdk", await runMocha({ files, project: join(repoRoot, "sdk", "tsconfig.test.json"), cwd: join(repoRoot, "sdk") }));
}

banner("3/4 TypeScript suites: LiteSVM lane");
if (runStep("suites typecheck", process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(repoRoot, "tsconfig.json")])) {
  console.log("typecheck of tests/ passed");
}
record("litesvm lane", await runLane("litesvm"));

banner("4/4 TypeScript suites: validator lane");
if (LANES.validator.unavailable) skip("validator lane", LANES.validator.unavailable);
else record("validator lane", await runLane("validator"));

banner("summary");
for (const s of stages) {
  console.log(`  ${s.name.padEnd(16)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed  ${s.seconds.toFixed(1).padStart(6)}s  ${s.note}`);
}
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
