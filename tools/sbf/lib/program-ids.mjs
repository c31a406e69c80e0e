// A program's id is written in three places that must agree: `declare_id!` in its source (which
// the IDL's `address` comes from), its keypair (keys/<lib>-keypair.json, deployed from
// target/deploy/) and Anchor.toml's `[programs.localnet]`. A mismatch deploys a program that
// rejects every instruction with DeclaredProgramIdMismatch, so the build refuses it up front.
// Anchor programs need all three. A plain Solana program built from a fixed (e.g. mainnet)
// address has no keypair: its Anchor.toml entry and, if present, its declare_id! must agree.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readAnchorToml, localnetPrograms } from "./anchor-toml.mjs";
import { base58Encode } from "./base58.mjs";
import { isAnchorProgram, readManifest } from "./program-manifest.mjs";

// DER header of a PKCS#8 Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** keys/<lib>-keypair.json (this project's place), else anchor's target/deploy/<lib>-keypair.json. */
export function programKeypairPath(ws, lib) {
  return [join(ws, "keys", `${lib}-keypair.json`), join(ws, "target", "deploy", `${lib}-keypair.json`)].find((p) => existsSync(p)) ?? null;
}

/** The keypair file's address, after checking its secret half really derives its public half. */
export function keypairAddress(path) {
  const bytes = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(bytes) || bytes.length !== 64 || !bytes.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) {
    throw new Error(`${path} is not a keypair file (a JSON array of 64 bytes: seed then public key)`);
  }
  const seed = Buffer.from(bytes.slice(0, 32));
  const publicKey = Buffer.from(bytes.slice(32));
  const derived = createPublicKey(createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" }))
    .export({ format: "der", type: "spki" })
    .subarray(-32);
  if (!derived.equals(publicKey)) throw new Error(`${path}: its public key is not the one its secret key derives`);
  return base58Encode(publicKey);
}

/** `declare_id!("…")` as anchor's `keys sync` finds it: at a line start in src/lib.rs, then src/id.rs. */
export function declaredId(programDir) {
  for (const file of ["lib.rs", "id.rs"]) {
    const path = join(programDir, "src", file);
    if (!existsSync(path)) continue;
    const m = /^(?:\w+::)*declare_id!\("(\w*)"\)/m.exec(readFileSync(path, "utf8"));
    if (m) return { id: m[1], path };
  }
  return null;
}

/**
 * Checks every program's three ids agree; returns lib -> address. Throws one error listing every
 * mismatch or missing piece, each naming the files involved.
 */
export function checkProgramIds(ws, programs) {
  const tomlPath = join(ws, "Anchor.toml");
  const problems = [];
  const localnet = existsSync(tomlPath) ? localnetPrograms(readAnchorToml(tomlPath)) : null;
  if (!localnet) problems.push(`${ws} has no Anchor.toml (it must list each program under [programs.localnet])`);
  const rel = (p) => relative(ws, p);
  const ids = {};
  for (const p of programs) {
    const anchor = isAnchorProgram(readManifest(p.dir));
    const keypair = programKeypairPath(ws, p.lib);
    const listed = localnet?.[p.lib];
    const declared = declaredId(p.dir);
    if (!keypair && (anchor || listed === undefined)) {
      problems.push(`${p.lib}: no keypair at keys/${p.lib}-keypair.json (nor target/deploy/${p.lib}-keypair.json)`);
      continue;
    }
    // The keypair is the reference when there is one, else the Anchor.toml entry.
    const address = keypair ? keypairAddress(keypair) : listed;
    const source = keypair ? rel(keypair) : "Anchor.toml [programs.localnet]";
    ids[p.lib] = address;
    if (declared && declared.id !== address) {
      problems.push(`${p.lib}: declare_id!("${declared.id}") in ${rel(declared.path)} differs from ${source} (${address})`);
    } else if (!declared && anchor) {
      problems.push(`${p.lib}: no declare_id!("…") at the start of a line in ${rel(join(p.dir, "src", "lib.rs"))} or src/id.rs`);
    }
    if (localnet && keypair) {
      if (listed === undefined) problems.push(`${p.lib}: Anchor.toml [programs.localnet] has no entry; add ${p.lib} = "${address}"`);
      else if (listed !== address) problems.push(`${p.lib}: Anchor.toml [programs.localnet] says ${listed}, but ${source} is ${address}`);
    }
  }
  if (problems.length) throw new Error(`program ids disagree:\n  ${problems.join("\n  ")}`);
  return ids;
}
