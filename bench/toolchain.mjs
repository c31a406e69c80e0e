// Toolchain figures for `npm run bench`: warm setup time, clean and incremental program build
// times (a copy of the smoke program's workspace built from nothing, then after a one-line
// change) and the size of every built program.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function timed(command, args, options) {
  const started = process.hrtime.bigint();
  execFileSync(command, args, { stdio: ["ignore", "ignore", "inherit"], ...options });
  return Number((process.hrtime.bigint() - started) / 1_000_000n) / 1000;
}

function soSizes(repoRoot) {
  const sizes = {};
  for (const ws of [".", "tools/sbf/tests/workspace", "tools/sbf/token-metadata"]) {
    const deploy = join(repoRoot, ws, "target", "deploy");
    if (!existsSync(deploy)) continue;
    for (const f of readdirSync(deploy).filter((n) => n.endsWith(".so"))) sizes[f.replace(/\.so$/, "")] = statSync(join(deploy, f)).size;
  }
  return sizes;
}

export function measureToolchain(repoRoot) {
  const build = join(repoRoot, "tools", "sbf", "build.mjs");
  const setup_warm_seconds = timed("bash", [join(repoRoot, "tools", "setup.sh")], { cwd: repoRoot });

  const dir = mkdtempSync(join(tmpdir(), "nd-bench-build-"));
  try {
    const ws = join(repoRoot, "tools", "sbf", "tests", "workspace");
    for (const f of ["Cargo.lock", "Anchor.toml", "keys"]) cpSync(join(ws, f), join(dir, f), { recursive: true });
    writeFileSync(join(dir, "Cargo.toml"), '[workspace]\nresolver = "2"\nmembers = ["programs/*"]\n\n[profile.release]\noverflow-checks = true\nlto = "fat"\ncodegen-units = 1\n');
    cpSync(join(ws, "programs", "sbf-smoke"), join(dir, "programs", "sbf-smoke"), { recursive: true });
    const args = [build, "--workspace", dir, "--program", "sbf_smoke", "--no-cache"];
    const build_clean_seconds = timed(process.execPath, args, {});
    appendFileSync(join(dir, "programs", "sbf-smoke", "src", "lib.rs"), "\n// bench: a one-line change\n");
    const build_incremental_seconds = timed(process.execPath, args, {});
    return { setup_warm_seconds, build_clean_seconds, build_incremental_seconds, so_bytes: soSizes(repoRoot) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
