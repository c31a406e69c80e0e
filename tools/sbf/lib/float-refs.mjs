// Prints an LLVM module that references every soft-float helper. Linked first in pass 1
// (archives are searched in order), its undefined references make sbpf-linker load those helpers
// from compiler-builtins' archive even when no float operation references them yet (rustc leaves
// float libcalls to the backend), so the legaliser can turn float instructions into calls.
import { FLOAT_BUILTINS } from "./paths.mjs";

const lines = [
  'target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"',
  'target triple = "bpfel"',
  ...FLOAT_BUILTINS.map((f) => `declare void @${f}()`),
  `@llvm.used = appending global [${FLOAT_BUILTINS.length} x ptr] [${FLOAT_BUILTINS.map((f) => `ptr @${f}`).join(", ")}], section "llvm.metadata"`,
];
console.log(lines.join("\n"));
