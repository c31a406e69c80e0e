// The programs the validator lane loads at genesis: every program an Anchor.toml of the project
// names (`[programs.localnet]`) whose .so has been built, at the id Anchor.toml gives it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { localnetPrograms, readAnchorToml } from "../sbf/lib/anchor-toml.mjs";

/** The project's workspace, then Metaplex Token Metadata (built from crates.io by setup). */
const WORKSPACES = [".", join("tools", "sbf", "token-metadata")];

export function genesisPrograms(repoRoot) {
  const programs = [];
  for (const ws of WORKSPACES) {
    const toml = join(repoRoot, ws, "Anchor.toml");
    if (!existsSync(toml)) continue;
    for (const [name, programId] of Object.entries(localnetPrograms(readAnchorToml(toml)))) {
      const so = join(repoRoot, ws, "target", "deploy", `${name}.so`);
      if (programId && existsSync(so)) programs.push({ name, programId, so });
    }
  }
  return programs;
}
