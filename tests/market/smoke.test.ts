// The market program on its built .so, driven by anchor `Program` clients (not the SDK): one
// pass through every money path with the exact balance change of every party, and the
// Token-2022 mints it must refuse. The SDK-driven flow, attack and randomised suites go deeper.
import { BN } from "@coral-xyz/anchor";
import { AccountState, TOKEN_2022_PROGRAM_ID, createUpdateDefaultAccountStateInstruction } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import {
  BalanceSnapshot,
  BalanceTarget,
  MintExtension,
  TestContext,
  createMint,
  createTestContext,
  lamportsOf,
  requireCapability,
  tokensOf,
} from "../harness";
import { expectAnchorError } from "./anchor-client/failures";
import {
  INSTANT,
  Market,
  REFERRAL_CAP_BPS,
  STAKING_SHARE_BPS,
  TrackSetup,
  VaultSetup,
  buy,
  claim,
  claimCredit,
  claimFees,
  createSplit,
  createTrack,
  escrow,
  initPlatform,
  openVault,
  refund,
  settleAccounts,
} from "./anchor-client/market";
import { Payment, PaymentKind, createPayment, paymentOf } from "./fixtures/payment";
import { BPF_LOADER_UPGRADEABLE, MARKET, marketPdas, marketProgram } from "./anchor-client/program";

const BPS = 10_000n;
const PPM = 1_000_000n;
const SHARES = [333_334, 333_333, 333_333];
const PRICE = 1_000_003n;
const TIP = 50_001n;
const REFERRAL_BPS = 500;
const WINDOW_SECS = 3_600;

/** The sale arithmetic of the spec, written out independently of nd-math and the SDK. */
function expectedSale(m: Market, price: bigint, tip: bigint, referralBps: bigint) {
  const fee = (price * BigInt(m.feeBps)) / BPS;
  const referral = ((price - fee) * referralBps) / BPS;
  const staking = (fee * BigInt(m.stakingShareBps)) / BPS;
  return { fee, referral, staking, treasury: fee - staking, toSplit: price - fee - referral + tip };
}

/** What a buyer's payment of price + tip books, once the mint has taken its transfer fee. */
function received(payment: Payment, price: bigint, tip: bigint) {
  const amount = price + tip;
  const got = amount - payment.feeOn(amount);
  const bookedTip = tip < got ? tip : got;
  return { amount, got, price: got - bookedTip, tip: bookedTip };
}

async function rentOf(ctx: TestContext, address: PublicKey): Promise<bigint> {
  const info = await ctx.getAccount(address);
  if (!info) throw new Error(`${address.toBase58()} does not exist`);
  return ctx.rentExemptMinimum(info.data.length);
}

/** The vault's money: token balance, or lamports above the Vault account's rent for SOL. */
function vaultMoney(v: VaultSetup): BalanceTarget {
  return v.vaultTokens ? tokensOf(v.vaultTokens) : lamportsOf(v.vault);
}

async function vaultState(m: Market, v: VaultSetup) {
  const s = await m.program.account.vault.fetch(v.vault);
  const n = (x: BN) => BigInt(x.toString());
  return {
    acc: n(s.accumulator.acc),
    escrowed: n(s.escrowed),
    feesOwed: n(s.feesOwed),
    stakingOwed: n(s.stakingOwed),
    creditsOwed: n(s.creditsOwed),
  };
}

interface Sale {
  readonly m: Market;
  readonly t: TrackSetup;
  readonly payment: Payment;
}

async function marketWithTrack(ctx: TestContext, kind: PaymentKind, opts: { escrowWindow?: number; referralBps?: number } = {}): Promise<Sale> {
  const m = await initPlatform(ctx);
  const split = await createSplit(m, SHARES);
  const payment = await createPayment(ctx, kind);
  const vault = await openVault(m, split, payment);
  const t = await createTrack(m, {
    split,
    vault,
    price: PRICE,
    referralBps: opts.referralBps ?? REFERRAL_BPS,
    mode: opts.escrowWindow === undefined ? INSTANT : escrow(opts.escrowWindow),
  });
  return { m, t, payment };
}

