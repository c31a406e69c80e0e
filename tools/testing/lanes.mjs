import { findFiles } from "./test-files.mjs";
import { repoRoot, runMocha } from "./run-mocha.mjs";
import { join } from "node:path";

/** Lanes the TypeScript suites run in; a lane with `unavailable` set is skipped with that reason. */
export const LANES = {
  litesvm: { unavailable: null },
  validator: { unavailable: "the solana-test-validator lane is not available yet (a later issue adds it)" },
};

/** Every TypeScript suite that runs in a lane: the workspace's and the SBF toolchain's. */
export function laneTestFiles() {
  return [...findFiles(repoRoot, "tests", ".test.ts"), ...findFiles(repoRoot, join("tools", "sbf", "tests"), ".test.ts")];
}

export async function runLane(lane, { files = laneTestFiles() } = {}) {
  const spec = LANES[lane];
  if (!spec) throw new Error(`unknown lane "${lane}" (expected one of ${Object.keys(LANES).join(", ")})`);
  if (spec.unavailable) return { status: null, counts: null, seconds: 0, skipped: spec.unavailable };
  const result = await runMocha({ files, project: join(repoRoot, "tsconfig.json"), env: { ND_LANE: lane } });
  return { ...result, skipped: null };
}
