// Issue 3, item 5: an unmodified Anchor 0.32.1 program built by tools/sbf/build.mjs, driven through
// @coral-xyz/anchor `Program<NdAcceptance>` clients made from the IDL that same build generated,
// behaves in LiteSVM as a platform-tools build would: exact lamport and token movements, named
// errors for each attack, decodable events, for SBPF v3 and v0 and for SPL Token and Token-2022.
import { BN, Program } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import { expect } from "chai";
import { createHash } from "crypto";
import {
  BalanceSnapshot,
  TestContext,
  TestMint,
  TokenProgram,
  createAssociatedTokenAccount,
  createMint,
  createTestContext,
  lamportsOf,
  mintTo,
  tokenProgramId,
  tokensOf,
} from "../../../tests/harness";
import {
  LIB,
  NdAcceptance,
  POSITION_SPACE,
  TOKEN_PROGRAMS,
  VAULT_SPACE,
  loadIdl,
  notePda,
  noteSpace,
  positionPda,
  programIdOf,
  vaultPda,
} from "./acceptance/client";
import { ComputeUnitLog } from "./acceptance/compute-units";
import { cpiEvents, logEvents } from "./acceptance/events";
import { failureOf } from "./acceptance/failures";
import { ARCHS, Arch, buildForEachArch } from "./support/build-programs";

const FEE_PER_SIGNATURE = 5000n;
const MAX_TOTAL = 1_000_000n;
const bn = (v: bigint) => new BN(v.toString());
/**
 * Fixed keys: PDA bump searches cost compute units, so random keys would make the recorded
 * numbers differ between runs and between the SBPF versions being compared.
 */
const fixedKeypair = (label: string) => Keypair.fromSeed(createHash("sha256").update(`nd-acceptance-test:${label}`).digest());

