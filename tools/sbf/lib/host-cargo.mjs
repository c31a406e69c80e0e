// The host's rustup cargo, for builds that run on this machine (the IDL's idl-build tests and the
// nd-idl helper) rather than for SBF: Debian's /usr/bin/cargo drives the SBF toolchain only.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

export function hostCargo() {
  const candidates = [
    process.env.ND_HOST_CARGO,
    join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin", "cargo"),
    ...(process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, "cargo")),
  ].filter(Boolean);
  const found = candidates.find((c) => existsSync(c) && c !== "/usr/bin/cargo" && c !== "/bin/cargo");
  if (!found) {
    throw new Error("no rustup cargo found for host builds (looked in $ND_HOST_CARGO, $CARGO_HOME/bin, ~/.cargo/bin and PATH); install rustup's stable toolchain");
  }
  return found;
}

/**
 * The environment for a host cargo run: this process's, minus what the SBF build or an enclosing
 * cargo would inject (rustc, flags, target dir), so host artifacts never mix with SBF ones.
 */
export function hostCargoEnv(extra) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(RUSTC|RUSTC_WRAPPER|RUSTC_WORKSPACE_WRAPPER|RUSTC_BOOTSTRAP|RUSTFLAGS|RUSTDOCFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_TARGET|CARGO_TARGET_DIR|CARGO_BUILD_RUSTFLAGS)$/.test(key) || key.startsWith("ND_SBF")) {
      delete env[key];
    }
  }
  return { ...env, ...extra };
}
