// pay_split: a payment into a split's vault that is not a track sale (what the editions program
// sells through), booked exactly like an instant buy by the same code: the received-amount rule
// for transfer-fee mints, platform fee and stakers' share, referral to the referrer's Credit, the
// rest to the recipients' accumulator. Every payer-visible amount is checked exactly, the receipt
// it returns and its SplitPaid event; every refusal is named and moves nothing.
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";
import { expect } from "chai";
import { Buffer } from "buffer";
import { fetchCredit } from "../../sdk/src/accounts/market";
import { paySplit } from "../../sdk/src/actions/market/pay-split";
import { keypairSigner } from "../../sdk/src/actions/signer";
import { PaySplitParams, paySplitInstruction, setPausedInstruction } from "../../sdk/src/instructions/market";
import { marketEventsNamed } from "../../sdk/src/market/events";
import { findCreditAddress } from "../../sdk/src/pda";
import { BalanceSnapshot, BalanceTarget, lamportsOf, requireCapability } from "../harness";
import { arriving, expectedSale, rentOf, shareOf } from "./fixtures/amounts";
import { describeEachPayment } from "./fixtures/each-payment";
import { expectRejected } from "./fixtures/failures";
import { VaultSetup, claim, claimCredit, createSplitSetup, openVaultSetup, tokenProgramOf } from "./fixtures/sale-setup";
import { expectVaultHoldsOwed } from "./fixtures/solvency";
import { withAccount } from "./fixtures/tamper";

const SHARES = [700_000, 200_001, 99_999];
const AMOUNT = 2_000_003n;
const TIP = 70_001n;
const REFERRAL_BPS = 700;

/** The `SplitPayment` pay_split returns: received, price, tip, fee, referral as u64 LE. */
function receiptOf(data: Buffer): bigint[] {
  return [0, 8, 16, 24, 32].map((offset) => data.readBigUInt64LE(offset));
}

