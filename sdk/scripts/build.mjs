#!/usr/bin/env node
// Builds @normaldance/sdk: IDLs synced from target/, declarations by tsc (which also type-checks),
// then one ESM and one CJS bundle of src/ by esbuild with every dependency left external.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { syncIdl } from "./sync-idl.mjs";

const sdkDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(sdkDir, "dist");
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
syncIdl();

const tsc = createRequire(join(sdkDir, "package.json")).resolve("typescript/bin/tsc");
const typecheck = spawnSync(process.execPath, [tsc, "-p", join(sdkDir, "tsconfig.json")], { stdio: "inherit" });
if (typecheck.status !== 0) {
  console.error("sdk build: type errors (see above)");
  process.exit(typecheck.status ?? 1);
}

const common = {
  entryPoints: [join(sdkDir, "src", "index.ts")],
  bundle: true,
  packages: "external",
  platform: "neutral",
  target: "es2020",
  sourcemap: true,
  logLevel: "warning",
};
await build({ ...common, format: "esm", outfile: join(dist, "index.mjs") });
await build({ ...common, format: "cjs", outfile: join(dist, "index.cjs") });
console.log(`sdk build: dist/index.mjs, dist/index.cjs, dist/types in ${((Date.now() - started) / 1000).toFixed(1)}s`);
