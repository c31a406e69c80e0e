#!/usr/bin/env node
// `npm run test:litesvm` / `npm run test:validator`: the TypeScript suites in one lane
// (no lane argument: $ND_LANE, default litesvm). Extra arguments are test files to run instead
// of all of them.
import { LANES, runLane } from "./testing/lanes.mjs";

const args = process.argv.slice(2);
const lane = LANES[args[0]] ? args.shift() : process.env.ND_LANE ?? "litesvm";
const files = args;
if (!LANES[lane]) {
  console.error(`usage: node tools/run-lane.mjs [${Object.keys(LANES).join("|")}] [test files…] (unknown lane "${lane}")`);
  process.exit(2);
}
const result = await runLane(lane, files.length ? { files } : {});
if (result.skipped) {
  console.error(`${lane} lane: ${result.skipped}`);
  process.exit(1);
}
process.exit(result.status);