const KINDS: readonly PaymentKind[] = ["sol", "spl", "token-2022-fee"];

describe("nd-market smoke (anchor clients, built .so)", () => {
  let ctx: TestContext;

  beforeEach(async () => {
    ctx = await createTestContext({ programs: [{ name: MARKET }] });
  });

  afterEach(async () => {
    await ctx.close();
  });

  describe("init_platform", () => {
    it("is run by the program's upgrade authority, with the default 2.5 % fee", async function () {
      requireCapability(this, ctx, "isolatedChain");
      const m = await initPlatform(ctx);
      const platform = await m.program.account.platform.fetch(m.platform);
      expect(platform.authority.toBase58()).to.equal(ctx.upgradeAuthority.publicKey.toBase58());
      expect(platform.feeBps).to.equal(250);
      expect(platform.referralCapBps).to.equal(REFERRAL_CAP_BPS);
      expect(platform.stakingShareBps).to.equal(STAKING_SHARE_BPS);
      expect(platform.treasury.toBase58()).to.equal(m.treasury.toBase58());
      expect(platform.paused).to.equal(false);
    });

    it("is refused for any other signer with NotUpgradeAuthority, and nothing moves", async function () {
      requireCapability(this, ctx, "isolatedChain");
      const program = marketProgram(ctx);
      const pdas = marketPdas(program.programId);
      const intruder = await ctx.createFundedKeypair();
      const before = await BalanceSnapshot.take(ctx, { intruder: lamportsOf(intruder.publicKey), platform: lamportsOf(pdas.platform()) });
      await expectAnchorError(
        program.methods
          .initPlatform({ treasury: intruder.publicKey, referralCapBps: 0, stakingShareBps: 0, arbiter: intruder.publicKey })
          .accountsPartial({ authority: intruder.publicKey, platform: pdas.platform(), program: program.programId, programData: pdas.programData() })
          .signers([intruder])
          .rpc(),
        "NotUpgradeAuthority",
      );
      await before.expectDeltas(ctx, { intruder: 0n, platform: 0n });
      expect(await ctx.getAccount(pdas.platform())).to.equal(null);
    });
  });

  describe("upgradeable loading (harness)", () => {
    it("loads the program under the BPF upgradeable loader with ctx.upgradeAuthority in its ProgramData", async () => {
      const programId = marketProgram(ctx).programId;
      const program = await ctx.getAccount(programId);
      const programData = await ctx.getAccount(marketPdas(programId).programData());
      expect(program?.executable).to.equal(true);
      expect(program?.owner.toBase58()).to.equal(BPF_LOADER_UPGRADEABLE.toBase58());
      expect(new PublicKey(program!.data.subarray(4, 36)).toBase58()).to.equal(marketPdas(programId).programData().toBase58());
      expect(programData!.data[12]).to.equal(1);
      expect(new PublicKey(programData!.data.subarray(13, 45)).toBase58()).to.equal(ctx.upgradeAuthority.publicKey.toBase58());
    });

    it("takes a ProgramSpec's own upgrade authority instead, which alone may initialise the platform", async function () {
      requireCapability(this, ctx, "loadProgram");
      const own = Keypair.generate();
      const other = await createTestContext({ programs: [{ name: MARKET, upgradeAuthority: own }] });
      try {
        const program = marketProgram(other);
        const pdas = marketPdas(program.programId);
        const init = async (authority: Keypair) => {
          await other.airdrop(authority.publicKey, 1_000_000_000n);
          return program.methods
            .initPlatform({ treasury: authority.publicKey, referralCapBps: 0, stakingShareBps: 0, arbiter: authority.publicKey })
            .accountsPartial({ authority: authority.publicKey, platform: pdas.platform(), program: program.programId, programData: pdas.programData() })
            .signers([authority])
            .rpc();
        };
        await expectAnchorError(init(other.upgradeAuthority), "NotUpgradeAuthority");
        await init(own);
        expect((await program.account.platform.fetch(pdas.platform())).authority.toBase58()).to.equal(own.publicKey.toBase58());
      } finally {
        await other.close();
      }
    });
  });

  for (const kind of KINDS) {
    describe(`paid in ${kind}`, () => {
      it("instant buy with tip and referral, then claims by every recipient, the treasury and the referrer", async () => {
        const { m, t, payment } = await marketWithTrack(ctx, kind);
        const v = t.vault;
        const buyer = await ctx.createFundedKeypair();
        const referrer = await ctx.createFundedKeypair(1_000_000_000n);
        await payment.fund(buyer.publicKey, PRICE + TIP);
        for (const wallet of [...t.split.recipients, m.treasury, referrer.publicKey]) await payment.open(wallet);
        const parties = {
          buyer: payment.balanceOf(buyer.publicKey),
          buyerLamports: lamportsOf(buyer.publicKey),
          vault: vaultMoney(v),
          r0: payment.balanceOf(t.split.recipients[0]),
          r1: payment.balanceOf(t.split.recipients[1]),
          r2: payment.balanceOf(t.split.recipients[2]),
          treasury: payment.balanceOf(m.treasury),
          referrer: payment.balanceOf(referrer.publicKey),
        };

        // Buy: one transfer into the vault; the buyer also pays the Purchase and Credit rent.
        let snap = await BalanceSnapshot.take(ctx, parties);
        await buy(m, t, buyer, { tip: TIP, referrer: referrer.publicKey });
        const got = received(payment, PRICE, TIP);
        const sale = expectedSale(m, got.price, got.tip, BigInt(REFERRAL_BPS));
        const rents = (await rentOf(ctx, m.pdas.purchase(t.track, buyer.publicKey))) + (await rentOf(ctx, m.pdas.credit(v.vault, referrer.publicKey)));
        const sol = payment.kind === "sol";
        await snap.expectDeltas(ctx, {
          buyer: sol ? -got.amount - rents : -got.amount,
          buyerLamports: sol ? -got.amount - rents : -rents,
          vault: got.got,
          r0: 0n,
          r1: 0n,
          r2: 0n,
          treasury: 0n,
          referrer: 0n,
        });
        expect(await vaultState(m, v)).to.deep.equal({
          acc: sale.toSplit,
          escrowed: 0n,
          feesOwed: sale.treasury,
          stakingOwed: sale.staking,
          creditsOwed: sale.referral,
        });
        const purchase = await m.program.account.purchase.fetch(m.pdas.purchase(t.track, buyer.publicKey));
        expect(purchase.state).to.deep.equal({ settled: {} });
        expect(BigInt(purchase.pricePaid.toString())).to.equal(got.price);
        expect(BigInt(purchase.fee.toString())).to.equal(sale.fee);

        // Each recipient claims floor(credited × share / 10^6); the mint may take its fee on the way out.
        let paidOut = 0n;
        for (const [index, share] of SHARES.entries()) {
          const entitlement = (sale.toSplit * BigInt(share)) / PPM;
          snap = await BalanceSnapshot.take(ctx, parties);
          await claim(m, t.split, v, index);
          const deltas = { buyer: 0n, buyerLamports: 0n, vault: -entitlement, r0: 0n, r1: 0n, r2: 0n, treasury: 0n, referrer: 0n };
          deltas[`r${index}` as "r0" | "r1" | "r2"] = entitlement - payment.feeOn(entitlement);
          await snap.expectDeltas(ctx, deltas);
          paidOut += entitlement;
        }
        await expectAnchorError(claim(m, t.split, v, 0), "NothingToClaim");

        snap = await BalanceSnapshot.take(ctx, parties);
        await claimFees(m, v);
        const feeOut = payment.feeOn(sale.treasury);
        await snap.expectDeltas(ctx, { buyer: 0n, buyerLamports: 0n, vault: -sale.treasury, r0: 0n, r1: 0n, r2: 0n, treasury: sale.treasury - feeOut, referrer: 0n });

        snap = await BalanceSnapshot.take(ctx, parties);
        await claimCredit(m, v, referrer.publicKey);
        const referralOut = payment.feeOn(sale.referral);
        await snap.expectDeltas(ctx, { buyer: 0n, buyerLamports: 0n, vault: -sale.referral, r0: 0n, r1: 0n, r2: 0n, treasury: 0n, referrer: sale.referral - referralOut });

        // What stays is exactly what is still owed: the staking share and the unbooked dust.
        const dust = sale.toSplit - paidOut;
        expect(dust >= 0n && dust < BigInt(SHARES.length)).to.equal(true);
        const rest = await BalanceSnapshot.take(ctx, { vault: vaultMoney(v) });
        const vaultRent = payment.kind === "sol" ? await rentOf(ctx, v.vault) : 0n;
        expect(rest.values.vault - vaultRent).to.equal(sale.staking + dust);
        expect(await vaultState(m, v)).to.deep.include({ feesOwed: 0n, creditsOwed: 0n, stakingOwed: sale.staking });
      });

      it("escrow: the buyer confirms, anyone settles after the window, the arbiter refunds in it", async function () {
        requireCapability(this, ctx, "clockWarp");
        const { m, t, payment } = await marketWithTrack(ctx, kind, { escrowWindow: WINDOW_SECS });
        const v = t.vault;
        const [alice, bob, carol] = [await ctx.createFundedKeypair(), await ctx.createFundedKeypair(), await ctx.createFundedKeypair()];
        for (const b of [alice, bob, carol]) await payment.fund(b.publicKey, PRICE);
        const parties = { alice: payment.balanceOf(alice.publicKey), bob: payment.balanceOf(bob.publicKey), carol: payment.balanceOf(carol.publicKey), vault: vaultMoney(v) };
        const got = received(payment, PRICE, 0n);
        const sale = expectedSale(m, got.price, 0n, 0n);
        const rent = async (b: Keypair) => (payment.kind === "sol" ? rentOf(ctx, m.pdas.purchase(t.track, b.publicKey)) : 0n);

        // Held, not credited.
        let snap = await BalanceSnapshot.take(ctx, parties);
        await buy(m, t, alice);
        await buy(m, t, bob);
        await buy(m, t, carol);
        await snap.expectDeltas(ctx, {
          alice: -got.amount - (await rent(alice)),
          bob: -got.amount - (await rent(bob)),
          carol: -got.amount - (await rent(carol)),
          vault: 3n * got.got,
        });
        expect(await vaultState(m, v)).to.deep.equal({ acc: 0n, escrowed: 3n * got.got, feesOwed: 0n, stakingOwed: 0n, creditsOwed: 0n });

        // Confirm: books the sale; no money moves.
        snap = await BalanceSnapshot.take(ctx, parties);
        await m.program.methods.confirm().accountsPartial(await settleAccounts(m, t, alice.publicKey, alice.publicKey)).signers([alice]).rpc();
        await snap.expectDeltas(ctx, { alice: 0n, bob: 0n, carol: 0n, vault: 0n });
        expect(await vaultState(m, v)).to.deep.equal({
          acc: sale.toSplit,
          escrowed: 2n * got.got,
          feesOwed: sale.treasury,
          stakingOwed: sale.staking,
          creditsOwed: 0n,
        });

        // Settle: refused inside the window, open to anyone after it.
        const anyone = await ctx.createFundedKeypair();
        const settleBob = async () =>
          m.program.methods.settle().accountsPartial(await settleAccounts(m, t, bob.publicKey, anyone.publicKey)).signers([anyone]).rpc();
        await expectAnchorError(settleBob(), "EscrowWindowOpen");

        // Refund in the window by the arbiter: exactly what the vault received goes back.
        snap = await BalanceSnapshot.take(ctx, parties);
        await refund(m, t, carol.publicKey, m.arbiter);
        const refundFee = payment.feeOn(got.got);
        await snap.expectDeltas(ctx, { alice: 0n, bob: 0n, carol: got.got - refundFee, vault: -got.got });
        await expectAnchorError(refund(m, t, carol.publicKey, m.arbiter), "AlreadyRefunded");

        await ctx.advanceClock({ seconds: WINDOW_SECS });
        snap = await BalanceSnapshot.take(ctx, parties);
        await settleBob();
        await snap.expectDeltas(ctx, { alice: 0n, bob: 0n, carol: 0n, vault: 0n });
        await expectAnchorError(settleBob(), "AlreadySettled");
        await expectAnchorError(refund(m, t, bob.publicKey, m.arbiter), "AlreadySettled");
        expect(await vaultState(m, v)).to.deep.equal({
          acc: 2n * sale.toSplit,
          escrowed: 0n,
          feesOwed: 2n * sale.treasury,
          stakingOwed: 2n * sale.staking,
          creditsOwed: 0n,
        });
        const track = await m.program.account.track.fetch(t.track);
        expect([track.sold.toNumber(), track.openEscrows.toNumber()]).to.deep.equal([2, 0]);
      });
    });
  }

  describe("Token-2022 mints the vault refuses", () => {
    const freezer = Keypair.generate();
    const refused: readonly [string, MintExtension, string][] = [
      ["a permanent delegate", { kind: "permanentDelegate", delegate: freezer.publicKey }, "PermanentDelegateNotAllowed"],
      ["non-transferable tokens", { kind: "nonTransferable" }, "NonTransferableMint"],
      ["a mint close authority", { kind: "mintCloseAuthority", closeAuthority: freezer.publicKey }, "MintCloseAuthorityNotAllowed"],
      ["accounts frozen by default", { kind: "defaultAccountState", state: AccountState.Frozen }, "DefaultFrozenMint"],
      ["a transfer hook", { kind: "transferHook", hookProgramId: Keypair.generate().publicKey }, "TransferHookNotSupported"],
    ];
    for (const [what, extension, error] of refused) {
      it(`refuses a mint with ${what} (${error}) at open_vault`, async () => {
        const m = await initPlatform(ctx);
        const split = await createSplit(m, SHARES);
        const token = await createMint(ctx, { extensions: [extension], freezeAuthority: freezer.publicKey });
        const payment = await paymentOf(ctx, "token-2022", token);
        const vault = m.pdas.vault(split.split, token.address);
        const before = await BalanceSnapshot.take(ctx, { payer: lamportsOf(ctx.payer.publicKey), vault: lamportsOf(vault) });
        await expectAnchorError(openVault(m, split, payment), error);
        await before.expectDeltas(ctx, { payer: 0n, vault: 0n });
      });
    }

    it("refuses at create_track a mint whose default account state turned frozen after open_vault", async () => {
      const m = await initPlatform(ctx);
      const split = await createSplit(m, SHARES);
      const freezeAuthority = await ctx.createFundedKeypair();
      const token = await createMint(ctx, {
        extensions: [{ kind: "defaultAccountState", state: AccountState.Initialized }],
        freezeAuthority: freezeAuthority.publicKey,
      });
      const vault = await openVault(m, split, await paymentOf(ctx, "token-2022", token));
      await ctx.send(
        [createUpdateDefaultAccountStateInstruction(token.address, AccountState.Frozen, freezeAuthority.publicKey, [], TOKEN_2022_PROGRAM_ID)],
        [freezeAuthority],
      );
      await expectAnchorError(createTrack(m, { split, vault, price: PRICE }), "DefaultFrozenMint");
      expect(await ctx.getAccount(m.pdas.track(split.controller.publicKey, 1n))).to.equal(null);
    });
  });
});
