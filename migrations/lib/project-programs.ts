import { Keypair, PublicKey } from "@solana/web3.js";
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";

export const REPO_ROOT = resolve(__dirname, "..", "..");

/** A program of the workspace as the build leaves it: `target/deploy/<name>.so`, its id and keypair. */
export interface ProjectProgram {
  readonly name: string;
  readonly programId: PublicKey;
  /** Absent until `npm run build:programs` has built it. */
  readonly so: string | null;
  /** `keys/<name>-keypair.json`: needed only to deploy it for the first time. */
  readonly keypairPath: string;
}

/** Every program `[programs.localnet]` of Anchor.toml names, in the order it names them. */
export function projectPrograms(root: string = REPO_ROOT): ProjectProgram[] {
  return Object.entries(localnetSection(join(root, "Anchor.toml"))).map(([name, address]) => {
    const so = join(root, "target", "deploy", `${name}.so`);
    return { name, programId: new PublicKey(address), so: existsSync(so) ? so : null, keypairPath: join(root, "keys", `${name}-keypair.json`) };
  });
}

export function readKeypair(path: string): Keypair {
  return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(path, "utf8")) as number[]));
}

/** `name = "address"` lines of the `[programs.localnet]` table (the only form the project uses). */
function localnetSection(path: string): Record<string, string> {
  const programs: Record<string, string> = {};
  let inSection = false;
  for (const raw of readFileSync(path, "utf8").split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line.startsWith("[")) {
      inSection = line === "[programs.localnet]";
      continue;
    }
    const entry = inSection ? /^([A-Za-z0-9_-]+)\s*=\s*"([1-9A-HJ-NP-Za-km-z]{32,44})"$/.exec(line) : null;
    if (entry) programs[entry[1]] = entry[2];
  }
  return programs;
}
