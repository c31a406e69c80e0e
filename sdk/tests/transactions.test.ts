import { ComputeBudgetProgram, Keypair, SystemProgram } from "@solana/web3.js";
import { expect } from "chai";
import { BalanceSnapshot, TestContext, TransactionFailedError, createTestContext, lamportsOf } from "../../tests/harness";
import { decodeProgramError } from "../src/errors";
import { COMPUTE_BUDGET_PROGRAM_ID } from "../src/programs";
import { buildLegacyTransaction, buildTransaction } from "../src/transactions";

describe("buildTransaction", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });

  const transfer = (to = Keypair.generate().publicKey) =>
    SystemProgram.transfer({ fromPubkey: ctx.payer.publicKey, toPubkey: to, lamports: 1_000_000 });

  it("puts the compute budget first and charges exactly its priority fee", async () => {
    const recipient = Keypair.generate().publicKey;
    const { blockhash } = await ctx.connection.getLatestBlockhash();
    const tx = buildTransaction({
      instructions: [transfer(recipient)],
      payer: ctx.payer.publicKey,
      recentBlockhash: blockhash,
      computeUnitLimit: 1_000,
      priorityFeeMicroLamports: 1_500_000n,
    });
    expect(tx.version).to.equal(0);
    expect(tx.message.compiledInstructions.map((ix) => tx.message.staticAccountKeys[ix.programIdIndex].toBase58())).to.deep.equal([
      COMPUTE_BUDGET_PROGRAM_ID.toBase58(),
      COMPUTE_BUDGET_PROGRAM_ID.toBase58(),
      SystemProgram.programId.toBase58(),
    ]);
    expect(tx.signatures.every((s) => s.every((b) => b === 0))).to.equal(true);

    const before = await BalanceSnapshot.take(ctx, { payer: lamportsOf(ctx.payer.publicKey), recipient: lamportsOf(recipient) });
    tx.sign([ctx.payer]);
    const sent = await ctx.send(tx);
    // 1,000 CU × 1.5 lamports per CU = 1,500 lamports on top of the 5,000 base fee.
    expect(sent.fee).to.equal(6_500);
    await before.expectDeltas(ctx, { payer: -1_000_000n - 6_500n, recipient: 1_000_000n });
  });

  it("enforces the compute unit limit it sets", async () => {
    const { blockhash } = await ctx.connection.getLatestBlockhash();
    const tx = buildTransaction({ instructions: [transfer()], payer: ctx.payer.publicKey, recentBlockhash: blockhash, computeUnitLimit: 200 });
    tx.sign([ctx.payer]);
    let caught: unknown;
    try {
      await ctx.send(tx);
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(TransactionFailedError);
    expect(decodeProgramError([], caught)).to.deep.include({ kind: "instruction", name: "ComputationalBudgetExceeded", instructionIndex: 1 });
  });

  it("adds no compute budget instructions unless asked, and builds legacy transactions too", async () => {
    const { blockhash } = await ctx.connection.getLatestBlockhash();
    const legacy = buildLegacyTransaction({ instructions: [transfer()], payer: ctx.payer.publicKey, recentBlockhash: blockhash, priorityFeeMicroLamports: 0 });
    expect(legacy.instructions.map((ix) => ix.programId.toBase58())).to.deep.equal([SystemProgram.programId.toBase58()]);
    legacy.sign(ctx.payer);
    expect((await ctx.send(legacy)).fee).to.equal(5_000);
    const limitOnly = buildLegacyTransaction({ instructions: [transfer()], payer: ctx.payer.publicKey, recentBlockhash: blockhash, computeUnitLimit: 5_000 });
    expect(limitOnly.instructions[0].data).to.deep.equal(ComputeBudgetProgram.setComputeUnitLimit({ units: 5_000 }).data);
  });
});
