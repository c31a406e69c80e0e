// Mocha reporter: the usual spec output, plus the run's counts written as JSON to
// $ND_MOCHA_COUNTS_FILE so the project's runners can add them up across stages. `files` has the
// same counts and the wall time (hooks included) per test file, for comparing lanes file by file.
"use strict";
const fs = require("fs");
const path = require("path");
const Mocha = require("mocha");

const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class CountingSpecReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const started = Date.now();
    const files = {};
    const fileOf = (runnable) => (runnable.file ? path.relative(process.cwd(), runnable.file) : "(unknown)");
    const entry = (runnable) => (files[fileOf(runnable)] ??= { passed: 0, failed: 0, pending: 0, seconds: 0 });
    // A file's top-level suites: their time (hooks included) is the file's.
    const begun = new Map();
    runner.on(EVENT_SUITE_BEGIN, (suite) => suite.parent?.root && suite.file && begun.set(suite, Date.now()));
    runner.on(EVENT_SUITE_END, (suite) => {
      if (begun.has(suite)) entry(suite).seconds += (Date.now() - begun.get(suite)) / 1000;
    });
    runner.on(EVENT_TEST_PASS, (test) => (entry(test).passed += 1));
    runner.on(EVENT_TEST_FAIL, (test) => (entry(test).failed += 1));
    runner.on(EVENT_TEST_PENDING, (test) => (entry(test).pending += 1));
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.ND_MOCHA_COUNTS_FILE;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending, seconds: (Date.now() - started) / 1000, files }));
    });
  }
}

module.exports = CountingSpecReporter;
