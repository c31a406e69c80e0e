import { AnchorError, BN, ProgramError } from "@coral-xyz/anchor";
import {
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
  getMintCloseAuthority,
  getTransferFeeAmount,
  getTransferFeeConfig,
} from "@solana/spl-token";
import {
  ComputeBudgetProgram,
  Keypair,
  PublicKey,
  SystemProgram,
  Transaction,
  TransactionInstruction,
  TransactionMessage,
  VersionedTransaction,
} from "@solana/web3.js";
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { splTokenIdl } from "./fixtures/spl-token-idl";
import {
  BalanceSnapshot,
  TestContext,
  TransactionFailedError,
  createAssociatedTokenAccount,
  createMint,
  createTestContext,
  createTokenAccount,
  getMintState,
  getTokenAccountState,
  lamportsOf,
  laneFromEnv,
  mintTo,
  readClockSysvar,
  requireCapability,
  tokenBalance,
  tokensOf,
  totalDelta,
  transferChecked,
} from "./harness";

const BASE_FEE = 5000n;
const SOL = 1_000_000_000n;
const MEMO_PROGRAM_ID = new PublicKey("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr");

function transfer(from: PublicKey, to: PublicKey, lamports: bigint): TransactionInstruction {
  return SystemProgram.transfer({ fromPubkey: from, toPubkey: to, lamports });
}

