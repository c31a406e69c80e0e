// Builds tools/sbf/idl (the nd-idl helper) once with the host cargo into the cache, keyed by a hash
// of its sources, and returns the binary's path. A later call with unchanged sources is free.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SBF_DIR, cacheRoot } from "./paths.mjs";
import { hostCargo, hostCargoEnv } from "./host-cargo.mjs";

const HELPER_DIR = join(SBF_DIR, "idl");

export function idlHelperBinary() {
  const h = createHash("sha256");
  for (const f of ["Cargo.toml", "Cargo.lock", ...readdirSync(join(HELPER_DIR, "src")).sort().map((f) => `src/${f}`)]) {
    h.update(f).update(readFileSync(join(HELPER_DIR, f)));
  }
  const targetDir = join(cacheRoot(), "idl-helper", h.digest("hex").slice(0, 12));
  const binary = join(targetDir, "release", "nd-idl");
  if (existsSync(binary)) return binary;

  console.log(`[idl] building the nd-idl helper once (${targetDir})`);
  const r = spawnSync(hostCargo(), ["build", "--release", "--locked", "--quiet", "--manifest-path", join(HELPER_DIR, "Cargo.toml")], {
    stdio: "inherit",
    env: hostCargoEnv({ CARGO_TARGET_DIR: targetDir }),
  });
  if (r.status !== 0 || !existsSync(binary)) {
    throw new Error(`building the nd-idl helper failed (cargo build --release --locked --manifest-path ${join(HELPER_DIR, "Cargo.toml")}); see above`);
  }
  return binary;
}
