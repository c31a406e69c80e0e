#!/usr/bin/env node
// `npm run build:programs [-- --workspace DIR] [--arch v0|v3] [--program NAME] [--no-idl | --idl-only] [--no-cache]`
//
// Builds every Anchor program of a workspace (the crates under programs/ that declare a cdylib)
// to SBF with the registry-only toolchain, into DIR/target/deploy/<name>.so, as `anchor build`
// does with the official platform-tools, then writes each program's IDL and TypeScript type to
// DIR/target/idl/<name>.json and DIR/target/types/<name>.ts exactly as anchor-cli 0.32.1 does.
// Program keypairs committed under DIR/keys/ are copied to DIR/target/deploy/<name>-keypair.json;
// the build refuses to run when a program's declare_id!, keypair and Anchor.toml entry disagree.
// Outputs whose inputs are unchanged come from ~/.cache/normaldance/builds (lib/build-cache.mjs);
// --no-cache (or ND_BUILD_CACHE=off) always compiles.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { anchorFeatures, readAnchorToml } from "./lib/anchor-toml.mjs";
import { BuildCache, localPackageNames, workspaceMetadata } from "./lib/build-cache.mjs";
import { hostCargo } from "./lib/host-cargo.mjs";
import { buildIdl, hasIdl } from "./lib/idl.mjs";
import { SBF_DIR, cargoBuildDir, claimBuildDir, toolchainKey, toolchainPaths } from "./lib/paths.mjs";
import { checkProgramIds } from "./lib/program-ids.mjs";

