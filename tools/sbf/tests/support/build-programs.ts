// Builds programs of the toolchain's test workspace with tools/sbf/build.mjs (which also writes
// their IDL and types) and keeps one copy of each .so per SBPF version, so a suite can run both
// versions from a single build pass.
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync } from "fs";
import { join, resolve } from "path";

export type Arch = "v3" | "v0";
export const ARCHS: readonly Arch[] = ["v3", "v0"];
export const TEST_WORKSPACE = resolve(__dirname, "..", "workspace");
const BUILD = resolve(__dirname, "..", "..", "build.mjs");

export function runBuild(args: readonly string[]): void {
  execFileSync(process.execPath, [BUILD, "--workspace", TEST_WORKSPACE, ...args], { stdio: "inherit" });
}

/**
 * Builds `lib` for v0 and then v3 (so target/deploy ends with the default version, as a plain
 * `npm run build:programs` leaves it) and returns the path of each version's copy.
 */
export function buildForEachArch(lib: string): Record<Arch, string> {
  const paths: Partial<Record<Arch, string>> = {};
  for (const arch of ["v0", "v3"] as const) {
    runBuild(["--arch", arch, "--program", lib]);
    const dir = join(TEST_WORKSPACE, "target", "deploy-by-arch", arch);
    mkdirSync(dir, { recursive: true });
    paths[arch] = join(dir, `${lib}.so`);
    copyFileSync(join(TEST_WORKSPACE, "target", "deploy", `${lib}.so`), paths[arch]);
  }
  return { v3: must(paths.v3), v0: must(paths.v0) };
}

function must(path: string | undefined): string {
  if (!path) throw new Error("build pass missing");
  return path;
}
