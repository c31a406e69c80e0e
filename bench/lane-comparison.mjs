// The validator lane against LiteSVM for `npm run bench`: the validator lane runs the workspace
// suites (tests/) only, so LiteSVM runs the same files again for a like-for-like time; plus the
// validator's start-to-healthy time and peak memory during the suites.
import { laneTestFiles, runLane } from "../tools/testing/lanes.mjs";

const row = (r) => ({
  passed: r.counts?.passed ?? 0,
  pending: r.counts?.pending ?? 0,
  failed: r.counts?.failed ?? (r.status === 0 ? 0 : 1),
  mocha_seconds: Number((r.counts?.seconds ?? 0).toFixed(2)),
  wall_seconds: Number(r.seconds.toFixed(2)),
});

/** `validatorRun`: what `runLane("validator", { files })` resolved with. */
export async function compareLanes(validatorRun, files = laneTestFiles("validator")) {
  const lite = await runLane("litesvm", { files });
  // Like for like: the files that passed in both lanes and ran on the validator every test
  // except those it skips for a LiteSVM-only ability (LiteSVM runs those too, so its side is, if
  // anything, the longer), compared by their own wall time, hooks included.
  const liteFiles = lite.counts?.files ?? {};
  const validatorFiles = validatorRun.counts?.files ?? {};
  const same = Object.keys(validatorFiles).filter((f) => {
    const a = liteFiles[f];
    const b = validatorFiles[f];
    return a && a.failed === 0 && b.failed === 0 && a.pending === 0 && b.passed > 0 && a.passed === b.passed + b.pending;
  });
  const sum = (byFile, key) => same.reduce((total, f) => total + byFile[f][key], 0);
  const same_tests = {
    files: same,
    tests: sum(validatorFiles, "passed"),
    skipped_on_validator: sum(validatorFiles, "pending"),
    litesvm_seconds: Number(sum(liteFiles, "seconds").toFixed(2)),
    validator_seconds: Number(sum(validatorFiles, "seconds").toFixed(2)),
  };
  return {
    files: files.length,
    litesvm: row(lite),
    validator: row(validatorRun),
    same_tests,
    validator_over_litesvm: same_tests.litesvm_seconds > 0 ? Number((same_tests.validator_seconds / same_tests.litesvm_seconds).toFixed(1)) : null,
    validator_start_to_healthy_seconds: Number(validatorRun.validator.startSeconds.toFixed(2)),
    validator_peak_rss_mib_during_suites: Math.round(validatorRun.validator.suitePeakRssBytes / 2 ** 20),
  };
}

export function printLaneComparison(c, width) {
  const line = (label, value) => console.log(`  ${label.padEnd(width)}  ${value}`);
  const counts = (r) => `(${r.passed} passed, ${r.pending} pending, ${r.failed} failed)`;
  console.log(`\nthe validator lane's suites (tests/, ${c.files} files), mocha run time`);
  line("litesvm", `${c.litesvm.mocha_seconds.toFixed(2).padStart(8)} s  ${counts(c.litesvm)}`);
  line("validator", `${c.validator.mocha_seconds.toFixed(2).padStart(8)} s  ${counts(c.validator)}`);
  const same = c.same_tests;
  console.log(`files passing in both lanes (${same.tests} tests; ${same.skipped_on_validator} more only in LiteSVM): ${same.files.join(", ") || "none"}`);
  line("litesvm", `${same.litesvm_seconds.toFixed(2).padStart(8)} s`);
  line("validator", `${same.validator_seconds.toFixed(2).padStart(8)} s`);
  line("ratio", `${String(c.validator_over_litesvm).padStart(8)} x`);
  line("validator start", `${c.validator_start_to_healthy_seconds.toFixed(2).padStart(8)} s to healthy`);
  line("validator RSS", `${String(c.validator_peak_rss_mib_during_suites).padStart(8)} MiB peak during the suites`);
}
