// Record-by-record comparison of SBF outputs with native ones, with readable mismatch reports.
import type { NativeResult, ProbeCase } from "./native";

export interface Mismatch {
  readonly index: number;
  readonly input: string;
  readonly native: string;
  readonly sbf: string;
  /** First differing byte of the output record. */
  readonly offset: number;
}

/** Compares `sbf` (the records back to back) with the native results for the same inputs. */
export function compareRecords(c: ProbeCase, inputs: readonly Buffer[], native: readonly NativeResult[], sbf: Buffer, firstIndex = 0): Mismatch[] {
  const out: Mismatch[] = [];
  native.forEach((n, i) => {
    const got = sbf.subarray(i * c.output, (i + 1) * c.output);
    const index = firstIndex + i;
    if (!n.ok) {
      out.push({ index, input: inputs[i].toString("hex"), native: `panicked: ${n.panic}`, sbf: got.toString("hex"), offset: -1 });
      return;
    }
    if (!n.output.equals(got)) {
      let offset = 0;
      while (offset < c.output && n.output[offset] === got[offset]) offset++;
      out.push({ index, input: inputs[i].toString("hex"), native: n.output.toString("hex"), sbf: got.toString("hex"), offset });
    }
  });
  return out;
}

export function describeMismatches(c: ProbeCase, arch: string, mismatches: readonly Mismatch[], total: number, limit = 12): string {
  const lines = mismatches
    .slice(0, limit)
    .map((m) => `  #${m.index} input=${m.input}\n    native=${m.native}\n    sbf   =${m.sbf}\n    first difference at output byte ${m.offset}`);
  const more = mismatches.length > limit ? `\n  … and ${mismatches.length - limit} more` : "";
  return `${c.name} (SBPF ${arch}): ${mismatches.length} of ${total} records differ from native\n${lines.join("\n")}${more}`;
}

/** How many different outputs the native side produced: a case that ignores its input would show 1. */
export function distinctOutputs(native: readonly NativeResult[]): number {
  return new Set(native.map((n) => (n.ok ? n.output.toString("hex") : n.panic))).size;
}
