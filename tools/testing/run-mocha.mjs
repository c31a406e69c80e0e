import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(repoRoot, "package.json"));
const reporter = join(repoRoot, "tools", "testing", "mocha-counts.cjs");

/**
 * Runs ts-mocha on `files` with the counting reporter, output streamed to this process.
 * Resolves with mocha's exit status and its counts (null if mocha died before reporting).
 */
export async function runMocha({ files, project, cwd = repoRoot, env = {}, timeoutMs = 120_000 }) {
  const dir = mkdtempSync(join(tmpdir(), "nd-mocha-"));
  const countsFile = join(dir, "counts.json");
  const started = Date.now();
  try {
    const args = [require.resolve("ts-mocha/bin/ts-mocha"), "-p", project, "--timeout", String(timeoutMs), "--reporter", reporter, ...files];
    const child = spawn(process.execPath, args, {
      cwd,
      stdio: "inherit",
      env: { ...process.env, ...env, ND_MOCHA_COUNTS_FILE: countsFile },
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const status = await new Promise((resolvePromise) => child.on("close", (code, signal) => resolvePromise(code ?? (signal ? 128 : 1))));
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
    let counts = null;
    try {
      counts = JSON.parse(readFileSync(countsFile, "utf8"));
    } catch {
      // mocha exited before its end-of-run event: counted as a failure by the caller
    }
    return { status, counts, seconds: (Date.now() - started) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
