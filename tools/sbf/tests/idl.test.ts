// IDL generation by tools/sbf/build.mjs: target/idl/<name>.json and target/types/<name>.ts must be
// what `anchor build` (anchor-cli 0.32.1) writes, and the build must refuse programs whose
// declare_id!, keypair and Anchor.toml disagree.
import { expect } from "chai";
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { IDL_PATH, LIB, TYPES_PATH } from "./acceptance/client";
import { TEST_WORKSPACE, runBuild } from "./support/build-programs";
import { idWorkspace } from "./support/id-workspace";

const REPO = resolve(__dirname, "..", "..", "..");
const GOLDEN = join(__dirname, "fixtures", "anchor-cli-0.32.1");
const PROGRAM_ID = "F8dcLRUGK4Z1fotjFaPx3y6L2pnLQdBJHruQ4EMxCox2";
const sighash = (namespace: string, name: string) => [...createHash("sha256").update(`${namespace}:${name}`).digest().subarray(0, 8)];

interface IdlAccountItem {
  name: string;
  writable?: boolean;
  signer?: boolean;
  address?: string;
  relations?: string[];
  pda?: { seeds: { kind: string; value?: number[]; path?: string }[] };
}
interface IdlFile {
  address: string;
  metadata: { name: string; version: string; spec: string; description?: string };
  instructions: { name: string; docs?: string[]; discriminator: number[]; accounts: IdlAccountItem[]; args: { name: string; type: unknown }[] }[];
  accounts: { name: string; discriminator: number[] }[];
  events: { name: string; discriminator: number[] }[];
  errors: { code: number; name: string; msg?: string }[];
  types: { name: string; type: { kind: string; fields?: { name: string; type: unknown }[] } }[];
  constants: { name: string; type: unknown; value: string }[];
}

