// A throw-away Anchor workspace with one program whose declare_id!, keypair and Anchor.toml entry
// can be made to disagree, to check that tools/sbf/build.mjs refuses it before compiling anything.
import { Keypair } from "@solana/web3.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export interface IdWorkspaceOptions {
  readonly declareId?: "keypair" | "other";
  readonly anchorToml?: "keypair" | "other" | "missing";
  readonly keypair?: "present" | "missing";
  /** Whether the program depends on anchor-lang (default); plain programs may lack a keypair. */
  readonly anchor?: boolean;
}

export function idWorkspace(options: IdWorkspaceOptions = {}): { dir: string; address: string; otherAddress: string } {
  const dir = mkdtempSync(join(tmpdir(), "nd-id-check-"));
  const key = Keypair.generate();
  const address = key.publicKey.toBase58();
  const otherAddress = Keypair.generate().publicKey.toBase58();
  const program = join(dir, "programs", "id-check");
  mkdirSync(join(program, "src"), { recursive: true });
  writeFileSync(join(dir, "Cargo.toml"), '[workspace]\nresolver = "2"\nmembers = ["programs/*"]\n');
  const entry = options.anchorToml === "missing" ? "" : `id_check = "${options.anchorToml === "other" ? otherAddress : address}"\n`;
  writeFileSync(join(dir, "Anchor.toml"), `[programs.localnet]\n${entry}\n[provider]\ncluster = "localnet"\n`);
  writeFileSync(
    join(program, "Cargo.toml"),
    `[package]\nname = "id-check"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\ncrate-type = ["cdylib", "lib"]\nname = "id_check"\n\n[features]\nidl-build = []\n\n[dependencies]\n${options.anchor === false ? "" : 'anchor-lang = "=0.32.1"\n'}`,
  );
  writeFileSync(join(program, "src", "lib.rs"), `declare_id!("${options.declareId === "other" ? otherAddress : address}");\n`);
  if (options.keypair !== "missing") {
    mkdirSync(join(dir, "keys"));
    writeFileSync(join(dir, "keys", "id_check-keypair.json"), JSON.stringify([...key.secretKey]));
  }
  return { dir, address, otherAddress };
}
