// `build.mjs --workspace <dir>` is a drop-in for `anchor build` in any Anchor workspace, not only
// this one: an Anchor 1.x workspace is copied outside the project (into the user cache, so its
// build stays warm between runs), built there, and its program and IDL used from there.
import { expect } from "chai";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { getTransactionDecoder } from "@solana/kit";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, Transaction, TransactionInstruction } from "@solana/web3.js";
import { FailedTransactionMetadata, LiteSVM, TransactionMetadata } from "litesvm";

const TEMPLATE = join(__dirname, "external", "anchor1");
const CACHE = process.env.ND_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "normaldance");
const WORKSPACE = join(CACHE, "external-workspace-test", "anchor1");
const decoder = getTransactionDecoder();
const disc = (ns: string, name: string) => createHash("sha256").update(`${ns}:${name}`).digest().subarray(0, 8);
const u64 = (v: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(v);
  return b;
};

describe("build.mjs on an Anchor 1.x workspace outside the project", function () {
  this.timeout(900_000);
  let svm: LiteSVM;
  let programId: PublicKey;
  const authority = Keypair.generate();

  before(() => {
    // Fresh sources every run; the workspace's own target/ (outside the project) is kept.
    mkdirSync(WORKSPACE, { recursive: true });
    for (const entry of ["Cargo.toml", "Cargo.lock", "Anchor.toml", "keys", "programs"]) {
      rmSync(join(WORKSPACE, entry), { recursive: true, force: true });
      cpSync(join(TEMPLATE, entry), join(WORKSPACE, entry), { recursive: true });
    }
    execFileSync("node", [join(__dirname, "..", "build.mjs"), "--workspace", WORKSPACE], { stdio: "inherit" });
    const secret = JSON.parse(readFileSync(join(WORKSPACE, "target/deploy/counter_one-keypair.json"), "utf8")) as number[];
    programId = Keypair.fromSecretKey(Uint8Array.from(secret)).publicKey;
    svm = new LiteSVM();
    svm.addProgramFromFile(programId.toBase58() as never, join(WORKSPACE, "target/deploy/counter_one.so"));
    svm.airdrop(authority.publicKey.toBase58() as never, BigInt(10 * LAMPORTS_PER_SOL) as never);
  });

  function send(data: Buffer, keys: TransactionInstruction["keys"]) {
    const tx = new Transaction({ feePayer: authority.publicKey, recentBlockhash: svm.latestBlockhash() });
    tx.add(new TransactionInstruction({ programId, keys, data }));
    tx.sign(authority);
    const r = svm.sendTransaction(decoder.decode(tx.serialize()) as never);
    svm.expireBlockhash();
    const failed = r instanceof FailedTransactionMetadata;
    return { failed, logs: (failed ? r.meta() : (r as TransactionMetadata)).logs().join("\n") };
  }

  it("writes the .so, the keypair and anchor's IDL and types into that workspace", () => {
    for (const f of ["target/deploy/counter_one.so", "target/idl/counter_one.json", "target/types/counter_one.ts"]) {
      expect(existsSync(join(WORKSPACE, f)), f).to.equal(true);
    }
    const idl = JSON.parse(readFileSync(join(WORKSPACE, "target/idl/counter_one.json"), "utf8")) as { address: string; instructions: { name: string }[] };
    expect(idl.address).to.equal(programId.toBase58());
    expect(idl.instructions.map((i) => i.name).sort()).to.deep.equal(["increment", "initialize"]);
  });

  it("runs the Anchor 1.x program: init with rent, has_one + seeds, custom error", () => {
    const [counter] = PublicKey.findProgramAddressSync([Buffer.from("counter"), authority.publicKey.toBuffer()], programId);
    const init = send(Buffer.concat([disc("global", "initialize"), u64(5n)]), [
      { pubkey: counter, isSigner: false, isWritable: true },
      { pubkey: authority.publicKey, isSigner: true, isWritable: true },
      { pubkey: SystemProgram.programId, isSigner: false, isWritable: false },
    ]);
    expect(init.failed, init.logs).to.equal(false);
    const account = svm.getAccount(counter.toBase58() as never);
    if (!account.exists) throw new Error("counter was not created");
    expect(BigInt(account.lamports)).to.equal(BigInt(svm.minimumBalanceForRentExemption(BigInt(account.data.length))));
    const keys = [
      { pubkey: counter, isSigner: false, isWritable: true },
      { pubkey: authority.publicKey, isSigner: true, isWritable: false },
    ];
    const inc = send(Buffer.concat([disc("global", "increment"), u64(7n)]), keys);
    expect(inc.failed, inc.logs).to.equal(false);
    const after = svm.getAccount(counter.toBase58() as never);
    if (!after.exists) throw new Error("counter vanished");
    expect(Buffer.from(after.data).readBigUInt64LE(40)).to.equal(12n);
    const overflow = send(Buffer.concat([disc("global", "increment"), u64(2n ** 64n - 1n)]), keys);
    expect(overflow.failed).to.equal(true);
    expect(overflow.logs).to.contain("Error Code: Overflow. Error Number: 6000");
  });
});
