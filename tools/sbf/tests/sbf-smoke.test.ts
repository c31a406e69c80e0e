// The toolchain's own acceptance check: a program built by tools/sbf/build.mjs runs in LiteSVM
// exactly as one built by the official platform-tools would (state, PDAs, has_one, events, CPI,
// custom errors, 128-bit arithmetic, panics with their message).
import { expect } from "chai";
import { join } from "node:path";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from "@solana/web3.js";
import { ARCHS, buildForEachArch, TEST_WORKSPACE } from "./support/build-programs";
import { disc, RawProgram, u64le } from "./support/raw-program";

const FEE = 5000n; // one signature

describe("sbf toolchain smoke program", function () {
  this.timeout(600_000);
  let builds: Record<(typeof ARCHS)[number], string>;
  before(() => {
    builds = buildForEachArch("sbf_smoke");
  });

  for (const arch of ARCHS) {
    describe(`SBPF ${arch}`, () => {
      let p: RawProgram;
      const authority = Keypair.generate();
      let counter: PublicKey;

      before(() => {
        p = new RawProgram(builds[arch], join(TEST_WORKSPACE, "keys/sbf_smoke-keypair.json"));
        p.airdrop(authority.publicKey, 10n * BigInt(LAMPORTS_PER_SOL));
        counter = PublicKey.findProgramAddressSync([Buffer.from("counter"), authority.publicKey.toBuffer()], p.programId)[0];
      });

      const counterKeys = (who: PublicKey) => [
        { pubkey: counter, isSigner: false, isWritable: true },
        { pubkey: who, isSigner: true, isWritable: true },
        { pubkey: SystemProgram.programId, isSigner: false, isWritable: false },
      ];
      const count = () => p.data(counter).readBigUInt64LE(40);

      it("initialises a PDA paying exactly the rent-exempt minimum (soft-float rent math)", () => {
        const before = p.lamports(authority.publicKey);
        const r = p.send(Buffer.concat([disc("global", "initialize"), u64le(41n)]), counterKeys(authority.publicKey), authority);
        expect(r.err, r.logs.join("\n")).to.equal("");
        const rent = BigInt(p.svm.minimumBalanceForRentExemption(49n));
        expect(p.lamports(counter)).to.equal(rent);
        expect(before - p.lamports(authority.publicKey)).to.equal(rent + FEE);
        expect(count()).to.equal(41n);
      });

      it("increments with has_one + seeds, emits the event and moves lamports by CPI", () => {
        const before = { counter: p.lamports(counter), authority: p.lamports(authority.publicKey) };
        const r = p.send(Buffer.concat([disc("global", "increment"), u64le(1000n)]), counterKeys(authority.publicKey), authority);
        expect(r.err, r.logs.join("\n")).to.equal("");
        expect(count()).to.equal(1041n);
        expect(r.logs.some((l) => l.startsWith("Program data: "))).to.equal(true);
        expect(p.lamports(counter) - before.counter).to.equal(1000n);
        expect(before.authority - p.lamports(authority.publicKey)).to.equal(1000n + FEE);
      });

      it("rejects another authority with ConstraintSeeds and moves nothing", () => {
        const evil = Keypair.generate();
        p.airdrop(evil.publicKey, BigInt(LAMPORTS_PER_SOL));
        const before = p.lamports(counter);
        const r = p.send(Buffer.concat([disc("global", "increment"), u64le(1n)]), counterKeys(evil.publicKey), evil);
        expect(r.logs.join("\n")).to.contain("Error Code: ConstraintSeeds. Error Number: 2006");
        expect(p.lamports(counter)).to.equal(before);
        expect(count()).to.equal(1041n);
      });

      it("reports checked_add overflow as the program's custom error 6000", () => {
        const r = p.send(Buffer.concat([disc("global", "increment"), u64le(2n ** 64n - 1n)]), counterKeys(authority.publicKey), authority);
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
          const r = p.send(Buffer.concat([disc("global", "mul_div"), u64le(a), u64le(b), u64le(d)]));
          expect(r.err, r.logs.join("\n")).to.equal("");
          expect(r.returnData.readBigUInt64LE(0) + (r.returnData.readBigUInt64LE(8) << 64n)).to.equal((a * b) / d);
        }
      });

      it("logs a panic with its location and message, as the official toolchain does", () => {
        const r = p.send(Buffer.concat([disc("global", "panic"), u64le(7n)]));
        expect(r.failed).to.equal(true);
        expect(r.logs.join("\n")).to.match(/panicked at programs\/sbf-smoke\/src\/lib\.rs:\d+:\d+:\s*smoke panic 7/);
      });
    });
  }
});
