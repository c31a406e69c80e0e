// Where the solana-test-validator binary lives: built once from crates.io into the user cache,
// keyed by its version (outside the work tree, so clones and `git clean` keep it).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheRoot } from "../sbf/lib/paths.mjs";

/**
 * The newest agave-validator that builds here: 4.3.0 declares rust-version 1.97.1, above the
 * machine's rustup (1.95) and Debian (1.96) compilers.
 */
export const VALIDATOR_VERSION = "4.2.2";

export function validatorPaths(version = VALIDATOR_VERSION) {
  const root = join(cacheRoot(), `agave-${version}`);
  return {
    version,
    root,
    binary: join(root, "bin", "solana-test-validator"),
    // cargo's intermediate files; kept so a reinstall (e.g. after deleting the binary) is incremental
    buildDir: join(cacheRoot(), `agave-${version}-build`),
  };
}

// `node tools/validator/paths.mjs`: shell assignments for install.sh.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const p = validatorPaths();
  const vars = { VALIDATOR_VERSION: p.version, VALIDATOR_ROOT: p.root, VALIDATOR_BIN: p.binary, VALIDATOR_BUILD_DIR: p.buildDir };
  for (const [k, v] of Object.entries(vars)) console.log(`${k}='${v}'`);
}
