// `build.mjs --workspace <dir>` is a drop-in for `anchor build` in any Anchor workspace, not only
// this one: an Anchor 1.x workspace is copied outside the project (into the user cache, so its
// build stays warm between runs), built there, and its program and IDL used from there.
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { PublicKey, SystemProgram } from "@solana/web3.js";
import { disc, RawProgram, u64le as u64 } from "./support/raw-program";

const TEMPLATE = join(__dirname, "external", "anchor1");
const CACHE = process.env.ND_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "normaldance");
const WORKSPACE = join(CACHE, "external-workspace-test", "anchor1");

describe("build.mjs on an Anchor 1.x workspace outside the project", function () {
  this.timeout(900_000);
  let p: RawProgram;

  before(() => {
    // Fresh sources every run; the workspace's own target/ (outside the project) is kept.
    mkdirSync(WORKSPACE, { recursive: true });
    for (const entry of ["Cargo.toml", "Cargo.lock", "Anchor.toml", "keys", "programs"]) {
      rmSync(join(WORKSPACE, entry), { recursive: true, force: true });
      cpSync(join(TEMPLATE, entry), join(WORKSPACE, entry), { recursive: true });
    }
    execFileSync("node", [join(__dirname, "..", "build.mjs"), "--workspace", WORKSPACE], { stdio: "inherit" });
    p = new RawProgram(join(WORKSPACE, "target/deploy/counter_one.so"), join(WORKSPACE, "target/deploy/counter_one-keypair.json"));
  });

  const send = (data: Buffer, keys: Parameters<RawProgram["send"]>[1]) => {
    const r = p.send(data, keys);
    return { failed: r.failed, logs: r.logs.join("\n") };
  };

  it("writes the .so, the keypair and anchor's IDL and types into that workspace", () => {
    for (const f of ["target/deploy/counter_one.so", "target/idl/counter_one.json", "target/types/counter_one.ts"]) {
      expect(existsSync(join(WORKSPACE, f)), f).to.equal(true);
    }
    const idl = JSON.parse(readFileSync(join(WORKSPACE, "target/idl/counter_one.json"), "utf8")) as { address: string; instructions: { name: string }[] };
    expect(idl.address).to.equal(p.programId.toBase58());
    expect(idl.instructions.map((i) => i.name).sort()).to.deep.equal(["increment", "initialize"]);
  });

  it("runs the Anchor 1.x program: init with rent, has_one + seeds, custom error", () => {
    const authority = p.payer;
    const [counter] = PublicKey.findProgramAddressSync([Buffer.from("counter"), authority.publicKey.toBuffer()], p.programId);
    const init = send(Buffer.concat([disc("global", "initialize"), u64(5n)]), [
      { pubkey: counter, isSigner: false, isWritable: true },
      { pubkey: authority.publicKey, isSigner: true, isWritable: true },
      { pubkey: SystemProgram.programId, isSigner: false, isWritable: false },
    ]);
    expect(init.failed, init.logs).to.equal(false);
    expect(p.lamports(counter)).to.equal(BigInt(p.svm.minimumBalanceForRentExemption(BigInt(p.data(counter).length))));
    const keys = [
      { pubkey: counter, isSigner: false, isWritable: true },
      { pubkey: authority.publicKey, isSigner: true, isWritable: false },
    ];
    const inc = send(Buffer.concat([disc("global", "increment"), u64(7n)]), keys);
    expect(inc.failed, inc.logs).to.equal(false);
    expect(p.data(counter).readBigUInt64LE(40)).to.equal(12n);
    const overflow = send(Buffer.concat([disc("global", "increment"), u64(2n ** 64n - 1n)]), keys);
    expect(overflow.failed).to.equal(true);
    expect(overflow.logs).to.contain("Error Code: Overflow. Error Number: 6000");
  });
});
