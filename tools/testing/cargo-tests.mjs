import { spawn, spawnSync } from "node:child_process";
import { cargoBuildDir, claimBuildDir } from "../sbf/lib/paths.mjs";
import { repoRoot } from "./run-mocha.mjs";

/** Workspace packages cargo sees (none while `programs/` is empty). */
export function cargoPackages() {
  const result = spawnSync("cargo", ["metadata", "--no-deps", "--format-version", "1", "--offline"], { cwd: repoRoot, encoding: "utf8" });
  if (result.error) throw new Error(`cargo is not available: ${result.error.message}`);
  if (result.status !== 0) {
    // A `members = ["programs/*"]` glob that matches no crate yet means: nothing to test.
    if (/failed to read `[^`]*\/\*\/Cargo\.toml`/.test(result.stderr)) return [];
    throw new Error(`cargo metadata failed:\n${result.stderr}`);
  }
  return JSON.parse(result.stdout).packages.map((p) => p.name);
}

/**
 * `cargo test --release --workspace`, niced (the machine is shared), output streamed; counts come
 * from the `test result:` line each test binary prints.
 */
export async function runCargoTests() {
  const started = Date.now();
  const targetDir = cargoBuildDir(repoRoot, "host-test");
  claimBuildDir(targetDir, repoRoot, cargoPackages());
  const child = spawn("nice", ["-n", "10", "cargo", "test", "--release", "--workspace"], {
    cwd: repoRoot,
    // In the cache, like the program builds: a fresh clone reuses compiled dependencies.
    env: { ...process.env, CARGO_TARGET_DIR: targetDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let passed = 0;
  let failed = 0;
  let pending = "";
  const scan = (chunk) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const m = /test result: \w+\. (\d+) passed; (\d+) failed/.exec(line);
      if (m) {
        passed += Number(m[1]);
        failed += Number(m[2]);
      }
    }
  };
  child.stdout.on("data", (d) => {
    process.stdout.write(d);
    scan(d.toString());
  });
  child.stderr.on("data", (d) => process.stderr.write(d));
  const status = await new Promise((resolvePromise) => child.on("close", (code) => resolvePromise(code ?? 1)));
  scan("\n");
  return { status, counts: { passed, failed }, seconds: (Date.now() - started) / 1000 };
}
