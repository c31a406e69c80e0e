// Constructs the registry-only SBF toolchain could not build when the differential probe was
// written (crates/sbf-probe-cases/src/gaps.rs; issue 3). Each gap is compiled into the probe on
// its own (SBF_PROBE_GAPS=<gap>), so one failing build hides nothing else, and must build and
// then agree with native on SBPF v3 and v0, exactly as the cases of differential.test.ts do.
// Until the toolchain handles a gap, its test fails with the toolchain's diagnostics.
import { expect } from "chai";
import { compareRecords, describeMismatches } from "./differential/compare";
import { caseRecords, GAP_INPUTS, SEED } from "./differential/inputs";
import { buildNative, caseTable, runNative } from "./differential/native";
import { Arch, buildProbe, ProbeVm } from "./differential/probe";

describe("sbf differential probe: toolchain gaps", function () {
  this.timeout(20 * 60_000);
  const gaps = Object.keys(GAP_INPUTS);
  let exe = "";

  before(function () {
    // Natively every gap compiles, so one runner serves them all.
    exe = buildNative(gaps.join(","));
  });

  for (const gap of gaps) {
    it(`gaps::${gap} builds for SBF and agrees with native (SBPF v3 and v0)`, function () {
      const table = caseTable(exe);
      const nativeCase = table.find((x) => x.name === `gaps::${gap}`);
      if (!nativeCase) throw new Error(`sbf-probe-native has no case gaps::${gap}`);
      // Gaps come last in the case table, so in a probe built with this gap alone its index is
      // the number of regular cases (the native runner, built with all gaps, numbers it later).
      const c = { ...nativeCase, index: table.filter((x) => !x.name.startsWith("gaps::")).length };
      const records = caseRecords(c.name, SEED);
      const [native] = runNative(exe, [{ case: nativeCase, records }]);
      for (const arch of ["v3", "v0"] as Arch[]) {
        // Throws with the toolchain's diagnostics while the gap remains.
        const { so, programId } = buildProbe(arch, gap);
        const run = new ProbeVm(programId, so).runBatch(c, records, GAP_INPUTS[gap].maxPerTx);
        const mismatches = compareRecords(c, records, native, run.outputs);
        expect(mismatches, describeMismatches(c, arch, mismatches, records.length)).to.have.length(0);
      }
    });
  }
});
