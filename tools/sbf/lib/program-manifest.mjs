// Facts about a program crate read from its Cargo.toml.
import { join } from "node:path";
import { readToml } from "./toml.mjs";

export function readManifest(programDir) {
  return readToml(join(programDir, "Cargo.toml"));
}

/** Whether the crate depends on anchor-lang (only Anchor programs have an IDL). */
export function isAnchorProgram(manifest) {
  return "anchor-lang" in (manifest.dependencies ?? {}) || "dependencies.anchor-lang" in manifest;
}
