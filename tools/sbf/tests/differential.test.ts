// Differential correctness of the registry-only SBF toolchain (issue 3, item 4): the functions
// of crates/sbf-probe-cases run natively and, built into the sbf-probe program, on SBF (SBPF v3
// and v0) in LiteSVM, on the same edge values and deterministic random inputs. Every output
// record must be byte-identical; every panic must abort the transaction and log the same
// `panicked at <file>:<line>:<col>:` line the native run produced.
import { expect } from "chai";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareRecords, describeMismatches, distinctOutputs } from "./differential/compare";
import { CASE_INPUTS, caseRecords, SEED } from "./differential/inputs";
import { buildNative, caseTable, NativeResult, ProbeCase, runNative, WORKSPACE } from "./differential/native";
import { Arch, buildProbe, MAX_INLINE_INPUT, MAX_RETURN, ProbeVm } from "./differential/probe";

const ARCHES: readonly Arch[] = ["v3", "v0"];
/** Where `npm run bench` picks up the number of cases compared (see bench/counts.mjs). */
const BENCH_COUNTS = join(__dirname, "..", "..", "..", "target", "bench-counts", "differential.json");
/** Records, transactions and compute units per case and arch, for whoever tunes the toolchain. */
const SUMMARY = join(WORKSPACE, "target", "differential", "summary.json");

interface Prepared {
  readonly c: ProbeCase;
  readonly records: Buffer[];
  readonly native: NativeResult[];
}

interface CaseStats {
  records: number;
  transactions: number;
  computeUnits: number;
}

