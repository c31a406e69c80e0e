// IDL generation as `anchor build` (anchor-cli 0.32.1) does it: the program's tests are built for
// the host with its `idl-build` feature, the `__anchor_private_print_idl*` tests print the IDL in
// pieces, and those are reassembled, normalised and written as target/idl/<name>.json plus the
// camelCase TypeScript type target/types/<name>.ts (the nd-idl helper does that part, through the
// same serde types as anchor-cli so the files match byte for byte).
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { hostCargo, hostCargoEnv } from "./host-cargo.mjs";
import { idlHelperBinary } from "./idl-helper.mjs";
import { cargoBuildDir } from "./paths.mjs";
import { isAnchorProgram, readManifest } from "./program-manifest.mjs";

/** Whether `program` has an IDL at all: plain Solana programs (no anchor-lang) have none. */
export function hasIdl(program) {
  return isAnchorProgram(readManifest(program.dir));
}

/**
 * Writes the program's IDL and types under <ws>/target/{idl,types}; returns { name, address }.
 * `features` are Anchor.toml's { resolution, skipLint }.
 */
export function buildIdl(ws, program, features) {
  checkIdlBuildFeature(program);
  const programPath = realpathSync(program.dir);
  // anchor-cli runs `cargo test __anchor_private_print_idl --features idl-build -- --show-output
  // --quiet` in the program's directory. `--lib` is added: the print tests live in the library, so
  // the output is the same, and integration tests and doctests (which may pull heavy
  // dev-dependencies) are not built for nothing.
  const test = spawnSync(
    hostCargo(),
    ["test", "__anchor_private_print_idl", "--features", "idl-build", "--lib", "--", "--show-output", "--quiet"],
    {
      cwd: programPath,
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 30,
      encoding: "utf8",
      env: hostCargoEnv({
        ANCHOR_IDL_BUILD_NO_DOCS: "FALSE",
        ANCHOR_IDL_BUILD_RESOLUTION: features.resolution ? "TRUE" : "FALSE",
        ANCHOR_IDL_BUILD_SKIP_LINT: features.skipLint ? "TRUE" : "FALSE",
        ANCHOR_IDL_BUILD_PROGRAM_PATH: programPath,
        RUSTFLAGS: "-A warnings",
        // Host artifacts apart from the SBF ones (and from any `cargo test` of the workspace,
        // whose RUSTFLAGS differ and would make the two rebuild each other).
        CARGO_TARGET_DIR: cargoBuildDir(ws, "idl-build"),
      }),
    },
  );
  if (test.status !== 0) {
    // The lint's and any test failure's explanation is on stdout.
    process.stderr.write(test.stdout ?? "");
    throw new Error(`building the IDL of ${program.lib} failed: cargo test __anchor_private_print_idl --features idl-build exited with ${test.status ?? test.signal}`);
  }
  const write = spawnSync(idlHelperBinary(), ["write", "--idl-dir", join(ws, "target", "idl"), "--ts-dir", join(ws, "target", "types")], {
    input: test.stdout,
    stdio: ["pipe", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (write.status !== 0) throw new Error(`the IDL of ${program.lib} could not be assembled (see above)`);
  return JSON.parse(write.stdout.trim().split("\n").pop());
}

/** anchor-cli's check: without an `idl-build` feature the print tests do not exist. */
function checkIdlBuildFeature(program) {
  const manifest = readManifest(program.dir);
  const features = manifest.features ?? {};
  const usesSpl = "anchor-spl" in (manifest.dependencies ?? {}) || "dependencies.anchor-spl" in manifest;
  if (!("idl-build" in features)) {
    const spl = usesSpl ? ', "anchor-spl/idl-build"' : "";
    throw new Error(`\`idl-build\` feature is missing. To solve, add\n\n[features]\nidl-build = ["anchor-lang/idl-build"${spl}]\n\nin ${join(program.dir, "Cargo.toml")}`);
  }
  const list = Array.isArray(features["idl-build"]) ? features["idl-build"] : [];
  if (usesSpl && !list.includes("anchor-spl/idl-build")) {
    console.warn(`[idl] warning: ${program.lib}: the \`idl-build\` feature does not enable \`anchor-spl/idl-build\`; this is likely to result in cryptic compile errors`);
  }
}