describe("IDL generation (target/idl, target/types) as anchor-cli 0.32.1 does it", function () {
  this.timeout(3_600_000);
  let text: string;
  let idl: IdlFile;
  let types: string;

  before(() => {
    runBuild(["--program", LIB]);
    text = readFileSync(IDL_PATH, "utf8");
    idl = JSON.parse(text) as IdlFile;
    types = readFileSync(TYPES_PATH, "utf8");
  });

  it("records the declare_id! address and the crate's metadata", () => {
    expect(idl.address).to.equal(PROGRAM_ID);
    expect(idl.metadata).to.deep.equal({
      name: "nd_acceptance",
      version: "0.1.0",
      spec: "0.1.0",
      description:
        "Toolchain acceptance program: rent-paid init, PDAs, has_one, constraints, events (emit! and emit_cpi!), custom errors, SPL Token and Token-2022 transfer_checked, init_if_needed, close and realloc",
    });
  });

  it("lists the instructions sorted by name, with their sighash discriminators, args and docs", () => {
    const names = ["close_position", "create_note", "deposit", "initialize", "set_cap", "update_note", "withdraw"];
    expect(idl.instructions.map((ix) => ix.name)).to.deep.equal(names);
    for (const ix of idl.instructions) expect(ix.discriminator, ix.name).to.deep.equal(sighash("global", ix.name));
    const byName = Object.fromEntries(idl.instructions.map((ix) => [ix.name, ix]));
    expect(byName.deposit.args).to.deep.equal([{ name: "amount", type: "u64" }]);
    expect(byName.update_note.args).to.deep.equal([{ name: "text", type: "string" }]);
    expect(byName.initialize.docs).to.deep.equal(["Creates the vault PDA (rent paid by the authority) and its associated token account."]);
  });

  it("carries anchor's account resolution: PDA seeds, has_one relations, fixed addresses and the event-cpi accounts", () => {
    const deposit = idl.instructions.find((ix) => ix.name === "deposit");
    const accounts = Object.fromEntries((deposit?.accounts ?? []).map((a) => [a.name, a]));
    expect(Object.keys(accounts)).to.deep.equal([
      "owner", "vault", "position", "mint", "owner_tokens", "vault_tokens", "token_program", "system_program", "event_authority", "program",
    ]);
    expect(accounts.owner).to.deep.equal({ name: "owner", writable: true, signer: true });
    expect(accounts.mint.relations).to.deep.equal(["vault"]);
    expect(accounts.position.pda?.seeds).to.deep.equal([
      { kind: "const", value: [...Buffer.from("position")] },
      { kind: "account", path: "vault" },
      { kind: "account", path: "owner" },
    ]);
    expect(accounts.system_program.address).to.equal("11111111111111111111111111111111");
    expect(accounts.event_authority.pda?.seeds).to.deep.equal([{ kind: "const", value: [...Buffer.from("__event_authority")] }]);
    // The event-cpi `program` account carries no address: clients fill in the program's own id.
    expect(accounts.program).to.deep.equal({ name: "program" });
    const initialize = idl.instructions.find((ix) => ix.name === "initialize");
    expect(initialize?.accounts.find((a) => a.name === "associated_token_program")?.address).to.equal("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");
  });

  it("lists accounts, events, errors, constants and types", () => {
    expect(idl.accounts).to.deep.equal(["Note", "Position", "Vault"].map((name) => ({ name, discriminator: sighash("account", name) })));
    const events = ["CapChanged", "Deposited", "NoteWritten", "PositionClosed", "VaultInitialized", "Withdrawn"];
    expect(idl.events).to.deep.equal(events.map((name) => ({ name, discriminator: sighash("event", name) })));
    expect(idl.errors.map((e) => [e.code, e.name])).to.deep.equal([
      [6000, "ZeroAmount"], [6001, "CapExceeded"], [6002, "CapBelowTotal"], [6003, "InsufficientFunds"], [6004, "PositionNotEmpty"], [6005, "NoteTooLong"],
    ]);
    expect(idl.errors[1].msg).to.equal("the deposit would exceed the vault's cap");
    expect(idl.constants.map((c) => [c.name, c.type, c.value])).to.deep.equal([
      ["MAX_NOTE_LEN", "u32", "512"],
      ["NOTE_SEED", "bytes", "[110, 111, 116, 101]"],
      ["POSITION_SEED", "bytes", "[112, 111, 115, 105, 116, 105, 111, 110]"],
      ["VAULT_SEED", "bytes", "[118, 97, 117, 108, 116]"],
    ]);
    // Module paths (nd_acceptance::state::Vault) are shortened to bare names; event types included.
    expect(idl.types.map((t) => t.name)).to.deep.equal([...events, "Note", "Position", "Vault"].sort());
    expect(idl.types.find((t) => t.name === "Vault")?.type.fields?.map((f) => f.name)).to.deep.equal([
      "authority", "mint", "token_program", "vault_tokens", "max_total", "total", "bump",
    ]);
  });

  it("writes the JSON as serde_json's pretty printer does, without a trailing newline", () => {
    expect(text).to.equal(JSON.stringify(idl, null, 2));
    expect(text.endsWith("}")).to.equal(true);
  });

  it("writes the camelCase TypeScript type under anchor's header", () => {
    const header = [
      "/**",
      " * Program IDL in camelCase format in order to be used in JS/TS.",
      " *",
      " * Note that this is only a type helper and is not the actual IDL. The original",
      " * IDL can be found at `target/idl/nd_acceptance.json`.",
      " */",
      "export type NdAcceptance = ",
    ].join("\n");
    expect(types.startsWith(header)).to.equal(true);
    expect(types.endsWith("};\n")).to.equal(true);
    const camel = JSON.parse(types.slice(header.length, -2)) as IdlFile;
    expect(camel.address).to.equal(PROGRAM_ID);
    expect(camel.metadata.name).to.equal("ndAcceptance");
    expect(camel.instructions.map((ix) => ix.name)).to.deep.equal(["closePosition", "createNote", "deposit", "initialize", "setCap", "updateNote", "withdraw"]);
    expect(camel.accounts.map((a) => a.name)).to.deep.equal(["note", "position", "vault"]);
    expect(camel.events.map((e) => e.name)).to.deep.equal(["capChanged", "deposited", "noteWritten", "positionClosed", "vaultInitialized", "withdrawn"]);
    expect(camel.errors.map((e) => e.name)).to.deep.equal(["zeroAmount", "capExceeded", "capBelowTotal", "insufficientFunds", "positionNotEmpty", "noteTooLong"]);
    // Discriminators stay those of the snake_case names; public keys are never re-cased.
    expect(camel.instructions[0].discriminator).to.deep.equal(sighash("global", "close_position"));
    const deposit = camel.instructions.find((ix) => ix.name === "deposit");
    expect(deposit?.accounts.map((a) => a.name)).to.include.members(["ownerTokens", "vaultTokens", "eventAuthority"]);
    expect(deposit?.accounts.find((a) => a.name === "systemProgram")?.address).to.equal("11111111111111111111111111111111");
    // Constant names are values of "name" keys too, so anchor-cli camelCases them.
    expect(camel.constants.map((c) => c.name)).to.deep.equal(["maxNoteLen", "noteSeed", "positionSeed", "vaultSeed"]);
  });

  it("type-checks a Program<NdAcceptance> client against the generated type", () => {
    const dir = join(TEST_WORKSPACE, "target", "idl-typecheck");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "program-client.ts");
    writeFileSync(
      file,
      `import { BN, Program } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import type { NdAcceptance } from "../types/nd_acceptance";

export async function use(program: Program<NdAcceptance>, key: PublicKey): Promise<BN> {
  await program.methods.deposit(new BN(1)).accountsPartial({ owner: key, vault: key, ownerTokens: key, tokenProgram: key }).instruction();
  await program.methods.updateNote("text").accounts({ owner: key }).instruction();
  const vault = await program.account.vault.fetch(key);
  const position = await program.account.position.fetch(key);
  const deposits: number = position.deposits;
  // @ts-expect-error not an instruction of the program
  void program.methods.notAnInstruction;
  // @ts-expect-error deposit takes an integer (BN), not a string
  void program.methods.deposit("1");
  // @ts-expect-error the program has no such account type
  void program.account.counter;
  return vault.maxTotal.addn(deposits);
}
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [join(REPO, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--skipLibCheck", "--esModuleInterop", "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node10", "--types", "node", file],
      { cwd: REPO, encoding: "utf8" },
    );
    expect(tsc.status, `${tsc.stdout}${tsc.stderr}`).to.equal(0);
  });

  it("is byte for byte what anchor-cli 0.32.1 wrote for the same program (fixtures from `anchor idl build`)", () => {
    expect(text).to.equal(readFileSync(join(GOLDEN, `${LIB}.json`), "utf8"));
    expect(types).to.equal(readFileSync(join(GOLDEN, `${LIB}.ts`), "utf8"));
  });

  it("matches anchor-cli 0.32.1 on IDL edge cases too (clashing module paths, generics, zero-copy, non-ASCII, re-cased values)", () => {
    const fixture = join(__dirname, "idl-fixture");
    const r = spawnSync(process.execPath, [join(REPO, "tools", "sbf", "build.mjs"), "--workspace", fixture, "--idl-only"], { stdio: "inherit" });
    expect(r.status).to.equal(0);
    for (const [dir, ext] of [["idl", "json"], ["types", "ts"]]) {
      expect(readFileSync(join(fixture, "target", dir, `idl_edge.${ext}`), "utf8"), `idl_edge.${ext}`).to.equal(readFileSync(join(GOLDEN, `idl_edge.${ext}`), "utf8"));
    }
  });

  describe("program id agreement", () => {
    const build = (ws: string) => spawnSync(process.execPath, [join(REPO, "tools", "sbf", "build.mjs"), "--workspace", ws], { encoding: "utf8" });

    it("refuses a declare_id! that differs from the keypair, naming both", () => {
      const ws = idWorkspace({ declareId: "other" });
      const r = build(ws.dir);
      expect(r.status).to.equal(1);
      expect(r.stderr).to.contain(`id_check: declare_id!("${ws.otherAddress}") in programs/id-check/src/lib.rs differs from keys/id_check-keypair.json (${ws.address})`);
      expect(existsSync(join(ws.dir, "target", "deploy", "id_check.so"))).to.equal(false);
    });

    it("refuses an Anchor.toml entry that differs from the keypair", () => {
      const ws = idWorkspace({ anchorToml: "other" });
      const r = build(ws.dir);
      expect(r.status).to.equal(1);
      expect(r.stderr).to.contain(`id_check: Anchor.toml [programs.localnet] says ${ws.otherAddress}, but keys/id_check-keypair.json is ${ws.address}`);
    });

    it("accepts a plain (non-Anchor) program without a keypair when declare_id! and Anchor.toml agree, and writes no IDL for it", () => {
      const ok = spawnSync(process.execPath, [join(REPO, "tools", "sbf", "build.mjs"), "--workspace", idWorkspace({ anchor: false, keypair: "missing" }).dir, "--idl-only"], {
        encoding: "utf8",
      });
      expect(ok.status, ok.stderr).to.equal(0);
      expect(ok.stdout).to.contain("id_check: not an Anchor program (no anchor-lang dependency), so no IDL");
      const ws = idWorkspace({ anchor: false, keypair: "missing", declareId: "other" });
      const bad = build(ws.dir);
      expect(bad.status).to.equal(1);
      expect(bad.stderr).to.contain(`id_check: declare_id!("${ws.otherAddress}") in programs/id-check/src/lib.rs differs from Anchor.toml [programs.localnet] (${ws.address})`);
    });

    it("refuses an Anchor program missing from Anchor.toml or without a keypair", () => {
      const missing = build(idWorkspace({ anchorToml: "missing" }).dir);
      expect(missing.status).to.equal(1);
      expect(missing.stderr).to.match(/id_check: Anchor.toml \[programs.localnet\] has no entry; add id_check = "\w+"/);
      const noKey = build(idWorkspace({ keypair: "missing" }).dir);
      expect(noKey.status).to.equal(1);
      expect(noKey.stderr).to.contain("id_check: no keypair at keys/id_check-keypair.json");
    });
  });
});
