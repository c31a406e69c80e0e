// What the build reads from Anchor.toml: program ids and the features that change the IDL.
import { readToml } from "./toml.mjs";

export function readAnchorToml(path) {
  return readToml(path);
}

/** Anchor's `[features]` defaults: account resolution on, the safety-comment lint on. */
export function anchorFeatures(toml) {
  const f = toml?.features ?? {};
  return { resolution: f.resolution !== false, skipLint: f.skip_lint === true };
}

/** lib name -> address from `[programs.localnet]` (a string, or an inline table with `address`). */
export function localnetPrograms(toml) {
  const section = toml["programs.localnet"] ?? {};
  return Object.fromEntries(
    Object.entries(section).map(([name, v]) => [name, typeof v === "string" ? v : typeof v === "object" && v !== null ? v.address : undefined]),
  );
}
