import { Keypair, SystemProgram } from "@solana/web3.js";
import { expect } from "chai";
import {
  TestContext,
  createMint,
  createTestContext,
  getTokenAccountState,
  mintTo,
  tokenBalance,
} from "../../tests/harness";
import { keypairSigner, sendAction } from "../src/actions";
import { NormalDanceTransactionError } from "../src/errors";
import { createAssociatedTokenAccountIdempotentInstruction } from "../src/instructions";
import { findAssociatedTokenAddress } from "../src/pda";
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "../src/programs";
import { createTransferCheckedInstruction } from "@solana/spl-token";

async function rejection(promise: Promise<unknown>): Promise<NormalDanceTransactionError> {
  try {
    await promise;
  } catch (err) {
    expect(err).to.be.instanceOf(NormalDanceTransactionError);
    return err as NormalDanceTransactionError;
  }
  throw new Error("expected the action to fail");
}

describe("sendAction", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });

  it("signs with the wallet and local signers, sends and confirms", async () => {
    const user = await ctx.createFundedKeypair(2_000_000_000n);
    const account = Keypair.generate();
    const result = await sendAction({
      connection: ctx.connection,
      signer: keypairSigner(user),
      additionalSigners: [account],
      instructions: [
        SystemProgram.createAccount({
          fromPubkey: user.publicKey,
          newAccountPubkey: account.publicKey,
          lamports: 1_000_000_000,
          space: 0,
          programId: SystemProgram.programId,
        }),
      ],
      computeUnitLimit: 10_000,
      priorityFeeMicroLamports: 100_000,
    });
    const sent = await ctx.transaction(result.signature);
    expect(sent.err).to.equal(null);
    expect(sent.fee).to.equal(2 * 5_000 + 1_000);
    expect(await ctx.balance(account.publicKey)).to.equal(1_000_000_000n);
    expect(await ctx.balance(user.publicKey)).to.equal(2_000_000_000n - 1_000_000_000n - 11_000n);
  });

  it("creates associated token accounts idempotently for both token programs", async () => {
    const owner = Keypair.generate().publicKey;
    for (const program of ["spl-token", "token-2022"] as const) {
      const mint = await createMint(ctx, { program });
      const tokenProgram = program === "spl-token" ? TOKEN_PROGRAM_ID : TOKEN_2022_PROGRAM_ID;
      const ix = () => createAssociatedTokenAccountIdempotentInstruction({ payer: ctx.payer.publicKey, owner, mint: mint.address, tokenProgram });
      await sendAction({ connection: ctx.connection, signer: keypairSigner(ctx.payer), instructions: [ix()] });
      await sendAction({ connection: ctx.connection, signer: keypairSigner(ctx.payer), instructions: [ix()] });
      const state = await getTokenAccountState(ctx, findAssociatedTokenAddress(owner, mint.address, tokenProgram));
      expect(state.owner.equals(owner)).to.equal(true);
      expect(state.mint.equals(mint.address)).to.equal(true);
    }
  });

  it("throws decoded errors, whether preflight rejects the transaction or it lands and fails", async () => {
    const mint = await createMint(ctx, { decimals: 0 });
    const owner = await ctx.createFundedKeypair();
    const signer = keypairSigner(owner);
    const source = findAssociatedTokenAddress(owner.publicKey, mint.address);
    const destination = findAssociatedTokenAddress(ctx.payer.publicKey, mint.address);
    await sendAction({
      connection: ctx.connection,
      signer,
      instructions: [
        createAssociatedTokenAccountIdempotentInstruction({ payer: owner.publicKey, owner: owner.publicKey, mint: mint.address }),
        createAssociatedTokenAccountIdempotentInstruction({ payer: owner.publicKey, owner: ctx.payer.publicKey, mint: mint.address }),
      ],
    });
    await mintTo(ctx, mint, source, 3n);
    const overdraft = [createTransferCheckedInstruction(source, mint.address, destination, owner.publicKey, 4n, 0)];

    const rejected = await rejection(sendAction({ connection: ctx.connection, signer, instructions: overdraft }));
    expect(rejected.signature).to.equal(null);
    expect(rejected.decoded).to.deep.include({ kind: "program", programName: "splToken", name: "insufficientFunds" });
    expect(rejected.message).to.contain("splToken.insufficientFunds (1): Insufficient funds");

    const landed = await rejection(sendAction({ connection: ctx.connection, signer, instructions: overdraft, skipPreflight: true }));
    expect(landed.signature).to.be.a("string");
    expect(landed.decoded).to.deep.include({ kind: "program", name: "insufficientFunds", instructionIndex: 0 });
    expect(landed.logs).to.include("Program log: Error: insufficient funds");
    expect((await ctx.transaction(landed.signature ?? "")).fee).to.equal(5_000);
    expect(await tokenBalance(ctx, source)).to.equal(3n);
  });
});