/** Waits (up to 10 s) for an asynchronous delivery such as a websocket notification. */
async function eventually(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function expectFailure(promise: Promise<unknown>): Promise<TransactionFailedError> {
  try {
    await promise;
  } catch (err) {
    expect(err).to.be.instanceOf(TransactionFailedError);
    return err as TransactionFailedError;
  }
  throw new Error("expected the transaction to fail");
}

describe("test harness", () => {
  let ctx: TestContext;

  beforeEach(async () => {
    ctx = await createTestContext();
  });

  afterEach(async () => {
    await ctx.close();
  });

  it("runs on the lane ND_LANE selects", () => {
    expect(ctx.lane).to.equal(laneFromEnv());
    expect(ctx.provider.publicKey.equals(ctx.payer.publicKey)).to.equal(true);
  });

  describe("SOL transfers and fees", () => {
    it("moves exactly the amount and charges exactly the base fee", async () => {
      const recipient = Keypair.generate().publicKey;
      const amount = 3n * SOL + 17n;
      const before = await BalanceSnapshot.take(ctx, { payer: lamportsOf(ctx.payer.publicKey), recipient: lamportsOf(recipient) });

      const sent = await ctx.send([transfer(ctx.payer.publicKey, recipient, amount)]);

      expect(sent.fee).to.equal(Number(BASE_FEE));
      expect(sent.computeUnits).to.equal(150);
      expect(sent.err).to.equal(null);
      expect(sent.logs).to.deep.equal([
        `Program ${SystemProgram.programId.toBase58()} invoke [1]`,
        `Program ${SystemProgram.programId.toBase58()} success`,
      ]);
      const deltas = await before.expectDeltas(ctx, { payer: -amount - BASE_FEE, recipient: amount });
      expect(totalDelta(deltas)).to.equal(-BASE_FEE);
    });

    it("charges one base fee per signature plus the priority fee to a separate fee payer", async () => {
      const sender = await ctx.createFundedKeypair(2n * SOL);
      const feePayer = await ctx.createFundedKeypair(SOL);
      const recipient = Keypair.generate().publicKey;
      const amount = SOL;
      const before = await BalanceSnapshot.take(ctx, {
        sender: lamportsOf(sender.publicKey),
        feePayer: lamportsOf(feePayer.publicKey),
        recipient: lamportsOf(recipient),
        contextPayer: lamportsOf(ctx.payer.publicKey),
      });

      // 10,000 CU at 250,000 micro-lamports per CU = 2,500 lamports of priority fee.
      const sent = await ctx.send(
        [
          ComputeBudgetProgram.setComputeUnitLimit({ units: 10_000 }),
          ComputeBudgetProgram.setComputeUnitPrice({ microLamports: 250_000 }),
          transfer(sender.publicKey, recipient, amount),
        ],
        [sender],
        { feePayer },
      );

      const expectedFee = 2n * BASE_FEE + 2_500n;
      expect(BigInt(sent.fee)).to.equal(expectedFee);
      await before.expectDeltas(ctx, { sender: -amount, feePayer: -expectedFee, recipient: amount, contextPayer: 0n });
    });

    it("credits repeated identical airdrops", async () => {
      const target = Keypair.generate().publicKey;
      await ctx.airdrop(target, SOL);
      await ctx.airdrop(target, SOL);
      expect(await ctx.balance(target)).to.equal(2n * SOL);
    });
  });

  describe("failures", () => {
    it("rejects a failing transaction at preflight with logs, compute units and the runtime error, charging nothing", async () => {
      const poor = await ctx.createFundedKeypair(SOL);
      const before = await BalanceSnapshot.take(ctx, { poor: lamportsOf(poor.publicKey) });

      const err = await expectFailure(
        ctx.send([transfer(poor.publicKey, Keypair.generate().publicKey, 5n * SOL)], [], { feePayer: poor }),
      );

      expect(err.txError).to.deep.equal({ InstructionError: [0, { Custom: 1 }] });
      expect(err.message).to.contain("Transaction simulation failed: Error processing Instruction 0: custom program error: 0x1");
      expect(err.computeUnits).to.equal(150);
      expect(err.logs).to.deep.equal(err.logLines);
      expect(err.logLines.some((line) => line.startsWith("Transfer: insufficient lamports"))).to.equal(true);
      expect(err.landed).to.equal(null);
      await before.expectDeltas(ctx, { poor: 0n });
    });

    it("lands a failing transaction when preflight is skipped: fee charged, status and logs recorded", async () => {
      const poor = await ctx.createFundedKeypair(SOL);
      const before = await BalanceSnapshot.take(ctx, { poor: lamportsOf(poor.publicKey) });

      const err = await expectFailure(
        ctx.send([transfer(poor.publicKey, Keypair.generate().publicKey, 5n * SOL)], [], {
          feePayer: poor,
          skipPreflight: true,
        }),
      );

      expect(err.message).to.contain("Error processing Instruction 0: custom program error: 0x1");
      expect(err.landed).to.not.equal(null);
      const landed = await ctx.transaction(err.transactionSignature);
      expect(landed.err).to.deep.equal({ InstructionError: [0, { Custom: 1 }] });
      expect(landed.fee).to.equal(Number(BASE_FEE));
      expect(landed.logs).to.deep.equal(err.logLines);
      const status = await ctx.connection.getSignatureStatus(err.transactionSignature);
      expect(status.value?.err).to.deep.equal({ InstructionError: [0, { Custom: 1 }] });
      await before.expectDeltas(ctx, { poor: -BASE_FEE });
    });

    it("reports runtime errors that are not custom codes by name", async () => {
      // A System transfer out of an account whose owner has not signed for it.
      const ix = transfer(Keypair.generate().publicKey, Keypair.generate().publicKey, 1n);
      ix.keys[0].isSigner = false;
      const err = await expectFailure(ctx.send([ix]));
      expect(err.txError).to.deep.equal({ InstructionError: [0, "MissingRequiredSignature"] });
      expect(err.message).to.contain("Error processing Instruction 0: missing required signature for instruction");
    });
  });

  describe("signatures", () => {
    it("rejects a transaction missing a required signature", async () => {
      const cosigner = Keypair.generate();
      const { blockhash } = await ctx.connection.getLatestBlockhash();
      const message = new TransactionMessage({
        payerKey: ctx.payer.publicKey,
        recentBlockhash: blockhash,
        instructions: [transfer(cosigner.publicKey, Keypair.generate().publicKey, 1n)],
      }).compileToV0Message();
      const tx = new VersionedTransaction(message);
      tx.sign([ctx.payer]);
      const err = await expectFailure(ctx.connection.sendRawTransaction(tx.serialize()));
      expect(err.txError).to.equal("SignatureFailure");
    });
  });

  describe("blockhashes and duplicates", () => {
    it("gives identical instructions distinct signatures and rejects a resent signature", async () => {
      const recipient = Keypair.generate().publicKey;
      const first = await ctx.send([transfer(ctx.payer.publicKey, recipient, 1_000_000n)]);
      const second = await ctx.send([transfer(ctx.payer.publicKey, recipient, 1_000_000n)]);
      expect(first.signature).to.not.equal(second.signature);
      expect(await ctx.balance(recipient)).to.equal(2_000_000n);

      const tx = new Transaction().add(transfer(ctx.payer.publicKey, recipient, 1_000_000n));
      tx.feePayer = ctx.payer.publicKey;
      tx.recentBlockhash = (await ctx.connection.getLatestBlockhash()).blockhash;
      tx.sign(ctx.payer);
      const wire = tx.serialize();
      await ctx.connection.sendRawTransaction(wire);
      const err = await expectFailure(ctx.connection.sendRawTransaction(wire));
      expect(err.txError).to.equal("AlreadyProcessed");
      expect(err.message).to.contain("This transaction has already been processed");
      expect(await ctx.balance(recipient)).to.equal(3_000_000n);
    });

    it("accepts a recent blockhash and rejects an unknown one", async () => {
      const recipient = Keypair.generate().publicKey;
      const { blockhash } = await ctx.connection.getLatestBlockhash();
      await ctx.send([transfer(ctx.payer.publicKey, recipient, 1_000_000n)]);
      expect((await ctx.connection.getLatestBlockhash()).blockhash).to.not.equal(blockhash);

      const stillValid = new Transaction({ feePayer: ctx.payer.publicKey, recentBlockhash: blockhash }).add(
        transfer(ctx.payer.publicKey, recipient, 2_000_000n),
      );
      stillValid.sign(ctx.payer);
      await ctx.connection.sendRawTransaction(stillValid.serialize());

      const unknown = new Transaction({ feePayer: ctx.payer.publicKey, recentBlockhash: Keypair.generate().publicKey.toBase58() }).add(
        transfer(ctx.payer.publicKey, recipient, 1_000_000n),
      );
      unknown.sign(ctx.payer);
      const err = await expectFailure(ctx.connection.sendRawTransaction(unknown.serialize()));
      expect(err.txError).to.equal("BlockhashNotFound");
      expect(await ctx.balance(recipient)).to.equal(3_000_000n);
    });

    it("sends version-0 transactions", async () => {
      const recipient = Keypair.generate().publicKey;
      const { blockhash } = await ctx.connection.getLatestBlockhash();
      const message = new TransactionMessage({
        payerKey: ctx.payer.publicKey,
        recentBlockhash: blockhash,
        instructions: [transfer(ctx.payer.publicKey, recipient, 42_000_000n)],
      }).compileToV0Message();
      const tx = new VersionedTransaction(message);
      tx.sign([ctx.payer]);
      const sent = await ctx.send(tx);
      expect(sent.computeUnits).to.equal(150);
      expect(await ctx.balance(recipient)).to.equal(42_000_000n);
    });
  });

  describe("clock", () => {
    it("warps slot and unix time, visible through the Clock sysvar", async function () {
      requireCapability(this, ctx, "clockWarp");
      const start = await ctx.clock();
      await ctx.warpClock({ slot: start.slot + 1000n, unixTimestamp: 2_000_000_000n });
      expect(await readClockSysvar(ctx.connection)).to.deep.include({ slot: start.slot + 1000n, unixTimestamp: 2_000_000_000n });

      await ctx.advanceClock({ seconds: 86_400 });
      const later = await ctx.clock();
      expect(later.unixTimestamp).to.equal(2_000_086_400n);
      expect(later.slot).to.equal(start.slot + 1000n);
      expect(await ctx.connection.getSlot()).to.equal(Number(later.slot));
    });

    it("lets time pass until the clock reaches a target in every lane, warping or waiting", async () => {
      const start = await ctx.clock();
      const reached = await ctx.waitForClock({ slot: start.slot + 3n, unixTimestamp: start.unixTimestamp + 1n });
      expect(reached.slot >= start.slot + 3n && reached.unixTimestamp >= start.unixTimestamp + 1n).to.equal(true);
      const sysvar = await readClockSysvar(ctx.connection);
      expect(sysvar.slot >= reached.slot).to.equal(true);

      // A day passes at once where the clock warps; waiting for it is refused, naming the guard.
      const aDayLater = ctx.waitForClock({ unixTimestamp: reached.unixTimestamp + 86_400n }, { maxWaitSeconds: 5 });
      if (ctx.capabilities.clockWarp) {
        expect((await aDayLater).unixTimestamp).to.equal(reached.unixTimestamp + 86_400n);
      } else {
        let message = "";
        await aDayLater.catch((err: Error) => (message = err.message));
        expect(message).to.contain('requireCapability(this, ctx, "clockWarp")');
      }
    });
  });

  describe("accounts", () => {
    it("sets and reads back arbitrary accounts", async function () {
      requireCapability(this, ctx, "setAccount");
      const address = Keypair.generate().publicKey;
      const owner = Keypair.generate().publicKey;
      await ctx.setAccount(address, { lamports: 1_234_567n, data: Uint8Array.from([1, 2, 3, 4]), owner });
      const account = await ctx.getAccount(address);
      expect(account?.lamports).to.equal(1_234_567);
      expect(account?.owner.equals(owner)).to.equal(true);
      expect([...(account?.data ?? [])]).to.deep.equal([1, 2, 3, 4]);
      const [sliced] = await ctx.connection.getMultipleAccountsInfo([address], { dataSlice: { offset: 1, length: 2 } });
      expect([...(sliced?.data ?? [])]).to.deep.equal([2, 3]);
    });

    it("loads a program from a .so file under a chosen id", async function () {
      requireCapability(this, ctx, "loadProgram");
      // The Memo program's ELF, taken from LiteSVM's own copy, stands in for a built program.
      const memoElf = (await ctx.getAccount(MEMO_PROGRAM_ID))?.data;
      expect(memoElf?.subarray(1, 4).toString()).to.equal("ELF");
      const dir = mkdtempSync(join(tmpdir(), "nd-harness-"));
      try {
        const so = join(dir, "memo_copy.so");
        writeFileSync(so, memoElf ?? Buffer.alloc(0));
        const programId = Keypair.generate().publicKey;
        const withProgram = await createTestContext({ programs: [{ name: "memo_copy", programId, so }] });
        expect(withProgram.programIds.memo_copy.equals(programId)).to.equal(true);
        const sent = await withProgram.send([new TransactionInstruction({ programId, keys: [], data: Buffer.from("hello") })]);
        expect(sent.logs).to.include.members(["Program log: Memo (len 5)", "Program log: hello"]);
        expect(sent.logs[0]).to.equal(`Program ${programId.toBase58()} invoke [1]`);
        expect(sent.computeUnits).to.be.greaterThan(0);
        await withProgram.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("names the build command when a program's .so is missing", async () => {
      let message = "";
      try {
        await createTestContext({ programs: [{ name: "not_built_yet", programId: Keypair.generate().publicKey }] });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).to.contain("target/deploy/not_built_yet.so").and.to.contain("npm run build:programs");
    });

    it("takes a program's id from its built IDL when none is given", async () => {
      let message = "";
      try {
        await createTestContext({ programs: [{ name: "not_built_yet" }] });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).to.contain("target/idl/not_built_yet.json").and.to.contain("npm run build:programs");
    });
  });

  describe("SPL Token", () => {
    it("mints and transfer_checked between an ATA and a keypair account, with exact balances", async () => {
      const mint = await createMint(ctx, { decimals: 9 });
      const alice = await ctx.createFundedKeypair();
      const aliceAta = await createAssociatedTokenAccount(ctx, mint, alice.publicKey);
      const bobAccount = await createTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, aliceAta, 5_000_000_000n);
      expect((await getMintState(ctx, mint)).supply).to.equal(5_000_000_000n);

      const before = await BalanceSnapshot.take(ctx, {
        alice: tokensOf(aliceAta),
        bob: tokensOf(bobAccount),
        aliceSol: lamportsOf(alice.publicKey),
      });
      const sent = await transferChecked(ctx, { mint, source: aliceAta, destination: bobAccount, owner: alice, amount: 1_250_000_000n });

      expect(sent.logs[0]).to.equal(`Program ${TOKEN_PROGRAM_ID.toBase58()} invoke [1]`);
      expect(sent.computeUnits).to.be.greaterThan(0);
      // The context payer pays the fee; alice only signs.
      await before.expectDeltas(ctx, { alice: -1_250_000_000n, bob: 1_250_000_000n, aliceSol: 0n });
      expect((await ctx.connection.getTokenAccountBalance(bobAccount)).value).to.deep.equal({
        amount: "1250000000",
        decimals: 9,
        uiAmount: 1.25,
        uiAmountString: "1.25",
      });
    });

    it("rejects an overdraft with the token program's error code", async () => {
      const mint = await createMint(ctx);
      const from = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const to = await createAssociatedTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, from, 10n);
      const err = await expectFailure(transferChecked(ctx, { mint, source: from, destination: to, owner: ctx.payer, amount: 11n }));
      expect(err.txError).to.deep.equal({ InstructionError: [0, { Custom: 1 }] });
      expect(err.logLines).to.include("Program log: Error: insufficient funds");
      expect(await tokenBalance(ctx, from)).to.equal(10n);
    });
  });

  describe("Token-2022", () => {
    it("withholds the transfer fee on transfer_checked", async () => {
      const mint = await createMint(ctx, {
        decimals: 6,
        extensions: [
          { kind: "transferFee", feeBasisPoints: 150, maximumFee: 1_000_000n },
          { kind: "mintCloseAuthority", closeAuthority: ctx.payer.publicKey },
        ],
      });
      expect(mint.programId.equals(TOKEN_2022_PROGRAM_ID)).to.equal(true);
      const state = await getMintState(ctx, mint);
      expect(getTransferFeeConfig(state)?.newerTransferFee.transferFeeBasisPoints).to.equal(150);
      expect(getMintCloseAuthority(state)?.closeAuthority.equals(ctx.payer.publicKey)).to.equal(true);

      const owner = await ctx.createFundedKeypair();
      const source = await createAssociatedTokenAccount(ctx, mint, owner.publicKey);
      const destination = await createTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, source, 1_000_000n);

      const before = await BalanceSnapshot.take(ctx, { source: tokensOf(source), destination: tokensOf(destination) });
      await transferChecked(ctx, { mint, source, destination, owner, amount: 200_000n });

      // 1.5% of 200,000 = 3,000 stays withheld in the destination account, outside its balance.
      const deltas = await before.expectDeltas(ctx, { source: -200_000n, destination: 197_000n });
      const withheld = getTransferFeeAmount(await getTokenAccountState(ctx, destination))?.withheldAmount;
      expect(withheld).to.equal(3_000n);
      expect(-totalDelta(deltas)).to.equal(withheld);
    });
  });

  describe("anchor Program clients", () => {
    it("builds, sends and fetches through Program<Idl> for SPL Token and Token-2022", async () => {
      for (const programId of [TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID]) {
        const program = ctx.program({ ...splTokenIdl, address: programId.toBase58() });
        const mint = await createMint(ctx, { decimals: 2, program: programId.equals(TOKEN_PROGRAM_ID) ? "spl-token" : "token-2022" });
        const from = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
        const owner = Keypair.generate().publicKey;
        const to = await createAssociatedTokenAccount(ctx, mint, owner);
        await mintTo(ctx, mint, from, 1_000n);

        const signature = await program.methods
          .transferChecked(new BN(400), 2)
          .accounts({ source: from, mint: mint.address, destination: to, authority: ctx.payer.publicKey })
          .rpc();
        const sent = await ctx.transaction(signature);
        expect(sent.logs[0]).to.equal(`Program ${programId.toBase58()} invoke [1]`);
        expect(sent.computeUnits).to.be.greaterThan(0);

        const fetchedMint = await program.account.mint.fetch(mint.address);
        expect(fetchedMint.supply.toString()).to.equal("1000");
        expect(fetchedMint.decimals).to.equal(2);
        expect(fetchedMint.mintAuthority.value.equals(ctx.payer.publicKey)).to.equal(true);
        const fetchedTo = await program.account.tokenAccount.fetch(to);
        expect(fetchedTo.amount.toString()).to.equal("400");
        expect(fetchedTo.owner.equals(owner)).to.equal(true);
        expect(fetchedTo.state).to.deep.equal({ initialized: {} });
        const [maybeFrom, missing] = await program.account.tokenAccount.fetchMultiple([from, Keypair.generate().publicKey]);
        expect(maybeFrom?.amount.toString()).to.equal("600");
        expect(missing).to.equal(null);
      }
    });

    it("lists accounts with getProgramAccounts filters", async () => {
      const program = ctx.program(splTokenIdl);
      const mints = [await createMint(ctx), await createMint(ctx)];
      await createAssociatedTokenAccount(ctx, mints[0], ctx.payer.publicKey);
      // Filtered by this context's mint authority: on the validator other tests' mints exist too.
      // (Anchor's `.all()` adds a memcmp on the IDL's empty discriminator, which an RPC node
      // rejects for the token programs, so the filters go to the connection directly.)
      const listed = await ctx.connection.getProgramAccounts(TOKEN_PROGRAM_ID, {
        filters: [{ dataSize: 82 }, { memcmp: { offset: 4, bytes: ctx.payer.publicKey.toBase58() } }],
      });
      expect(listed.map((m) => m.pubkey.toBase58()).sort()).to.deep.equal(mints.map((m) => m.address.toBase58()).sort());
      const decoded = program.coder.accounts.decode("mint", listed[0].account.data);
      expect(decoded.mintAuthority.value.equals(ctx.payer.publicKey)).to.equal(true);
    });

    it("fails rpc() the way a cluster does for a non-Anchor program error", async () => {
      const program = ctx.program(splTokenIdl);
      const mint = await createMint(ctx, { decimals: 0 });
      const from = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const to = await createAssociatedTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, from, 5n);

      let caught: unknown;
      try {
        await program.methods
          .transferChecked(new BN(6), 0)
          .accounts({ source: from, mint: mint.address, destination: to, authority: ctx.payer.publicKey })
          .rpc();
      } catch (err) {
        caught = err;
      }
      // anchor's translateError finds no "AnchorError" log and, because web3.js repeats the
      // failing log line in the message, no single custom code: it returns the send error with
      // the failing program attached, exactly as against an RPC node.
      expect(caught).to.be.instanceOf(TransactionFailedError);
      const failed = caught as TransactionFailedError & { program?: PublicKey };
      expect(failed.txError).to.deep.equal({ InstructionError: [0, { Custom: 1 }] });
      expect(failed.program?.equals(TOKEN_PROGRAM_ID)).to.equal(true);
      expect(AnchorError.parse(failed.logLines.slice())).to.equal(null);
      const reparsed = ProgramError.parse({ toString: () => "custom program error: 0x1", logs: failed.logLines }, new Map([[1, "Insufficient funds"]]));
      expect(reparsed?.msg).to.equal("Insufficient funds");
    });

    it("simulates without landing and reports compute units", async () => {
      const program = ctx.program(splTokenIdl);
      const mint = await createMint(ctx, { decimals: 0 });
      const from = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const to = await createAssociatedTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, from, 5n);
      const tx = await program.methods
        .transferChecked(new BN(2), 0)
        .accounts({ source: from, mint: mint.address, destination: to, authority: ctx.payer.publicKey })
        .transaction();
      const simulated = await ctx.provider.simulate(tx);
      expect(simulated.logs?.[0]).to.equal(`Program ${TOKEN_PROGRAM_ID.toBase58()} invoke [1]`);
      expect(simulated.unitsConsumed).to.be.greaterThan(0);
      expect(await tokenBalance(ctx, to)).to.equal(0n);
    });

    it("delivers program logs to connection.onLogs subscribers", async () => {
      const mint = await createMint(ctx);
      const account = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const seen: string[] = [];
      const id = ctx.connection.onLogs(TOKEN_PROGRAM_ID, (logs) => seen.push(logs.signature));
      const sent = await mintTo(ctx, mint, account, 1n);
      // Over a websocket the notification can trail the confirmation of the send.
      await eventually(() => seen.length > 0);
      await ctx.connection.removeOnLogsListener(id);
      await mintTo(ctx, mint, account, 1n);
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen).to.deep.equal([sent.signature]);
    });
  });

  describe("balance assertions", () => {
    it("fail, naming the party, when a change differs from the expected one", async () => {
      const recipient = Keypair.generate().publicKey;
      const before = await BalanceSnapshot.take(ctx, { recipient: lamportsOf(recipient) });
      await ctx.send([transfer(ctx.payer.publicKey, recipient, 1_000_000n)]);
      let message = "";
      try {
        await before.expectDeltas(ctx, { recipient: 999_999n });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).to.contain("recipient").and.to.contain("change 1000000, expected 999999");
    });
  });
});
