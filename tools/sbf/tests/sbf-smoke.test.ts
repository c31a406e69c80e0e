// The toolchain's own acceptance check: a program built by tools/sbf/build.mjs runs in LiteSVM
// exactly as one built by the official platform-tools would (state, PDAs, has_one, events, CPI,
// custom errors, 128-bit arithmetic, panics with their message).
import { expect } from "chai";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getTransactionDecoder } from "@solana/kit";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, Transaction, TransactionInstruction } from "@solana/web3.js";
import { FailedTransactionMetadata, LiteSVM, TransactionMetadata } from "litesvm";

const WORKSPACE = join(__dirname, "workspace");
const decoder = getTransactionDecoder();
const disc = (ns: string, name: string) => createHash("sha256").update(`${ns}:${name}`).digest().subarray(0, 8);
const u64 = (v: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(v);
  return b;
};

for (const arch of ["v3", "v0"] as const) {
  describe(`sbf toolchain smoke program (SBPF ${arch})`, function () {
    this.timeout(600_000);
    let svm: LiteSVM;
    let programId: PublicKey;
    const authority = Keypair.generate();
    let counter: PublicKey;

    before(() => {
      execFileSync("node", [join(__dirname, "..", "build.mjs"), "--workspace", WORKSPACE, "--arch", arch], { stdio: "inherit" });
      const secret = JSON.parse(readFileSync(join(WORKSPACE, "target/deploy/sbf_smoke-keypair.json"), "utf8")) as number[];
      programId = Keypair.fromSecretKey(Uint8Array.from(secret)).publicKey;
      svm = new LiteSVM();
      svm.addProgramFromFile(programId.toBase58() as never, join(WORKSPACE, "target/deploy/sbf_smoke.so"));
      svm.airdrop(authority.publicKey.toBase58() as never, BigInt(10 * LAMPORTS_PER_SOL) as never);
      counter = PublicKey.findProgramAddressSync([Buffer.from("counter"), authority.publicKey.toBuffer()], programId)[0];
    });

    function send(data: Buffer, keys: TransactionInstruction["keys"], signer: Keypair) {
      const tx = new Transaction({ feePayer: signer.publicKey, recentBlockhash: svm.latestBlockhash() });
      tx.add(new TransactionInstruction({ programId, keys, data }));
      tx.sign(signer);
      const r = svm.sendTransaction(decoder.decode(tx.serialize()) as never);
      svm.expireBlockhash();
      const meta = r instanceof FailedTransactionMetadata ? r.meta() : (r as TransactionMetadata);
      return { ok: !(r instanceof FailedTransactionMetadata), err: r instanceof FailedTransactionMetadata ? String(r.err()) : "", logs: meta.logs(), cu: Number(meta.computeUnitsConsumed()), meta };
    }
    const incrementKeys = (who: PublicKey) => [
      { pubkey: counter, isSigner: false, isWritable: true },
      { pubkey: who, isSigner: true, isWritable: true },
      { pubkey: SystemProgram.programId, isSigner: false, isWritable: false },
    ];
    const count = () => {
      const account = svm.getAccount(counter.toBase58() as never);
      if (!account.exists) throw new Error("counter account does not exist");
      return Buffer.from(account.data).readBigUInt64LE(40);
    };
    const lamports = (k: PublicKey) => BigInt(svm.getBalance(k.toBase58() as never) ?? 0n);

    it("initialises a PDA paying exactly the rent-exempt minimum (soft-float rent math)", () => {
      const before = lamports(authority.publicKey);
      const r = send(Buffer.concat([disc("global", "initialize"), u64(41n)]), incrementKeys(authority.publicKey), authority);
      expect(r.err, r.logs.join("\n")).to.equal("");
      const rent = BigInt(svm.minimumBalanceForRentExemption(49n));
      expect(lamports(counter)).to.equal(rent);
      expect(before - lamports(authority.publicKey)).to.equal(rent + 5000n);
      expect(count()).to.equal(41n);
    });

    it("increments with has_one + seeds, emits the event and moves lamports by CPI", () => {
      const before = { counter: lamports(counter), authority: lamports(authority.publicKey) };
      const r = send(Buffer.concat([disc("global", "increment"), u64(1000n)]), incrementKeys(authority.publicKey), authority);
      expect(r.err, r.logs.join("\n")).to.equal("");
      expect(count()).to.equal(1041n);
      expect(r.logs.some((l) => l.startsWith("Program data: "))).to.equal(true);
      expect(lamports(counter) - before.counter).to.equal(1000n);
      expect(before.authority - lamports(authority.publicKey)).to.equal(1000n + 5000n); // + the signature fee
    });

    it("rejects another authority with ConstraintSeeds and moves nothing", () => {
      const evil = Keypair.generate();
      svm.airdrop(evil.publicKey.toBase58() as never, BigInt(LAMPORTS_PER_SOL) as never);
      const before = lamports(counter);
      const r = send(Buffer.concat([disc("global", "increment"), u64(1n)]), incrementKeys(evil.publicKey), evil);
      expect(r.logs.join("\n")).to.contain("Error Code: ConstraintSeeds. Error Number: 2006");
      expect(lamports(counter)).to.equal(before);
      expect(count()).to.equal(1041n);
    });

    it("reports checked_add overflow as the program's custom error 6000", () => {
      const r = send(Buffer.concat([disc("global", "increment"), u64(2n ** 64n - 1n)]), incrementKeys(authority.publicKey), authority);
      expect(r.logs.join("\n")).to.contain("Error Code: Overflow. Error Number: 6000");
      expect(count()).to.equal(1041n);
    });

    it("computes floor(a*b/d) in 128 bits exactly", () => {
      const cases: [bigint, bigint, bigint][] = [
        [2n ** 64n - 1n, 2n ** 64n - 1n, 2n ** 64n - 1n],
        [1_000_000_007n, 250n, 10_000n],
        [2n ** 63n + 12345n, 999_999_937n, 1_000_000n],
        [3n, 1n, 2n],
      ];
      for (const [a, b, d] of cases) {
        const r = send(Buffer.concat([disc("global", "mul_div"), u64(a), u64(b), u64(d)]), [], authority);
        expect(r.err, r.logs.join("\n")).to.equal("");
        const ret = (r.meta as TransactionMetadata).returnData().data();
        const got = Buffer.from(ret).readBigUInt64LE(0) + (Buffer.from(ret).readBigUInt64LE(8) << 64n);
        expect(got).to.equal((a * b) / d);
      }
    });

    it("logs a panic with its location and message, as the official toolchain does", () => {
      const r = send(Buffer.concat([disc("global", "panic"), u64(7n)]), [], authority);
      expect(r.ok).to.equal(false);
      expect(r.logs.join("\n")).to.match(/panicked at programs\/sbf-smoke\/src\/lib\.rs:\d+:\d+:\s*smoke panic 7/);
    });
  });
}
