// The 64-bit helpers that replace 128-bit arithmetic on SBF, checked natively against the host
// compiler's __int128 (multiply, divide, remainder, shifts, overflow checks, signed division).
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("sbf runtime helpers (native differential check)", function () {
  this.timeout(120_000);
  it("match __int128 on 1,000,000 random and edge-value cases per operation", () => {
    const exe = join(mkdtempSync(join(tmpdir(), "sbf-rt-")), "check");
    execFileSync("gcc", ["-O2", "-o", exe, join(__dirname, "native/sbf_rt_check.c")]);
    const out = execFileSync(exe, ["1000000"], { encoding: "utf8" });
    expect(out.trim()).to.equal("cases=1000000 mismatches=0");
  });
});
