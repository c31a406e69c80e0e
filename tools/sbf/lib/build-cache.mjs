// Finished builds kept by what went into them, like sccache but per program: a program whose
// sources, local dependencies, lockfile, profiles, build-script environment, toolchain and build
// tools are unchanged is copied from the cache instead of being compiled and linked again. This is
// what keeps a fresh clone's setup fast; only successful builds are stored, so a build that failed
// (for instance on an LLVM diagnostic) fails again every time.
//
// The key uses paths relative to the workspace for its own crates, so clones at other places share
// entries; crates outside the workspace are keyed by their absolute path as well, since rustc embeds
// it in their panic locations.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { SBF_DIR, cacheRoot, toolchainKey } from "./paths.mjs";

/** Directories that never hold build inputs. */
const SKIP_DIRS = new Set(["target", "node_modules", ".git", ".anchor", "test-ledger"]);
/** Entries kept; the least recently used beyond that are removed. */
const KEEP_ENTRIES = 96;

/** `cargo metadata` of workspace `ws` (with dependencies), through any cargo binary. */
export function workspaceMetadata(ws, cargo) {
  // Not --offline: on a fresh machine the dependencies' manifests are not downloaded yet.
  const meta = spawnSync(cargo, ["metadata", "--format-version", "1"], { cwd: ws, encoding: "utf8", maxBuffer: 1 << 28 });
  if (meta.status !== 0) throw new Error(`cargo metadata failed in ${ws}:\n${meta.stderr}`);
  return JSON.parse(meta.stdout);
}

/** Names of the packages of `metadata` that are not from a registry or git: the project's own. */
export function localPackageNames(metadata) {
  return [...new Set(metadata.packages.filter((p) => p.source === null).map((p) => p.name))];
}

export class BuildCache {
  /** `metadata`: workspaceMetadata() of the workspace. */
  constructor(metadata) {
    this.dir = join(cacheRoot(), "builds");
    const { packages, resolve, workspace_root: root } = metadata;
    this.root = root;
    this.packages = new Map(packages.map((p) => [p.id, p]));
    this.deps = new Map(resolve.nodes.map((n) => [n.id, n.deps.map((d) => d.pkg)]));
    this.common = digest((h) => {
      h.update(toolchainKey());
      // Builds with another toolchain or with legalisation steps left out are other builds.
      h.update(`${process.env.ND_SBF_TOOLCHAIN ?? ""}\0${process.env.ND_SBF_LEGALISE_SKIP ?? ""}`);
      // Profile settings given through the environment override Cargo.toml's.
      for (const [k, v] of Object.entries(process.env).filter(([k]) => /^CARGO_(PROFILE|BUILD)_/.test(k)).sort()) h.update(`${k}=${v}\0`);
      for (const f of toolFiles()) h.update(relative(SBF_DIR, f)).update("\0").update(readFileSync(f));
      for (const f of ["Cargo.toml", "Cargo.lock", ".cargo/config.toml", ".cargo/config", "rust-toolchain", "rust-toolchain.toml"]) {
        const p = join(root, f);
        if (existsSync(p)) h.update(f).update("\0").update(readFileSync(p));
      }
    });
  }

  /** The key of `program`'s output for `purpose` (e.g. "so-v3", or the IDL with its features). */
  key(program, purpose) {
    const manifest = realpathSync(join(program.dir, "Cargo.toml"));
    const start = [...this.packages.values()].find((p) => p.source === null && realpathSync(p.manifest_path) === manifest);
    if (!start) throw new Error(`cargo metadata does not list ${manifest}`);
    const local = [];
    const seen = new Set([start.id]);
    for (const queue = [start.id]; queue.length; ) {
      const id = queue.pop();
      const pkg = this.packages.get(id);
      if (pkg.source === null) local.push(pkg);
      for (const d of this.deps.get(id) ?? []) if (!seen.has(d)) seen.add(d), queue.push(d);
    }
    return digest((h) => {
      h.update(this.common).update(purpose).update(program.lib);
      for (const pkg of local.sort((a, b) => a.manifest_path.localeCompare(b.manifest_path))) {
        const dir = dirname(pkg.manifest_path);
        const rel = relative(this.root, dir);
        h.update(rel.startsWith("..") ? dir : rel);
        hashTree(h, dir, dir);
        for (const name of buildScriptEnv(dir)) h.update(`${name}=${process.env[name] ?? "\u0000unset"}`);
      }
    });
  }

  /**
   * Copies the stored files of `key` to their destinations (name → path, or a function of the
   * stored info returning that) and returns the stored info, or null when nothing is stored.
   */
  restore(key, destinations) {
    const entry = join(this.dir, key);
    if (!existsSync(join(entry, "info.json"))) return null;
    const info = JSON.parse(readFileSync(join(entry, "info.json"), "utf8"));
    const targets = typeof destinations === "function" ? destinations(info) : destinations;
    for (const [name, dest] of Object.entries(targets)) {
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(join(entry, name), dest);
    }
    const now = new Date();
    utimesSync(entry, now, now);
    return info;
  }

  /** Stores `sources` (name → path) under `key` with `info`, atomically. */
  store(key, sources, info) {
    const entry = join(this.dir, key);
    const staging = `${entry}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    for (const [name, src] of Object.entries(sources)) copyFileSync(src, join(staging, name));
    writeFileSync(join(staging, "info.json"), JSON.stringify({ ...info, stored: new Date().toISOString() }));
    try {
      renameSync(staging, entry);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another build stored the same entry
    }
    this.prune();
  }

  prune() {
    const entries = readdirSync(this.dir)
      .filter((n) => !n.includes(".partial-"))
      .map((n) => ({ n, t: statSync(join(this.dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { n } of entries.slice(KEEP_ENTRIES)) rmSync(join(this.dir, n), { recursive: true, force: true });
  }
}

function digest(fill) {
  const h = createHash("sha256");
  fill(h);
  return h.digest("hex").slice(0, 32);
}

/**
 * The build tools' own sources: changing any of them may change what a build produces. Not this
 * file (it only names entries) nor the wording of diagnostics (failed builds are never stored).
 */
function toolFiles() {
  const files = [join(SBF_DIR, "build.mjs"), join(SBF_DIR, "link.mjs")];
  const exempt = new Set(["build-cache.mjs", "diagnostics.mjs"]);
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (SKIP_DIRS.has(n) || exempt.has(n)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  for (const d of ["lib", "idl"]) walk(join(SBF_DIR, d));
  return files;
}

function hashTree(h, dir, base) {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) hashTree(h, path, base);
    else if (st.isFile()) h.update(relative(base, path).split(sep).join("/")).update("\0").update(readFileSync(path)).update("\0");
  }
}

/**
 * Variables a build script may read, found in its text: the names in `rerun-if-env-changed=NAME`
 * lines and every upper-case string literal (`env::var("NAME")`). A build script that computes a
 * name would escape this; such a workspace should build with --no-cache.
 */
function buildScriptEnv(dir) {
  const script = join(dir, "build.rs");
  if (!existsSync(script)) return [];
  const text = readFileSync(script, "utf8");
  const names = [...text.matchAll(/rerun-if-env-changed=([A-Za-z0-9_]+)/g), ...text.matchAll(/"([A-Z][A-Z0-9_]{2,})"/g)].map((m) => m[1]);
  return [...new Set(names)].sort();
}
