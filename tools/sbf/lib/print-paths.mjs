// Prints the toolchain locations as shell assignments for install.sh.
import { toolchainPaths, VERSIONS } from "./paths.mjs";

const tc = toolchainPaths();
const vars = {
  TC_ROOT: tc.root,
  SBPF_LINKER: tc.sbpfLinker,
  SBPF_LINKER_VERSION: VERSIONS.sbpfLinker,
  RUSTC_VERSION: VERSIONS.rustc,
  LLVM_VERSION: VERSIONS.llvm,
};
for (const [k, v] of Object.entries(vars)) console.log(`${k}='${v}'`);
