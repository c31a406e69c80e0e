#!/usr/bin/env node
// The linker rustc calls for the sbf-solana target (set with `-C linker=`).
//
// Upstream LLVM's BPF backend cannot lower everything Rust programs contain (128-bit
// arithmetic, wide returns, >5-argument calls, floats, traps), so linking is split in two:
//   pass 1  sbpf-linker --emit llvm-bc     all inputs -> one optimised bitcode module
//   legalise opt + libSbfLegalise.so       rewrite what BPF cannot lower (see legalise/)
//   pass 2  sbpf-linker                    codegen -> SBPF .so (v0 or v3)
// Pass 2 treats every LLVM error diagnostic (other than the memcpy-family notes that the
// linker resolves itself) as fatal, and so do we: a diagnosed module is a miscompiled module,
// so no .so is left behind.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { toolchainPaths } from "./lib/paths.mjs";
import { explainDiagnostics } from "./lib/diagnostics.mjs";

const tc = toolchainPaths();
const arch = process.env.ND_SBPF_ARCH ?? "v3";
if (arch !== "v0" && arch !== "v3") fail(`ND_SBPF_ARCH must be v0 or v3, not "${arch}"`);

const { out, flags, inputs } = parseArgs(process.argv.slice(2));

// A dependency that declares `crate-type = ["cdylib", ...]` makes cargo link it as well, but
// only the package being built becomes a program: its dependencies are used as rlibs.
if (!process.env.CARGO_PRIMARY_PACKAGE) {
  writeFileSync(out, "");
  process.exit(0);
}

const env = { ...process.env, LD_LIBRARY_PATH: tc.llvmLibDir };
const common = [...flags, "--llvm-args=-bpf-stack-size=4096", `--arch=${arch}`];
const p1 = `${out}.p1.bc`;
const legal = `${out}.legal.bc`;

// With --emit llvm-bc, sbpf-linker 0.2.6 writes the bitcode and then fails trying to read it
// back as an ELF object; the bitcode itself is what we want.
run("pass 1 (link to bitcode)", tc.sbpfLinker, [...common, "--emit", "llvm-bc", "-o", p1, tc.floatRefsBitcode, ...inputs], () => isBitcode(p1));
run("legalise", tc.opt, [
  `-load-pass-plugin=${tc.legalisePlugin}`,
  `-sbf-runtime=${tc.runtimeBitcode}`,
  // Debugging and the toolchain's own tests: leave legalisation steps out (a build made so is
  // not a valid program unless it still passes every check).
  ...(process.env.ND_SBF_LEGALISE_SKIP ? [`-sbf-skip=${process.env.ND_SBF_LEGALISE_SKIP}`] : []),
  "-passes=function(lower-atomic),sbf-legalise,globaldce",
  p1, "-o", legal,
]);
// LLVM 22 words the memcpy-family notes so that sbpf-linker's own filter misses them; we judge
// the diagnostics ourselves (see toleratedDiagnostic) and still fail on every other one.
run("pass 2 (codegen)", tc.sbpfLinker, [...common, "--disable-math-builtins", "--fatal-errors=false", "-o", out, legal]);

function run(step, cmd, args, succeeded = (r) => r.status === 0) {
  // sbpf-linker also writes target/deploy/<name>.so under its working directory, even when LLVM
  // reported errors; in the workspace that would leave a miscompiled program where programs are
  // deployed from. It runs in a scratch directory instead (every path it gets is absolute).
  const scratch = mkdtempSync(join(dirname(out), ".link-"));
  const r = spawnSync(cmd, args, { env, cwd: scratch, encoding: "utf8", maxBuffer: 256 << 20 });
  rmSync(scratch, { recursive: true, force: true });
  // The legaliser provides the memory builtins this warning is about.
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`.replace(/^warning: `solana-compiler-builtins` was not linked.*\n/m, "");
  writeFileSync(`${out}.${step.split(" ")[0]}${/\d/.exec(step)?.[0] ?? ""}.log`, `$ ${cmd} ${args.join(" ")}\n${output}`);
  const errors = output.split("\n").filter((l) => /ERROR.*\bllvm: /.test(l) && !toleratedDiagnostic(l));
  if (succeeded(r) && errors.length === 0) return;
  if (existsSync(out)) rmSync(out);
  // sbpf-linker prints nothing useful when LLVM crashes; llc on the same module says where.
  const crash = r.signal || r.status > 128 || r.status === 101 ? locateCrash(args.at(-1)) : "";
  fail(`${step} failed\n${explainDiagnostics(crash || (errors.length ? errors.join("\n") : output), tc)}`);
}

/** For a crash of pass 2: the LLVM pass and function llc crashes in on `bitcode`, as an error line. */
function locateCrash(bitcode) {
  if (!bitcode?.endsWith(".bc") || !existsSync(bitcode)) return "";
  const r = spawnSync(tc.llc, ["-march=bpfel", `-mcpu=${arch === "v3" ? "v3" : "v2"}`, "-bpf-stack-size=4096", "-filetype=null", bitcode], { encoding: "utf8", maxBuffer: 256 << 20 });
  const where = /Running pass '([^']+)' on function '@"?([^'"]+)"?'/.exec(r.stderr ?? "");
  return where ? `error: LLVM crashed in its '${where[1]}' pass compiling ${where[2]}` : "";
}

// Calls to the memory builtins, which the legaliser links in (legalise/sbf_rt.c).
function toleratedDiagnostic(line) {
  return /A call to built-in function '(memcpy|memmove|memset|memcmp|bcmp)' is not supported\.\s*$/.test(line);
}

function isBitcode(path) {
  return existsSync(path) && readFileSync(path).subarray(0, 4).equals(Buffer.from([0x42, 0x43, 0xc0, 0xde]));
}

function parseArgs(args) {
  const withValue = new Set(["-o", "-L", "--export-symbols", "--cpu", "--cpu-features", "--target", "--emit", "--log-file", "--log-level", "-O"]);
  const paths = new Set(["-o", "-L", "--export-symbols", "--log-file"]);
  let out = null;
  const flags = [];
  const inputs = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (withValue.has(a)) {
      const value = paths.has(a) ? resolve(args[i + 1]) : args[i + 1];
      if (a === "-o") out = value;
      else flags.push(a, value);
      i++;
    } else if (a.startsWith("-")) flags.push(a);
    else inputs.push(resolve(a));
  }
  if (!out) fail("rustc passed no -o output path");
  return { out, flags, inputs };
}

function fail(message) {
  process.stderr.write(`sbf-link: error: ${message}\n`);
  process.exit(1);
}
