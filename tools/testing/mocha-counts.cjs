// Mocha reporter: the usual spec output, plus the run's counts written as JSON to
// $ND_MOCHA_COUNTS_FILE so the project's runners can add them up across stages.
"use strict";
const fs = require("fs");
const Mocha = require("mocha");

class CountingSpecReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const started = Date.now();
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.ND_MOCHA_COUNTS_FILE;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending, seconds: (Date.now() - started) / 1000 }));
    });
  }
}

module.exports = CountingSpecReporter;
