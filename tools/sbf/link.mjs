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
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  "-passes=function(lower-atomic),sbf-legalise,globaldce",
  p1, "-o", legal,
]);
// LLVM 22 words the memcpy-family notes so that sbpf-linker's own filter misses them; we judge
// the diagnostics ourselves (see toleratedDiagnostic) and still fail on every other one.
run("pass 2 (codegen)", tc.sbpfLinker, [...common, "--disable-math-builtins", "--fatal-errors=false", "-o", out, legal]);

function run(step, cmd, args, succeeded = (r) => r.status === 0) {
  const r = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 256 << 20 });
  // The legaliser provides the memory builtins this warning is about.
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`.replace(/^warning: `solana-compiler-builtins` was not linked.*\n/m, "");
  writeFileSync(`${out}.${step.split(" ")[0]}${/\d/.exec(step)?.[0] ?? ""}.log`, `$ ${cmd} ${args.join(" ")}\n${output}`);
  const errors = output.split("\n").filter((l) => /ERROR.*\bllvm: /.test(l) && !toleratedDiagnostic(l));
  if (succeeded(r) && errors.length === 0) return;
  if (existsSync(out)) rmSync(out);
  fail(`${step} failed\n${explainDiagnostics(errors.length ? errors.join("\n") : output, tc)}`);
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
  let out = null;
  const flags = [];
  const inputs = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (withValue.has(a)) {
      if (a === "-o") out = args[i + 1];
      else flags.push(a, args[i + 1]);
      i++;
    } else if (a.startsWith("-")) flags.push(a);
    else inputs.push(a);
  }
  if (!out) fail("rustc passed no -o output path");
  return { out, flags, inputs };
}

function fail(message) {
  process.stderr.write(`sbf-link: error: ${message}\n`);
  process.exit(1);
}
