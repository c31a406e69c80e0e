import { LangErrorCode } from "@coral-xyz/anchor";
import { Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import { expect } from "chai";
import {
  TestContext,
  TransactionFailedError,
  createAssociatedTokenAccount,
  createMint,
  createTestContext,
  mintTo,
  transferChecked,
} from "../../tests/harness";
import { DecodedError, decodeProgramError, describeDecodedError } from "../src/errors";
import { SYSTEM_PROGRAM_ID, TOKEN_PROGRAM_ID } from "../src/programs";

const PROGRAM = new PublicKey("Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS");
// Error section of an IDL as `anchor build` writes it to target/idl (Rust names).
const COUNTER_IDL = {
  address: PROGRAM.toBase58(),
  metadata: { name: "counter" },
  errors: [
    { code: 6000, name: "Overflow", msg: "Counter overflow" },
    { code: 6001, name: "NotTheAuthority" },
  ],
} as const;

async function failure(promise: Promise<unknown>): Promise<TransactionFailedError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof TransactionFailedError) return err;
    throw err;
  }
  throw new Error("expected a failure");
}

function anchorFailureLogs(errorLines: string[], code: number): string[] {
  return [
    `Program ${PROGRAM.toBase58()} invoke [1]`,
    "Program log: Instruction: Increment",
    ...errorLines,
    `Program ${PROGRAM.toBase58()} consumed 6051 of 200000 compute units`,
    `Program ${PROGRAM.toBase58()} failed: custom program error: 0x${code.toString(16)}`,
  ];
}

describe("decodeProgramError", () => {
  describe("on transactions that failed in the SVM", () => {
    let ctx: TestContext;
    beforeEach(async () => {
      ctx = await createTestContext();
    });

    it("names SPL Token errors", async () => {
      const mint = await createMint(ctx);
      const from = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const to = await createAssociatedTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, from, 1n);
      const err = await failure(transferChecked(ctx, { mint, source: from, destination: to, owner: ctx.payer, amount: 2n }));

      const decoded = decodeProgramError([], err);
      expect(decoded).to.deep.include({
        kind: "program",
        programName: "splToken",
        name: "insufficientFunds",
        code: 1,
        message: "Insufficient funds",
        instructionIndex: 0,
      });
      expect(decoded?.kind === "program" && decoded.programId.equals(TOKEN_PROGRAM_ID)).to.equal(true);
      expect(decoded?.logs).to.deep.equal(err.logLines);
    });

    it("names System program errors", async () => {
      const poor = await ctx.createFundedKeypair(1_000_000_000n);
      const ix = SystemProgram.transfer({ fromPubkey: poor.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 2_000_000_000 });
      const decoded = decodeProgramError([], await failure(ctx.send([ix], [poor])));
      expect(decoded).to.deep.include({ kind: "program", programName: "system", name: "resultWithNegativeLamports", code: 1 });
      expect(decoded?.kind === "program" && decoded.programId.equals(SYSTEM_PROGRAM_ID)).to.equal(true);
    });

    it("names runtime instruction errors", async () => {
      const ix = SystemProgram.transfer({ fromPubkey: Keypair.generate().publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1 });
      ix.keys[0].isSigner = false;
      const decoded = decodeProgramError([], await failure(ctx.send([ix])));
      expect(decoded).to.deep.include({
        kind: "instruction",
        name: "MissingRequiredSignature",
        instructionIndex: 0,
        message: "Error processing Instruction 0: missing required signature for instruction",
      });
    });

    it("names transaction errors", async () => {
      const tx = new Transaction({ feePayer: ctx.payer.publicKey, recentBlockhash: Keypair.generate().publicKey.toBase58() }).add(
        SystemProgram.transfer({ fromPubkey: ctx.payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1 }),
      );
      tx.sign(ctx.payer);
      const decoded = decodeProgramError([], await failure(ctx.connection.sendRawTransaction(tx.serialize())));
      expect(decoded).to.deep.include({ kind: "transaction", name: "BlockhashNotFound", message: "Blockhash not found" });
    });
  });

  describe("on Anchor program failures", () => {
    it("names a program's own error from its IDL, in camelCase", () => {
      const logs = anchorFailureLogs(
        ["Program log: AnchorError thrown in programs/counter/src/lib.rs:31. Error Code: Overflow. Error Number: 6000. Error Message: Counter overflow."],
        6000,
      );
      const decoded = decodeProgramError(COUNTER_IDL, { err: { InstructionError: [0, { Custom: 6000 }] }, logs });
      expect(decoded).to.deep.include({ kind: "program", programName: "counter", name: "overflow", code: 6000, message: "Counter overflow" });
      expect(describeDecodedError(decoded as DecodedError)).to.equal("counter.overflow (6000): Counter overflow");
    });

    it("names framework errors with their origin and compared values", () => {
      const left = Keypair.generate().publicKey.toBase58();
      const right = Keypair.generate().publicKey.toBase58();
      const logs = anchorFailureLogs(
        [
          "Program log: AnchorError caused by account: counter. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.",
          "Program log: Left:",
          `Program log: ${left}`,
          "Program log: Right:",
          `Program log: ${right}`,
        ],
        2006,
      );
      const decoded = decodeProgramError(COUNTER_IDL, { logs });
      expect(decoded).to.deep.include({
        kind: "anchor",
        name: "ConstraintSeeds",
        code: LangErrorCode.ConstraintSeeds,
        origin: "counter",
        comparedValues: [left, right],
        message: "A seeds constraint was violated",
      });
      expect(decoded?.kind === "anchor" && decoded.programId?.equals(PROGRAM)).to.equal(true);
    });

    it("names a framework code from the status alone", () => {
      const decoded = decodeProgramError(COUNTER_IDL, { err: { InstructionError: [2, { Custom: 3012 }] } });
      expect(decoded).to.deep.include({ kind: "anchor", name: "AccountNotInitialized", code: 3012, instructionIndex: 2, programId: null });
    });

    it("keeps an unexplained custom code as such", () => {
      const decoded = decodeProgramError(COUNTER_IDL, new Error("Transaction simulation failed: Error processing Instruction 1: custom program error: 0x2a"));
      expect(decoded).to.deep.include({ kind: "custom", code: 42, instructionIndex: 1, programId: null });
    });

    it("returns null for errors that are not transaction failures", () => {
      expect(decodeProgramError(COUNTER_IDL, new Error("socket hang up"))).to.equal(null);
      expect(decodeProgramError(COUNTER_IDL, undefined)).to.equal(null);
    });
  });
});