describeEachPayment("pay_split", (suite) => {
  let vault: VaultSetup;
  let payer: Keypair;
  let parties: Record<string, BalanceTarget>;
  const reference = Keypair.generate().publicKey;

  before(async () => {
    const { env, payment } = suite();
    vault = await openVaultSetup(env, await createSplitSetup(env, SHARES), payment);
    payer = await env.ctx.createFundedKeypair();
    await payment.fund(payer.publicKey, 10n * (AMOUNT + TIP));
    await payment.open(env.treasury.publicKey);
    parties = {
      payer: payment.balanceOf(payer.publicKey),
      payerSol: lamportsOf(payer.publicKey),
      vault: vault.money,
      treasury: payment.balanceOf(env.treasury.publicKey),
      ...Object.fromEntries(vault.split.recipients.map((r, i) => [`r${i}`, payment.balanceOf(r.publicKey)])),
    };
  });

  const params = (p: Partial<PaySplitParams> = {}): PaySplitParams => ({
    payer: payer.publicKey,
    split: vault.split.address,
    mint: vault.payment.mint,
    amount: AMOUNT,
    tip: TIP,
    reference,
    tokenProgram: tokenProgramOf(vault.payment),
    ...p,
  });
  const none = () => Object.fromEntries(Object.keys(parties).map((k) => [k, 0n]));

  it("books like an instant sale: the vault receives amount + tip less any transfer fee, fee and stakers' share booked, the rest credited to the recipients; returns the receipt and emits SplitPaid", async () => {
    const { env, payment } = suite();
    const sale = expectedSale(payment, AMOUNT, TIP, 0);
    const before = await expectVaultHoldsOwed(env, vault);
    const snap = await BalanceSnapshot.take(env.ctx, parties);
    const { signature } = await paySplit({ connection: env.ctx.connection, signer: keypairSigner(payer), split: vault.split.address, mint: payment.mint, amount: AMOUNT, tip: TIP, reference });
    const sent = await env.ctx.transaction(signature);
    const sol = payment.isSol();
    const fee = BigInt(sent.fee);
    await snap.expectDeltas(env.ctx, { ...none(), payer: sol ? -sale.amount - fee : -sale.amount, payerSol: sol ? -sale.amount - fee : -fee, vault: sale.received });

    expect(sent.returnData?.programId.toBase58()).to.equal(env.programId.toBase58());
    expect(receiptOf(sent.returnData?.data ?? Buffer.alloc(40))).to.deep.equal([sale.received, sale.price, sale.tip, sale.fee, 0n]);
    const [event] = marketEventsNamed(sent, "splitPaid");
    expect([event.vault, event.split, event.mint, event.payer, event.reference].map(String)).to.deep.equal(
      [vault.address, vault.split.address, payment.mint, payer.publicKey, reference].map(String),
    );
    expect([event.received, event.price, event.fee, event.referral, event.tip].map((v) => BigInt(v.toString()))).to.deep.equal([sale.received, sale.price, sale.fee, 0n, sale.tip]);
    expect(event.referrer).to.equal(null);

    const after = await expectVaultHoldsOwed(env, vault);
    const state = after.view.vault.state;
    expect(state.feesOwed - before.view.vault.state.feesOwed).to.equal(sale.treasury);
    expect(state.stakingOwed - before.view.vault.state.stakingOwed).to.equal(sale.staking);
    expect(state.grossIn - before.view.vault.state.grossIn).to.equal(sale.received);
    expect(after.view.claims.map((c) => c.claimable)).to.deep.equal(SHARES.map((s) => shareOf(sale.toSplit, s)));
  });

  it("every recipient claims its share of what pay_split booked", async () => {
    const { env, payment } = suite();
    const sale = expectedSale(payment, AMOUNT, TIP, 0);
    for (const [i, share] of SHARES.entries()) {
      const part = shareOf(sale.toSplit, share);
      const snap = await BalanceSnapshot.take(env.ctx, parties);
      await claim(env, vault, i);
      await snap.expectDeltas(env.ctx, { ...none(), vault: -part, [`r${i}`]: arriving(payment, part) });
    }
    await expectVaultHoldsOwed(env, vault);
  });

  it("with a referrer: its Credit is created (the payer pays the rent) and credited the referral, which the referrer claims", async () => {
    const { env, payment } = suite();
    const referrer = await env.ctx.createFundedKeypair(1_000_000_000n);
    await payment.open(referrer.publicKey);
    const sale = expectedSale(payment, AMOUNT, TIP, REFERRAL_BPS);
    const withReferrer: Record<string, BalanceTarget> = { ...parties, referrer: payment.balanceOf(referrer.publicKey) };
    const snap = await BalanceSnapshot.take(env.ctx, withReferrer);
    const sent = await env.send([paySplitInstruction(env.program, params({ referrer: referrer.publicKey, referralBps: REFERRAL_BPS }))], [payer]);
    const credit = findCreditAddress(env.programId, vault.address, referrer.publicKey).address;
    const rent = await rentOf(env.ctx, credit);
    const sol = payment.isSol();
    await snap.expectDeltas(env.ctx, {
      ...none(),
      referrer: 0n,
      payer: sol ? -sale.amount - rent : -sale.amount,
      payerSol: sol ? -sale.amount - rent : -rent,
      vault: sale.received,
    });
    expect(receiptOf(sent.returnData?.data ?? Buffer.alloc(40))).to.deep.equal([sale.received, sale.price, sale.tip, sale.fee, sale.referral]);
    expect((await fetchCredit(env.ctx.connection, vault.address, referrer.publicKey, env.programId))?.owed).to.equal(sale.referral);
    const [event] = marketEventsNamed(sent, "splitPaid");
    expect(event.referrer?.toBase58()).to.equal(referrer.publicKey.toBase58());
    await expectVaultHoldsOwed(env, vault);

    const claimSnap = await BalanceSnapshot.take(env.ctx, withReferrer);
    await claimCredit(env, vault, referrer.publicKey);
    await claimSnap.expectDeltas(env.ctx, { ...none(), referrer: arriving(payment, sale.referral), vault: -sale.referral });
  });

  describe("refusals move nothing", () => {
    const reject = async (build: () => Promise<Parameters<typeof paySplitInstruction>[1]> | Parameters<typeof paySplitInstruction>[1], error: string, tamper = (ix: import("@solana/web3.js").TransactionInstruction) => ix) => {
      const { env } = suite();
      const ix = tamper(await paySplitInstruction(env.program, await build()));
      await expectRejected(env.ctx, parties, () => env.send([ix], [payer]), error);
    };

    it("a paused platform (PlatformPaused)", async () => {
      const { env } = suite();
      await env.send([setPausedInstruction(env.program, { authority: env.authority.publicKey, paused: true })], [env.authority]);
      try {
        await reject(() => params(), "platformPaused");
      } finally {
        await env.send([setPausedInstruction(env.program, { authority: env.authority.publicKey, paused: false })], [env.authority]);
      }
    });

    it("a zero amount (ZeroAmount)", async () => {
      await reject(() => params({ amount: 0n }), "zeroAmount");
    });

    it("a referral above the platform's cap (ReferralAboveCap)", async () => {
      await reject(() => params({ referrer: Keypair.generate().publicKey, referralBps: 1_001 }), "referralAboveCap");
    });

    it("the payer as its own referrer (SelfReferral)", async () => {
      await reject(() => params({ referrer: payer.publicKey, referralBps: 100 }), "selfReferral");
    });

    it("a referrer without its Credit account (ReferrerCreditMismatch)", async () => {
      const { env } = suite();
      // The builder adds the Credit PDA for a referrer; passing the program id marks it absent.
      await reject(() => params({ referrer: Keypair.generate().publicKey, referralBps: 100 }), "referrerCreditMismatch", (ix) => withAccount(ix, "paySplit", "referrerCredit", env.programId, false));
    });

    it("a Vault forged under another program (AccountOwnedByWrongProgram)", async function () {
      const { env } = suite();
      requireCapability(this, env.ctx, "setAccount");
      const info = await env.ctx.getAccount(vault.address);
      if (!info) throw new Error("vault missing");
      const fake = Keypair.generate().publicKey;
      await env.ctx.setAccount(fake, { lamports: BigInt(info.lamports), data: info.data, owner: SystemProgram.programId });
      await reject(() => params(), "AccountOwnedByWrongProgram", (ix) => withAccount(ix, "paySplit", "vault", fake));
    });

    it("token vaults: another token account than the vault's (WrongVaultTokens); SOL vaults: token accounts at all (UnexpectedTokenAccounts)", async () => {
      const { env, payment } = suite();
      if (payment.isSol()) {
        const other = await openVaultSetup(env, await createSplitSetup(env, [1_000_000]), payment);
        await reject(() => params(), "unexpectedTokenAccounts", (ix) => withAccount(withAccount(ix, "paySplit", "vaultTokens", other.address, true), "paySplit", "mint", PublicKey.default));
        return;
      }
      await reject(() => params(), "wrongVaultTokens", (ix) => withAccount(ix, "paySplit", "vaultTokens", payment.accountOf(payer.publicKey), true));
    });
  });
});
