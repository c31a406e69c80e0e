import { findFiles } from "./test-files.mjs";
import { repoRoot, runMocha } from "./run-mocha.mjs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runValidatorLane } from "../validator/lane.mjs";
import { validatorPaths } from "../validator/paths.mjs";

/** Lanes the TypeScript suites run in; a lane with `unavailable` set is skipped with that reason. */
export const LANES = {
  litesvm: { unavailable: null },
  validator: {
    get unavailable() {
      const { binary, version } = validatorPaths();
      return existsSync(binary) ? null : `solana-test-validator ${version} is not installed (\`npm run setup\` builds it once, about 30 minutes)`;
    },
  },
};

/**
 * Every TypeScript suite that runs in a lane: the workspace's, and in LiteSVM also the SBF
 * toolchain's (they load programs under arbitrary ids and in both SBPF versions, by design
 * LiteSVM-only).
 */
export function laneTestFiles(lane = "litesvm") {
  const workspace = findFiles(repoRoot, "tests", ".test.ts");
  if (lane === "validator") return workspace;
  return [...workspace, ...findFiles(repoRoot, join("tools", "sbf", "tests"), ".test.ts")];
}

export async function runLane(lane, { files = laneTestFiles(lane) } = {}) {
  const spec = LANES[lane];
  if (!spec) throw new Error(`unknown lane "${lane}" (expected one of ${Object.keys(LANES).join(", ")})`);
  const unavailable = spec.unavailable;
  if (unavailable) return { status: null, counts: null, seconds: 0, skipped: unavailable };
  const result =
    lane === "validator"
      ? await runValidatorLane({ files })
      : await runMocha({ files, project: join(repoRoot, "tsconfig.json"), env: { ND_LANE: lane } });
  return { ...result, skipped: null };
}