const { values } = parseArgs({
  options: {
    workspace: { type: "string", default: process.cwd() },
    arch: { type: "string", default: "v3" },
    program: { type: "string", multiple: true },
    "no-idl": { type: "boolean", default: false },
    // Like `anchor idl build`: only target/idl and target/types, no toolchain needed.
    "idl-only": { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
  },
});
const ws = resolve(values.workspace);
if (!["v0", "v3"].includes(values.arch)) fail(`--arch must be v0 or v3, not "${values.arch}"`);
if (values["no-idl"] && values["idl-only"]) fail("--no-idl and --idl-only exclude each other");
if (!existsSync(join(ws, "Cargo.toml"))) fail(`${ws} has no Cargo.toml: pass an Anchor workspace with --workspace`);

let programs = findPrograms(ws);
if (values.program) {
  const unknown = values.program.filter((p) => !programs.some((q) => q.lib === p || q.pkg === p));
  if (unknown.length) fail(`no program named ${unknown.join(", ")} in ${ws} (found: ${programs.map((p) => p.lib).join(", ") || "none"})`);
  programs = programs.filter((p) => values.program.includes(p.lib) || values.program.includes(p.pkg));
}
if (programs.length === 0) {
  console.log(`[build] no programs under ${join(ws, "programs")}`);
  process.exit(0);
}
// Before the (long) SBF build: a program whose ids disagree cannot be deployed usefully.
const programIds = attempt(() => checkProgramIds(ws, programs));
const metadata = attempt(() => workspaceMetadata(ws, existsSync(toolchainPaths().cargo) ? toolchainPaths().cargo : hostCargo()));
const ownPackages = localPackageNames(metadata);
const cache = values["no-cache"] || process.env.ND_BUILD_CACHE === "off" ? null : new BuildCache(metadata);
if (values["idl-only"]) {
  const idlStarted = Date.now();
  writeIdls();
  console.log(`[build] done in ${((Date.now() - idlStarted) / 1000).toFixed(1)} s`);
  process.exit(0);
}

const tc = toolchainPaths();
if (!existsSync(join(tc.root, ".complete"))) fail(`the SBF toolchain is not installed at ${tc.root}: run \`npm run setup\` (or bash tools/sbf/install.sh)`);

// One target directory per toolchain and arch: cargo does not notice a changed sysroot.
const targetDir = cargoBuildDir(ws, join("sbf", `${toolchainKey()}-${values.arch}`));
claimBuildDir(targetDir, ws, ownPackages);
const started = Date.now();
console.log(`[build] ${programs.map((p) => p.lib).join(", ")} -> SBPF ${values.arch}`);
const cargoEnv = {
  ...process.env,
  RUSTC: tc.rustc,
  RUSTC_BOOTSTRAP: "1",
  CARGO_TARGET_DIR: targetDir,
  ND_SBF_TOOLCHAIN: tc.root,
  ND_SBPF_ARCH: values.arch,
  // sbpf-linker optimises the whole program as one module anyway; rustc's own LTO (taken
  // for cdylib-only crates) would internalise compiler-builtins' soft-float helpers away
  // before the legaliser can call them.
  CARGO_PROFILE_RELEASE_LTO: "off",
  ND_SBF_LINK_SCRIPT: join(SBF_DIR, "link.mjs"),
  ND_NODE: process.execPath,
  CARGO_ENCODED_RUSTFLAGS: [
    "--sysroot", tc.sysroot,
    // solana-define-syscall then calls syscalls by hash, which SBPF v0 and v3 both accept
    "--cfg", 'target_feature="static-syscalls"', "-A", "explicit_builtin_cfgs_in_flags",
    "-C", `linker=${linkerWrapper()}`,
    "-C", "panic=abort",
  ].join("\x1f"),
};
const targetSpec = inToolchain("sbf-solana.json", readFileSync(tc.targetSpec, "utf8"));
const deploy = join(ws, "target", "deploy");
mkdirSync(deploy, { recursive: true });
// One cargo run per program, as `anchor build` runs `cargo build-sbf` in each program's directory:
// a single run unifies features, so a program that another one depends on with
// `features = ["cpi"]` would be built with `no-entrypoint` as well and deploy without an entrypoint.
for (const p of programs) {
  const out = join(deploy, `${p.lib}.so`);
  const key = cache?.key(p, `so-${values.arch}`);
  const cached = cache?.restore(key, { [`${p.lib}.so`]: out });
  copyKeypair(p);
  if (cached) {
    console.log(`[build] target/deploy/${p.lib}.so  ${statSync(out).size} bytes  (cached: inputs unchanged since ${cached.stored})`);
    continue;
  }
  const r = spawnSync(tc.cargo, ["build", "--release", "--lib", "--target", targetSpec, "-Zjson-target-spec", "-p", p.pkg], {
    cwd: ws,
    stdio: "inherit",
    env: cargoEnv,
  });
  if (r.status !== 0) fail(`cargo build of ${p.pkg} failed (see above); target/deploy/${p.lib}.so was not written`);
  const so = join(targetDir, "sbf-solana", "release", `lib${p.lib}.so`);
  if (!existsSync(so)) fail(`cargo finished but ${so} is missing`);
  copyFileSync(so, out);
  cache?.store(key, { [`${p.lib}.so`]: so }, {});
  console.log(`[build] target/deploy/${p.lib}.so  ${statSync(so).size} bytes`);
}
if (!values["no-idl"]) writeIdls();
console.log(`[build] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** target/idl/<name>.json and target/types/<name>.ts of every program, as anchor-cli writes them. */
function writeIdls() {
  const features = anchorFeatures(readAnchorToml(join(ws, "Anchor.toml")));
  claimBuildDir(cargoBuildDir(ws, "idl-build"), ws, ownPackages);
  for (const p of programs) {
    if (!hasIdl(p)) {
      console.log(`[build] ${p.lib}: not an Anchor program (no anchor-lang dependency), so no IDL`);
      continue;
    }
    const idlStarted = Date.now();
    const key = cache?.key(p, `idl-${JSON.stringify(features)}`);
    let idl = cache?.restore(key, (info) => idlFiles(info.name));
    const source = idl ? "cached" : "built";
    if (!idl) {
      idl = attempt(() => buildIdl(ws, p, features));
      cache?.store(key, idlFiles(idl.name), { name: idl.name, address: idl.address });
    }
    if (idl.address !== programIds[p.lib]) {
      fail(`${p.lib}: the IDL's address ${idl.address} (from declare_id!) differs from its keypair's ${programIds[p.lib]}`);
    }
    console.log(`[build] target/idl/${idl.name}.json, target/types/${idl.name}.ts  ${source} in ${((Date.now() - idlStarted) / 1000).toFixed(1)} s`);
  }
}

/**
 * Cargo fingerprints every crate with the rustflags and the target, so a linker or target spec
 * named by a path inside the clone would make each clone rebuild every dependency. Both are given
 * at fixed places in the toolchain instead: the spec copied there, and for the linker a wrapper
 * running this clone's link.mjs, which the environment names.
 */
function inToolchain(name, content, mode = 0o644) {
  const path = join(tc.root, name);
  if (!existsSync(path) || readFileSync(path, "utf8") !== content) {
    const staging = `${path}.${process.pid}`;
    writeFileSync(staging, content, { mode });
    renameSync(staging, path);
  }
  return path;
}

function linkerWrapper() {
  return inToolchain("sbf-link", '#!/bin/sh\n# rustc\'s linker for sbf-solana: tools/sbf/link.mjs of the clone that builds (see build.mjs).\nexec "$ND_NODE" "$ND_SBF_LINK_SCRIPT" "$@"\n', 0o755);
}

/** An IDL's two files, by their name in the cache. */
function idlFiles(name) {
  return { "idl.json": join(ws, "target", "idl", `${name}.json`), "types.ts": join(ws, "target", "types", `${name}.ts`) };
}

function copyKeypair(p) {
  const key = join(ws, "keys", `${p.lib}-keypair.json`);
  if (existsSync(key)) copyFileSync(key, join(deploy, `${p.lib}-keypair.json`));
}

function findPrograms(dir) {
  const root = join(dir, "programs");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((d) => join(root, d, "Cargo.toml"))
    .filter((f) => existsSync(f))
    .map((f) => ({ toml: readFileSync(f, "utf8"), dir: join(f, "..") }))
    .filter(({ toml }) => /crate-type\s*=\s*\[[^\]]*"cdylib"/.test(toml))
    .map(({ toml, dir }) => {
      const pkg = /^\s*name\s*=\s*"([^"]+)"/m.exec(toml.split("[lib]")[0])[1];
      const libSection = /^\[lib\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? "";
      const lib = /^\s*name\s*=\s*"([^"]+)"/m.exec(libSection)?.[1] ?? pkg.replaceAll("-", "_");
      return { pkg, lib, dir };
    });
}

/** Runs `fn`, turning a thrown error into the build's error exit. */
function attempt(fn) {
  try {
    return fn();
  } catch (err) {
    fail(err.message);
  }
}

function fail(message) {
  console.error(`[build] error: ${message}`);
  process.exit(1);
}
