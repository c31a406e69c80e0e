// Counts that test suites publish for the benchmark (e.g. how many differential cases the SBF
// toolchain's probe compared): each suite writes target/bench-counts/<suite>.json holding
// {"<key>": number}; `npm run bench` clears the directory before the lanes run and reports what
// the suites wrote.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export function countsDir(repoRoot) {
  return join(repoRoot, "target", "bench-counts");
}

export function clearCounts(repoRoot) {
  rmSync(countsDir(repoRoot), { recursive: true, force: true });
}

export function readCounts(repoRoot) {
  const dir = countsDir(repoRoot);
  if (!existsSync(dir)) return {};
  const counts = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(join(dir, file), "utf8")))) {
      if (typeof value !== "number") throw new Error(`${join(dir, file)}: ${key} is not a number`);
      counts[key] = value;
    }
  }
  return counts;
}
