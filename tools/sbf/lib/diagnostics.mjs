// Turns LLVM/linker output into a message that names the Rust function and the construct.
import { spawnSync } from "node:child_process";

const KNOWN = [
  [/only small returns supported|aggregate returns are not supported/, "a return value wider than 64 bits"],
  [/too many arguments|stack arguments are not supported/, "a call with more than 5 arguments"],
  [/built-in function '(__\w+ti\d)'/, "128-bit integer arithmetic"],
  [/built-in function '(__\w+[ds]f\d)'/, "floating point"],
  [/unsupported signed division/, "signed division"],
  [/Branch target out of insn range|jump offset/i, "a function too large for 16-bit jump offsets"],
  [/writable static/, "a writable static (.data/.bss)"],
  [/BPF stack limit is exceeded/, "a stack frame larger than 4 KB"],
  [/frames deep/, "calls nested deeper than the SVM allows"],
  [/LLVM crashed/, "one the LLVM BPF backend crashes on (a backend bug; please report it with this function)"],
];

export function explainDiagnostics(output, tc) {
  const lines = output.split("\n").filter((l) => /error|llvm: /i.test(l));
  if (lines.length === 0) return output.trim();
  const mangled = new Set();
  for (const l of lines) for (const m of l.matchAll(/\b(_ZN[\w$.]+|_R[\w$]+)/g)) mangled.add(m[1]);
  const names = demangle([...mangled], tc);
  return lines
    .map((l) => {
      let text = l.replace(/\b(_ZN[\w$.]+|_R[\w$]+)/g, (s) => `\`${names.get(s) ?? s}\``);
      const kind = KNOWN.find(([re]) => re.test(l));
      if (kind) text += `\n    construct: ${kind[1]}`;
      return `  ${text.trim()}`;
    })
    .join("\n");
}

function demangle(symbols, tc) {
  const map = new Map();
  if (symbols.length === 0) return map;
  const r = spawnSync(tc.cxxfilt, [], { input: symbols.join("\n"), encoding: "utf8" });
  const out = (r.stdout ?? "").split("\n");
  symbols.forEach((s, i) => map.set(s, (out[i] || s).replace(/::h[0-9a-f]{16}$/, "")));
  return map;
}
