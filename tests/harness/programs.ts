import { PublicKey } from "@solana/web3.js";
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import type { ProgramSpec } from "./test-context";

export const REPO_ROOT = resolve(__dirname, "..", "..");

/** Where the build puts a program: `target/deploy/<name>.so` (v3 unless the build was told otherwise). */
export function programSoPath(spec: ProgramSpec): string {
  const path = spec.so ? resolve(REPO_ROOT, spec.so) : join(REPO_ROOT, "target", "deploy", `${spec.name}.so`);
  if (!existsSync(path)) {
    throw new Error(`program ${spec.name}: ${path} does not exist; build it with \`npm run build:programs\``);
  }
  return path;
}

/** Where the build puts a program's IDL: `target/idl/<name>.json`. */
export function programIdlPath(name: string): string {
  return join(REPO_ROOT, "target", "idl", `${name}.json`);
}

/** The id a spec names, or else the one its built IDL records (from the program's `declare_id!`). */
export function programIdOf(spec: ProgramSpec): PublicKey {
  if (spec.programId) return spec.programId;
  const path = programIdlPath(spec.name);
  if (!existsSync(path)) {
    throw new Error(`program ${spec.name}: no programId given and ${path} does not exist; build it with \`npm run build:programs\``);
  }
  const idl: unknown = JSON.parse(readFileSync(path, "utf8"));
  const address = typeof idl === "object" && idl !== null && "address" in idl ? idl.address : undefined;
  if (typeof address !== "string") throw new Error(`program ${spec.name}: ${path} has no "address"`);
  return new PublicKey(address);
}
