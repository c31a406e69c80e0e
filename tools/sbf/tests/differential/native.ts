// The host side: builds `sbf-probe-native` (the probe's case functions compiled for the host by
// the same rustc that compiles them for SBF, so std's messages and formatting match) and runs
// batches of records through it.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const WORKSPACE = join(__dirname, "..", "workspace");
const SBF_DIR = join(__dirname, "..", "..");

export interface ProbeCase {
  readonly index: number;
  readonly name: string;
  readonly input: number;
  readonly output: number;
}

/** What one record produced natively: its output bytes, or the log line of its panic. */
export type NativeResult = { readonly ok: true; readonly output: Buffer } | { readonly ok: false; readonly panic: string };

/** The toolchain's rustc and cargo (lib/paths.mjs is an ES module, so ask it in a child). */
function toolchainCompilers(): { rustc: string; cargo: string } {
  const script = `import { toolchainPaths } from ${JSON.stringify(join(SBF_DIR, "lib", "paths.mjs"))}; const t = toolchainPaths(); console.log(JSON.stringify({ rustc: t.rustc, cargo: t.cargo }));`;
  const parsed: unknown = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
  if (typeof parsed !== "object" || parsed === null || !("rustc" in parsed) || !("cargo" in parsed)) throw new Error("unexpected toolchain paths");
  const { rustc, cargo } = parsed;
  if (typeof rustc !== "string" || typeof cargo !== "string") throw new Error("unexpected toolchain paths");
  return { rustc, cargo };
}

/** Builds the native runner, with the toolchain gaps named in `gaps` (see buildProbe) compiled in. */
export function buildNative(gaps = ""): string {
  const { rustc, cargo } = toolchainCompilers();
  // Its own target directory per gap set: the cfgs differ, and the SBF build dirs are build.mjs's.
  const targetDir = join(WORKSPACE, "target", gaps ? `native-gaps-${gaps.replaceAll(",", "+")}` : "native");
  execFileSync("nice", ["-n", "10", cargo, "build", "--release", "-q", "-p", "sbf-probe-cases", "--bin", "sbf-probe-native"], {
    cwd: WORKSPACE,
    stdio: "inherit",
    env: { ...process.env, RUSTC: rustc, CARGO_TARGET_DIR: targetDir, SBF_PROBE_GAPS: gaps },
  });
  return join(targetDir, "release", "sbf-probe-native");
}

export function caseTable(exe: string): ProbeCase[] {
  return execFileSync(exe, ["table"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => {
      const [index, name, input, output] = line.split(" ");
      return { index: Number(index), name, input: Number(input), output: Number(output) };
    });
}

/** Runs `records` of each case natively, in one process. */
export function runNative(exe: string, batches: readonly { case: ProbeCase; records: readonly Buffer[] }[]): NativeResult[][] {
  const request = Buffer.concat(
    batches.flatMap(({ case: c, records }) => {
      const header = Buffer.alloc(6);
      header.writeUInt16LE(c.index, 0);
      header.writeUInt32LE(records.length, 2);
      return [header, ...records];
    }),
  );
  const out = execFileSync(exe, ["run"], { input: request, maxBuffer: 1 << 30 });
  let at = 0;
  const results = batches.map(({ case: c, records }) =>
    records.map((): NativeResult => {
      const status = out[at++];
      if (status === 0) {
        const output = out.subarray(at, at + c.output);
        at += c.output;
        return { ok: true, output };
      }
      const len = out.readUInt16LE(at);
      const panic = out.subarray(at + 2, at + 2 + len).toString("utf8");
      at += 2 + len;
      return { ok: false, panic };
    }),
  );
  if (at !== out.length) throw new Error(`sbf-probe-native wrote ${out.length} bytes, expected ${at}`);
  return results;
}