describe("nd_acceptance: Anchor acceptance program on the registry-only toolchain", function () {
  // A cold build of anchor-spl for two SBPF versions takes minutes on a small machine.
  this.timeout(3_600_000);
  const so = {} as Record<Arch, string>;
  const cu = new ComputeUnitLog();

  before(() => {
    Object.assign(so, buildForEachArch(LIB));
  });

  after(() => {
    console.log(`\n      nd_acceptance compute units\n${cu.table().replace(/^/gm, "      ")}\n`);
  });

  /** A context with the program of `arch` loaded, and a typed client from the generated IDL. */
  async function setUp(arch: Arch): Promise<{ ctx: TestContext; program: Program<NdAcceptance> }> {
    const idl = loadIdl();
    const ctx = await createTestContext({ programs: [{ name: LIB, programId: programIdOf(idl), so: so[arch] }] });
    return { ctx, program: ctx.program(idl) };
  }

  for (const arch of ARCHS) {
    for (const tokenProgram of TOKEN_PROGRAMS) {
      describe(`vault flow, SBPF ${arch}, ${tokenProgram}`, () => vaultFlow(arch, tokenProgram));
    }
    describe(`note (init, realloc), SBPF ${arch}`, () => noteFlow(arch));
  }

  function vaultFlow(arch: Arch, flavour: TokenProgram): void {
    const column = `${arch}/${flavour}`;
    const tokenProgram = tokenProgramId(flavour);
    const otherTokenProgram = tokenProgramId(flavour === "spl-token" ? "token-2022" : "spl-token");
    let ctx: TestContext;
    let program: Program<NdAcceptance>;
    let authority: Keypair;
    let alice: Keypair;
    let bob: Keypair;
    let mint: TestMint;
    let otherMint: TestMint;
    let vault: PublicKey;
    let vaultTokens: PublicKey;
    let aliceTokens: PublicKey;
    let aliceOtherTokens: PublicKey;
    let bobTokens: PublicKey;
    let alicePosition: PublicKey;

    before(async () => {
      ({ ctx, program } = await setUp(arch));
      [authority, alice, bob] = ["authority", "alice", "bob"].map(fixedKeypair);
      for (const k of [authority, alice, bob]) await ctx.airdrop(k.publicKey, 10_000_000_000n);
      mint = await createMint(ctx, { program: flavour, decimals: 6, keypair: fixedKeypair(`mint-${flavour}`) });
      otherMint = await createMint(ctx, { program: flavour, decimals: 6, keypair: fixedKeypair(`other-mint-${flavour}`) });
      aliceTokens = await createAssociatedTokenAccount(ctx, mint, alice.publicKey);
      aliceOtherTokens = await createAssociatedTokenAccount(ctx, otherMint, alice.publicKey);
      bobTokens = await createAssociatedTokenAccount(ctx, mint, bob.publicKey);
      await mintTo(ctx, mint, aliceTokens, 1_000_000n);
      await mintTo(ctx, otherMint, aliceOtherTokens, 1_000_000n);
      await mintTo(ctx, mint, bobTokens, 500_000n);
      vault = vaultPda(program.programId, authority.publicKey, mint.address)[0];
      vaultTokens = getAssociatedTokenAddressSync(mint.address, vault, true, tokenProgram);
      alicePosition = positionPda(program.programId, vault, alice.publicKey)[0];
    });

    after(() => ctx.close());

    /** Signature fee of a transaction signed by the payer and `extra` others. */
    const fee = (extra: number) => FEE_PER_SIGNATURE * BigInt(1 + extra);
    const rent = (space: number) => ctx.rentExemptMinimum(space);
    const parties = () => ({
      payer: lamportsOf(ctx.payer.publicKey),
      authority: lamportsOf(authority.publicKey),
      alice: lamportsOf(alice.publicKey),
      bob: lamportsOf(bob.publicKey),
      vault: lamportsOf(vault),
      alicePosition: lamportsOf(alicePosition),
      aliceTokens: tokensOf(aliceTokens),
      bobTokens: tokensOf(bobTokens),
      vaultTokens: tokensOf(vaultTokens),
    });
    const unchanged = { payer: 0n, authority: 0n, alice: 0n, bob: 0n, vault: 0n, alicePosition: 0n, aliceTokens: 0n, bobTokens: 0n, vaultTokens: 0n };

    async function sent(signature: string, instruction: string) {
      const tx = await ctx.transaction(signature);
      cu.record(column, instruction, tx.computeUnits);
      return tx;
    }

    const deposit = (owner: Keypair, ownerTokens: PublicKey, amount: bigint) =>
      program.methods
        .deposit(bn(amount))
        .accountsPartial({ owner: owner.publicKey, vault, ownerTokens, tokenProgram })
        .signers([owner])
        .rpc();
    const withdraw = (owner: Keypair, destination: PublicKey, amount: bigint) =>
      program.methods
        .withdraw(bn(amount))
        .accountsPartial({ owner: owner.publicKey, vault, destination, tokenProgram })
        .signers([owner])
        .rpc();

    it("initialize: creates the vault PDA and its token account, the authority paying exactly their rent", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const signature = await program.methods
        .initialize(bn(MAX_TOTAL))
        .accounts({ authority: authority.publicKey, mint: mint.address, tokenProgram })
        .signers([authority])
        .rpc();
      const tx = await sent(signature, "initialize");

      const ata = await ctx.getAccount(vaultTokens);
      expect(ata?.owner.equals(tokenProgram)).to.equal(true);
      // Token-2022 associated accounts carry the ImmutableOwner extension.
      expect(ata?.data.length).to.equal(flavour === "spl-token" ? 165 : 170);
      const vaultRent = await rent(VAULT_SPACE);
      expect(BigInt(tx.fee)).to.equal(fee(1));
      await before.expectDeltas(ctx, {
        ...unchanged,
        payer: -fee(1),
        authority: -(vaultRent + (await rent(ata?.data.length ?? 0))),
        vault: vaultRent,
      });

      const state = await program.account.vault.fetch(vault);
      expect(state.authority.toBase58()).to.equal(authority.publicKey.toBase58());
      expect(state.mint.toBase58()).to.equal(mint.address.toBase58());
      expect(state.tokenProgram.toBase58()).to.equal(tokenProgram.toBase58());
      expect(state.vaultTokens.toBase58()).to.equal(vaultTokens.toBase58());
      expect(state.maxTotal.toString()).to.equal(MAX_TOTAL.toString());
      expect(state.total.toString()).to.equal("0");
      expect(state.bump).to.equal(vaultPda(program.programId, authority.publicKey, mint.address)[1]);
      expect(logEvents(program, tx)).to.deep.equal([
        {
          name: "vaultInitialized",
          data: { vault: vault.toBase58(), authority: authority.publicKey.toBase58(), mint: mint.address.toBase58(), maxTotal: MAX_TOTAL.toString() },
        },
      ]);
    });

    it("initialize again for the same authority and mint fails: the vault is already in use, nothing changes", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const data = (await ctx.getAccount(vault))?.data;
      const failed = await failureOf(
        program.methods.initialize(bn(1n)).accounts({ authority: authority.publicKey, mint: mint.address, tokenProgram }).signers([authority]).rpc(),
      );
      expect(failed.logs.join("\n")).to.match(/Allocate: account Address \{ address: \w+, base: None \} already in use/);
      expect(failed.logs.join("\n")).to.contain(`Program ${SystemProgram.programId.toBase58()} failed: custom program error: 0x0`);
      expect((await ctx.getAccount(vault))?.data.equals(data ?? Buffer.alloc(0))).to.equal(true);
      await before.expectDeltas(ctx, unchanged);
    });

    it("deposit: init_if_needed opens alice's position, transfer_checked moves the tokens, Deposited arrives by emit_cpi!", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await sent(await deposit(alice, aliceTokens, 250_000n), "deposit/open_position");
      const positionRent = await rent(POSITION_SPACE);
      await before.expectDeltas(ctx, {
        ...unchanged,
        payer: -fee(1),
        alice: -positionRent,
        alicePosition: positionRent,
        aliceTokens: -250_000n,
        vaultTokens: 250_000n,
      });
      const position = await program.account.position.fetch(alicePosition);
      expect(position.owner.toBase58()).to.equal(alice.publicKey.toBase58());
      expect(position.vault.toBase58()).to.equal(vault.toBase58());
      expect(position.amount.toString()).to.equal("250000");
      expect(position.deposits).to.equal(1);
      expect(position.bump).to.equal(positionPda(program.programId, vault, alice.publicKey)[1]);
      expect((await program.account.vault.fetch(vault)).total.toString()).to.equal("250000");
      // emit_cpi! leaves no "Program data:" log; the event is the self-invocation's data.
      expect(logEvents(program, tx)).to.deep.equal([]);
      expect(cpiEvents(program, tx)).to.deep.equal([
        {
          name: "deposited",
          data: { vault: vault.toBase58(), owner: alice.publicKey.toBase58(), amount: "250000", positionAmount: "250000", vaultTotal: "250000" },
        },
      ]);
    });

    it("deposit again: init_if_needed keeps the existing position (no re-initialisation, no second rent)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await sent(await deposit(alice, aliceTokens, 100_000n), "deposit");
      await before.expectDeltas(ctx, { ...unchanged, payer: -fee(1), aliceTokens: -100_000n, vaultTokens: 100_000n });
      const position = await program.account.position.fetch(alicePosition);
      expect(position.amount.toString()).to.equal("350000");
      expect(position.deposits).to.equal(2);
      expect(cpiEvents(program, tx).map((e) => e.data.positionAmount)).to.deep.equal(["350000"]);
    });

    it("deposit: raw constraints reject a zero amount (ZeroAmount) and one over the cap (CapExceeded)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      expect((await failureOf(deposit(alice, aliceTokens, 0n))).anchor).to.deep.equal({ name: "ZeroAmount", number: 6000 });
      expect((await failureOf(deposit(bob, bobTokens, MAX_TOTAL - 350_000n + 1n))).anchor).to.deep.equal({ name: "CapExceeded", number: 6001 });
      await before.expectDeltas(ctx, unchanged);
    });

    it("deposit: another mint (ConstraintHasOne), another mint's token account (ConstraintTokenMint), the other token program (ConstraintMintTokenProgram)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const attempt = (accounts: { mint?: PublicKey; ownerTokens?: PublicKey; tokenProgram?: PublicKey }) =>
        failureOf(
          program.methods
            .deposit(bn(1_000n))
            .accountsPartial({ owner: alice.publicKey, vault, mint: mint.address, ownerTokens: aliceTokens, tokenProgram, ...accounts })
            .signers([alice])
            .rpc(),
        );
      expect((await attempt({ mint: otherMint.address, ownerTokens: aliceOtherTokens })).anchor).to.deep.equal({ name: "ConstraintHasOne", number: 2001 });
      expect((await attempt({ ownerTokens: aliceOtherTokens })).anchor).to.deep.equal({ name: "ConstraintTokenMint", number: 2014 });
      expect((await attempt({ tokenProgram: otherTokenProgram })).anchor).to.deep.equal({ name: "ConstraintMintTokenProgram", number: 2022 });
      await before.expectDeltas(ctx, unchanged);
    });

    it("set_cap: has_one = authority rejects another signer (ConstraintHasOne)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const failed = await failureOf(program.methods.setCap(bn(1n)).accountsPartial({ authority: bob.publicKey, vault }).signers([bob]).rpc());
      expect(failed.anchor).to.deep.equal({ name: "ConstraintHasOne", number: 2001 });
      await before.expectDeltas(ctx, unchanged);
    });

    it("set_cap: the authority's key without its signature fails AccountNotSigner", async () => {
      const ix = await program.methods.setCap(bn(2n * MAX_TOTAL)).accountsPartial({ authority: authority.publicKey, vault }).instruction();
      const key = ix.keys.find((k) => k.pubkey.equals(authority.publicKey));
      if (!key) throw new Error("set_cap has no authority account");
      key.isSigner = false;
      const failed = await failureOf(ctx.send([ix]));
      expect(failed.anchor).to.deep.equal({ name: "AccountNotSigner", number: 3010 });
      expect((await program.account.vault.fetch(vault)).maxTotal.toString()).to.equal(MAX_TOTAL.toString());
    });

    it("set_cap: refuses a cap below the vault's total (CapBelowTotal), then the authority raises it and CapChanged is emitted", async () => {
      expect((await failureOf(program.methods.setCap(bn(349_999n)).accountsPartial({ authority: authority.publicKey, vault }).signers([authority]).rpc())).anchor).to.deep.equal({
        name: "CapBelowTotal",
        number: 6002,
      });
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await sent(await program.methods.setCap(bn(2n * MAX_TOTAL)).accountsPartial({ authority: authority.publicKey, vault }).signers([authority]).rpc(), "set_cap");
      await before.expectDeltas(ctx, { ...unchanged, payer: -fee(1) });
      expect(logEvents(program, tx)).to.deep.equal([
        { name: "capChanged", data: { vault: vault.toBase58(), oldMaxTotal: MAX_TOTAL.toString(), newMaxTotal: (2n * MAX_TOTAL).toString() } },
      ]);
    });

    it("withdraw: another signer cannot take alice's position (ConstraintSeeds), nor more than it holds (InsufficientFunds)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const stolen = await failureOf(
        program.methods
          .withdraw(bn(1n))
          .accountsPartial({ owner: bob.publicKey, vault, position: alicePosition, destination: bobTokens, tokenProgram })
          .signers([bob])
          .rpc(),
      );
      expect(stolen.anchor).to.deep.equal({ name: "ConstraintSeeds", number: 2006 });
      expect((await failureOf(withdraw(alice, aliceTokens, 350_001n))).anchor).to.deep.equal({ name: "InsufficientFunds", number: 6003 });
      await before.expectDeltas(ctx, unchanged);
    });

    it("withdraw: the vault PDA signs transfer_checked back to alice and Withdrawn is emitted by emit!", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await sent(await withdraw(alice, aliceTokens, 150_000n), "withdraw");
      await before.expectDeltas(ctx, { ...unchanged, payer: -fee(1), aliceTokens: 150_000n, vaultTokens: -150_000n });
      expect(logEvents(program, tx)).to.deep.equal([
        {
          name: "withdrawn",
          data: { vault: vault.toBase58(), owner: alice.publicKey.toBase58(), amount: "150000", positionAmount: "200000", vaultTotal: "200000" },
        },
      ]);
      expect((await program.account.vault.fetch(vault)).total.toString()).to.equal("200000");
    });

    it("close_position: refuses a position that still holds tokens (PositionNotEmpty)", async () => {
      const failed = await failureOf(program.methods.closePosition().accountsPartial({ owner: alice.publicKey, vault }).signers([alice]).rpc());
      expect(failed.anchor).to.deep.equal({ name: "PositionNotEmpty", number: 6004 });
      expect(await ctx.getAccount(alicePosition)).to.not.equal(null);
    });

    it("close_position: once empty, the position's rent goes back to alice and the account is gone", async () => {
      await withdraw(alice, aliceTokens, 200_000n);
      const positionRent = await rent(POSITION_SPACE);
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await sent(await program.methods.closePosition().accountsPartial({ owner: alice.publicKey, vault }).signers([alice]).rpc(), "close_position");
      await before.expectDeltas(ctx, { ...unchanged, payer: -fee(1), alice: positionRent, alicePosition: -positionRent });
      expect(await ctx.getAccount(alicePosition)).to.equal(null);
      expect(logEvents(program, tx).map((e) => e.name)).to.deep.equal(["positionClosed"]);
    });

    it("a closed position cannot be used again (AccountNotInitialized)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const failed = await failureOf(
        program.methods.closePosition().accountsPartial({ owner: alice.publicKey, vault, position: alicePosition }).signers([alice]).rpc(),
      );
      expect(failed.anchor).to.deep.equal({ name: "AccountNotInitialized", number: 3012 });
      await before.expectDeltas(ctx, unchanged);
    });

    it("closed-account revival: refunding a just-closed position in the same transaction and closing it again fails (AccountOwnedByWrongProgram)", async () => {
      await deposit(bob, bobTokens, 1_000n);
      await withdraw(bob, bobTokens, 1_000n);
      const bobPosition = positionPda(program.programId, vault, bob.publicKey)[0];
      const positionRent = await rent(POSITION_SPACE);
      const close = () => program.methods.closePosition().accountsPartial({ owner: bob.publicKey, vault, position: bobPosition }).instruction();
      const revive = SystemProgram.transfer({ fromPubkey: ctx.payer.publicKey, toPubkey: bobPosition, lamports: positionRent });
      const before = await BalanceSnapshot.take(ctx, { ...parties(), bobPosition: lamportsOf(bobPosition) });
      const failed = await failureOf(ctx.send(new Transaction().add(await close(), revive, await close()), [bob]));
      expect(failed.anchor).to.deep.equal({ name: "AccountOwnedByWrongProgram", number: 3007 });
      await before.expectDeltas(ctx, { ...unchanged, bobPosition: 0n });
      expect((await program.account.position.fetch(bobPosition)).amount.toString()).to.equal("0");
    });

    it("recorded the compute units of every vault instruction", () => {
      for (const ix of ["initialize", "deposit/open_position", "deposit", "set_cap", "withdraw", "close_position"]) {
        const units = cu.get(column, ix);
        expect(units, ix).to.be.a("number");
        expect(units, ix).to.be.within(1, 200_000);
      }
    });
  }

  function noteFlow(arch: Arch): void {
    const column = `${arch}/-`;
    let ctx: TestContext;
    let program: Program<NdAcceptance>;
    let alice: Keypair;
    let bob: Keypair;
    let note: PublicKey;

    before(async () => {
      ({ ctx, program } = await setUp(arch));
      [alice, bob] = ["alice", "bob"].map(fixedKeypair);
      for (const k of [alice, bob]) await ctx.airdrop(k.publicKey, 10_000_000_000n);
      note = notePda(program.programId, alice.publicKey)[0];
    });

    after(() => ctx.close());

    const parties = () => ({ payer: lamportsOf(ctx.payer.publicKey), alice: lamportsOf(alice.publicKey), note: lamportsOf(note) });
    const write = (method: "createNote" | "updateNote", owner: Keypair, text: string) => {
      const accounts = { owner: owner.publicKey, note: notePda(program.programId, owner.publicKey)[0] };
      const builder = method === "createNote" ? program.methods.createNote(text).accountsPartial(accounts) : program.methods.updateNote(text).accountsPartial(accounts);
      return builder.signers([owner]).rpc();
    };
    const rent = (text: string) => ctx.rentExemptMinimum(noteSpace(text));
    const fee = 2n * FEE_PER_SIGNATURE;

    async function expectNote(text: string) {
      const account = await ctx.getAccount(note);
      expect(account?.data.length).to.equal(noteSpace(text));
      expect(account?.lamports).to.equal(Number(await rent(text)));
      expect((await program.account.note.fetch(note)).text).to.equal(text);
    }

    it("create_note: init sizes the PDA for the text, alice paying exactly its rent", async () => {
      const text = "hello from the registry-only toolchain";
      const before = await BalanceSnapshot.take(ctx, parties());
      const signature = await write("createNote", alice, text);
      const tx = await ctx.transaction(signature);
      cu.record(column, "create_note", tx.computeUnits);
      await before.expectDeltas(ctx, { payer: -fee, alice: -(await rent(text)), note: await rent(text) });
      await expectNote(text);
      expect(logEvents(program, tx)).to.deep.equal([{ name: "noteWritten", data: { owner: alice.publicKey.toBase58(), len: text.length } }]);
    });

    it("create_note again fails: the note is already in use", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      const failed = await failureOf(write("createNote", alice, "again"));
      expect(failed.logs.join("\n")).to.match(/already in use/);
      await before.expectDeltas(ctx, { payer: 0n, alice: 0n, note: 0n });
    });

    it("update_note: realloc grows the account, alice paying exactly the rent difference", async () => {
      const old = (await program.account.note.fetch(note)).text;
      const text = "x".repeat(300);
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await ctx.transaction(await write("updateNote", alice, text));
      cu.record(column, "update_note/grow", tx.computeUnits);
      const difference = (await rent(text)) - (await rent(old));
      await before.expectDeltas(ctx, { payer: -fee, alice: -difference, note: difference });
      await expectNote(text);
    });

    it("update_note: realloc shrinks the account and refunds the rent difference to alice", async () => {
      const text = "short";
      const before = await BalanceSnapshot.take(ctx, parties());
      const tx = await ctx.transaction(await write("updateNote", alice, text));
      cu.record(column, "update_note/shrink", tx.computeUnits);
      const difference = (await rent("x".repeat(300))) - (await rent(text));
      await before.expectDeltas(ctx, { payer: -fee, alice: difference, note: -difference });
      await expectNote(text);
    });

    it("update_note: refuses text over MAX_NOTE_LEN (NoteTooLong) and someone else's note (ConstraintSeeds)", async () => {
      const before = await BalanceSnapshot.take(ctx, parties());
      expect((await failureOf(write("updateNote", alice, "y".repeat(513)))).anchor).to.deep.equal({ name: "NoteTooLong", number: 6005 });
      const foreign = await failureOf(program.methods.updateNote("mine now").accountsPartial({ owner: bob.publicKey, note }).signers([bob]).rpc());
      expect(foreign.anchor).to.deep.equal({ name: "ConstraintSeeds", number: 2006 });
      await before.expectDeltas(ctx, { payer: 0n, alice: 0n, note: 0n });
      await expectNote("short");
    });
  }
});