describe("sbf differential probe: native vs SBF", function () {
  this.timeout(30 * 60_000);
  const prepared = new Map<string, Prepared>();
  const stats: Record<Arch, Record<string, CaseStats>> = { v3: {}, v0: {} };
  const started = Date.now();
  // Reported apart: the builds are incremental and shared with other suites.
  let buildMs = 0;
  const timed = <T>(build: () => T): T => {
    const t = Date.now();
    try {
      return build();
    } finally {
      buildMs += Date.now() - t;
    }
  };

  before(function () {
    const exe = timed(() => buildNative());
    const table = caseTable(exe);
    expect(table.map((c) => c.name).sort(), "probe cases without inputs (or inputs without a case)").to.deep.equal(Object.keys(CASE_INPUTS).sort());
    const batches = table.map((c) => {
      const records = caseRecords(c.name, SEED);
      for (const r of records) if (r.length !== c.input) throw new Error(`${c.name}: generated a ${r.length}-byte record, the case reads ${c.input}`);
      return { case: c, records };
    });
    const native = runNative(exe, batches);
    batches.forEach((b, i) => prepared.set(b.case.name, { c: b.case, records: b.records, native: native[i] }));
  });

  const get = (name: string): Prepared => {
    const p = prepared.get(name);
    if (!p) throw new Error(`case ${name} was not prepared`);
    return p;
  };
  const count = (arch: Arch, name: string, records: number, transactions: number, computeUnits: number) => {
    const s = (stats[arch][name] ??= { records: 0, transactions: 0, computeUnits: 0 });
    s.records += records;
    s.transactions += transactions;
    s.computeUnits += computeUnits;
  };

  for (const arch of ARCHES) {
    describe(`SBPF ${arch}`, function () {
      let vm: ProbeVm;

      before(function () {
        const { so, programId } = timed(() => buildProbe(arch));
        vm = new ProbeVm(programId, so);
      });

      for (const [name, spec] of Object.entries(CASE_INPUTS)) {
        if (spec.kind === "panic") continue;
        it(`${name}: ${spec.kind === "arith" ? "edges + 10,000 random inputs" : `edges + ${spec.random} random inputs`} agree with native`, function () {
          const { c, records, native } = get(name);
          // A case that ignored its input would agree trivially.
          expect(distinctOutputs(native), `${name}: native outputs barely vary`).to.be.greaterThan(Math.min(10, records.length / 2));
          const run = vm.runBatch(c, records, spec.maxPerTx);
          const mismatches = compareRecords(c, records, native, run.outputs);
          count(arch, name, records.length, run.transactions, run.computeUnits);
          expect(mismatches, describeMismatches(c, arch, mismatches, records.length)).to.have.length(0);
        });
      }

      it("every case agrees with native through instruction data and return data", function () {
        const failures: string[] = [];
        for (const [name, spec] of Object.entries(CASE_INPUTS)) {
          if (spec.kind === "panic") continue;
          const { c, records, native } = get(name);
          const n = Math.max(1, Math.min(8, Math.floor(MAX_RETURN / c.output), Math.floor(MAX_INLINE_INPUT / c.input)));
          const r = vm.runInline(c, records.slice(0, n));
          count(arch, name, n, 1, r.computeUnits);
          if (!r.ok) {
            failures.push(`${name}: inline run failed: ${r.err}\n${r.logs.join("\n")}`);
            continue;
          }
          const mismatches = compareRecords(c, records, native.slice(0, n), r.returnData);
          if (r.returnData.length !== n * c.output) failures.push(`${name}: ${r.returnData.length} bytes of return data, expected ${n * c.output}`);
          else if (mismatches.length) failures.push(describeMismatches(c, arch, mismatches, n));
        }
        expect(failures, failures.join("\n")).to.have.length(0);
      });

      it("panics abort the transaction and log `panicked at <file>:<line>:<col>:` and the message, as natively", function () {
        const { c, records, native } = get("panics::panics");
        const failures: string[] = [];
        let panicked = 0;
        records.forEach((record, i) => {
          const r = vm.runInline(c, [record]);
          const n = native[i];
          count(arch, c.name, 1, 1, r.computeUnits);
          if (n.ok) {
            if (!r.ok || !r.returnData.equals(n.output)) failures.push(`input ${record.toString("hex")}: native returned ${n.output.toString("hex")}, SBF ${r.ok ? r.returnData.toString("hex") : r.err}`);
            return;
          }
          panicked++;
          const expected = `Program log: ${n.panic}`;
          if (r.ok) failures.push(`input ${record.toString("hex")}: native panicked (${n.panic}) but the transaction succeeded`);
          else if (!r.logs.includes(expected)) failures.push(`input ${record.toString("hex")}: expected the log line ${JSON.stringify(expected)}, got\n  ${r.logs.map((l) => JSON.stringify(l)).join("\n  ")}`);
        });
        expect(panicked, "panicking variants").to.be.greaterThan(20);
        expect(failures, failures.join("\n")).to.have.length(0);
      });
    });
  }

  after(function () {
    const perArch = Object.fromEntries(ARCHES.map((a) => [a, Object.values(stats[a]).reduce((n, s) => n + s.records, 0)]));
    const total = Object.values(perArch).reduce((n, x) => n + x, 0);
    const perCase = Object.fromEntries(
      ARCHES.map((a) => [
        a,
        Object.fromEntries(Object.entries(stats[a]).map(([name, s]) => [name, { ...s, unitsPerRecord: Math.round(s.computeUnits / s.records) }])),
      ]),
    );
    const seconds = (Date.now() - started - buildMs) / 1000;
    console.log(`    differential: ${total} cases compared (${ARCHES.map((a) => `${a}: ${perArch[a]}`).join(", ")}) in ${seconds.toFixed(1)} s, builds ${(buildMs / 1000).toFixed(1)} s`);
    mkdirSync(join(SUMMARY, ".."), { recursive: true });
    writeFileSync(SUMMARY, `${JSON.stringify({ seed: SEED, cases: total, perArch, seconds, buildSeconds: buildMs / 1000, perCase }, null, 2)}\n`);
    mkdirSync(join(BENCH_COUNTS, ".."), { recursive: true });
    const counts = { "differential.cases": total, ...Object.fromEntries(ARCHES.map((a) => [`differential.cases/${a}`, perArch[a]])) };
    writeFileSync(BENCH_COUNTS, `${JSON.stringify(counts)}\n`);
  });
});
