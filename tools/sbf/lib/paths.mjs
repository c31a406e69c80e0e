// Where the installed toolchain lives. The cache key covers every input that changes what the
// toolchain produces, so editing a patch, the target spec or the legaliser installs a new one.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const SBF_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const VERSIONS = { rustc: "1.96.0", llvm: "22", sbpfLinker: "0.2.6" };
const LLVM_BIN = `/usr/lib/llvm-${VERSIONS.llvm}/bin`;

// Soft-float helpers compiler-builtins defines; pass 1 must keep them so the legaliser can turn
// float instructions into calls to them (BPF has no floating point).
export const FLOAT_BUILTINS = [
  "__adddf3", "__subdf3", "__muldf3", "__divdf3", "__eqdf2", "__nedf2", "__ltdf2", "__ledf2", "__gtdf2", "__gedf2", "__unorddf2",
  "__fixdfdi", "__fixunsdfdi", "__fixdfsi", "__fixunsdfsi", "__floatdidf", "__floatundidf", "__floatsidf", "__floatunsidf",
  "__addsf3", "__subsf3", "__mulsf3", "__divsf3", "__eqsf2", "__nesf2", "__ltsf2", "__lesf2", "__gtsf2", "__gesf2", "__unordsf2",
  "__fixsfdi", "__fixunssfdi", "__fixsfsi", "__fixunssfsi", "__floatdisf", "__floatundisf", "__floatsisf", "__floatunsisf",
  "__extendsfdf2", "__truncdfsf2",
  "__fixdfti", "__fixunsdfti", "__floattidf", "__floatuntidf", "__fixsfti", "__fixunssfti", "__floattisf", "__floatuntisf",
  "__powidf2", "__powisf2",
  // libm, which compiler-builtins carries for targets without one
  ...["floor", "ceil", "trunc", "round", "roundeven", "rint", "sqrt", "fma", "fmin", "fmax", "fminimum_num", "fmaximum_num", "fmod"]
    .flatMap((f) => [f, `${f}f`]),
];

export function toolchainKey() {
  const h = createHash("sha256");
  h.update(JSON.stringify(VERSIONS));
  const inputs = ["install.sh", "spec/sbf-solana.json", "lib/float-refs.mjs", ...["patches", "legalise"].flatMap((d) => readdirSync(join(SBF_DIR, d)).sort().map((f) => `${d}/${f}`))];
  for (const f of inputs) h.update(f).update(readFileSync(join(SBF_DIR, f)));
  return `rust${VERSIONS.rustc}-llvm${VERSIONS.llvm}-sbpf${VERSIONS.sbpfLinker}-${h.digest("hex").slice(0, 12)}`;
}

export function cacheRoot() {
  return process.env.ND_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "normaldance");
}

/** The project checkout this toolchain belongs to. */
export const REPO_ROOT = dirname(dirname(SBF_DIR));

/**
 * Cargo's intermediate directory for one kind of build (`purpose`) of workspace `ws`. Workspaces of
 * this project keep it in the cache, keyed by their place in the project rather than the clone's
 * absolute path, so a fresh clone reuses the compiled crates.io dependencies (see claimBuildDir
 * for the clone's own crates); any other workspace keeps it under its own target/.
 */
export function cargoBuildDir(ws, purpose) {
  const rel = relative(REPO_ROOT, ws);
  if (rel.startsWith("..") || isAbsolute(rel)) return join(ws, "target", purpose);
  return join(cacheRoot(), "cargo-target", rel === "" ? "root" : rel.split(sep).join("+"), purpose);
}

/**
 * Makes `dir` (from cargoBuildDir) safe for the clone holding `ws` before cargo runs in it. Cargo
 * judges its own crates fresh by file times, so after another clone built into a shared directory
 * it could take that clone's build of differing sources for this one's, with that clone's paths
 * baked in. When the clone using `dir` changes, the fingerprints of the workspace's own packages
 * (`packages`, by name) are removed, so cargo rebuilds them; crates.io dependencies stay shared.
 */
export function claimBuildDir(dir, ws, packages) {
  const marker = join(dir, ".nd-clone");
  const clone = realpathSync(ws);
  if (existsSync(marker) && readFileSync(marker, "utf8") === clone) return;
  const names = new Set(packages);
  const visit = (d, depth) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (!statSync(path).isDirectory()) continue;
      if (entry === ".fingerprint") {
        for (const unit of readdirSync(path)) {
          const name = /^(.+)-[0-9a-f]{16}$/.exec(unit)?.[1];
          if (name && names.has(name)) rmSync(join(path, unit), { recursive: true, force: true });
        }
      } else if (depth < 3 && !["deps", "build", "incremental", "examples"].includes(entry)) visit(path, depth + 1);
    }
  };
  if (existsSync(dir)) visit(dir, 0);
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, clone);
}

export function toolchainPaths(root = process.env.ND_SBF_TOOLCHAIN ?? join(cacheRoot(), "toolchain", toolchainKey())) {
  return {
    root,
    sysroot: join(root, "sysroot"),
    targetSpec: join(SBF_DIR, "spec/sbf-solana.json"),
    sbpfLinker: join(cacheRoot(), `sbpf-linker-${VERSIONS.sbpfLinker}`, "bin/sbpf-linker"),
    llvmLibDir: join(root, "llvm-lib"),
    legalisePlugin: join(root, "libSbfLegalise.so"),
    runtimeBitcode: join(root, "sbf_rt.bc"),
    floatRefsBitcode: join(root, "float_refs.bc"),
    opt: `${LLVM_BIN}/opt`,
    llc: `${LLVM_BIN}/llc`,
    cxxfilt: `${LLVM_BIN}/llvm-cxxfilt`,
    rustc: "/usr/bin/rustc",
    cargo: "/usr/bin/cargo",
  };
}
