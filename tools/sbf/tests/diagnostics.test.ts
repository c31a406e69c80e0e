// Issue 3, "bad input": a program using a construct SBF cannot run fails the build, naming the
// demangled function and the construct, and leaves no program behind. The constructs live in the
// probe (crates/sbf-probe-cases/src/rejected.rs), each compiled in alone through
// SBF_PROBE_REJECT; the LLVM crash is provoked by leaving out the legaliser's alignment step.
import { expect } from "chai";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { WORKSPACE } from "./differential/native";
import { runProbeBuild } from "./differential/probe";

const DEPLOYED = join(WORKSPACE, "target", "deploy", "sbf_probe.so");

interface Rejection {
  readonly env: Record<string, string>;
  /** What the build output must say: the function and the construct. */
  readonly says: readonly (string | RegExp)[];
}

const REJECTIONS: Record<string, Rejection> = {
  "a writable static": {
    env: { SBF_PROBE_REJECT: "writable_static" },
    says: [/writable static `sbf_probe_cases::rejected::CALLS` \(8 bytes, used in `sbf_probe_cases::rejected::writable_static`\)/, "construct: a writable static (.data/.bss)"],
  },
  "a stack frame over 4 KiB": {
    env: { SBF_PROBE_REJECT: "big_frame" },
    says: [/in function `sbf_probe_cases::rejected::big_frame_fn`/, "construct: a stack frame larger than 4 KB"],
  },
  "calls nested deeper than 64 frames": {
    env: { SBF_PROBE_REJECT: "deep_calls" },
    says: [/in `sbf_probe_cases::rejected::depth_\d+`: calls nested \d+ frames deep \(`[^`]+` -> .* -> `sbf_probe_cases::rejected::depth_\d+`\); the SVM allows 64/, "construct: calls nested deeper than the SVM allows"],
  },
  "an LLVM backend crash (16-byte aligned 1-2 KiB copies without the alignment step)": {
    env: { ND_SBF_LEGALISE_SKIP: "align" },
    says: [/LLVM crashed in its '[^']+' pass compiling `sbf_probe_cases::memory::wide::<\d+>`/, "construct: one the LLVM BPF backend crashes on"],
  },
};

describe("sbf toolchain: unsupported constructs fail the build, named", function () {
  this.timeout(10 * 60_000);

  for (const [construct, { env, says }] of Object.entries(REJECTIONS)) {
    it(`refuses ${construct}`, function () {
      rmSync(DEPLOYED, { force: true });
      const { status, output } = runProbeBuild("v3", env);
      expect(status, output.slice(-3000)).to.equal(1);
      for (const s of says) {
        if (typeof s === "string") expect(output).to.contain(s);
        else expect(output).to.match(s);
      }
      expect(output).to.contain("target/deploy/sbf_probe.so was not written");
      expect(existsSync(DEPLOYED), "no program is left behind").to.equal(false);
    });
  }
});
