// Instant sales through the SDK on the built program, for SOL, SPL Token and Token-2022 (with
// and without a transfer fee): buy → claims by every recipient, the treasury and the referrer;
// gifts; tips. Every step asserts the exact change of every party and that the vault holds
// exactly what it still owes.
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { fetchPurchase, fetchPurchasesOf, fetchSplitVault, hasAccess } from "../../sdk/src/accounts/market";
import { marketEventsNamed } from "../../sdk/src/market/events";
import { findCreditAddress, findPurchaseAddress } from "../../sdk/src/pda";
import { BalanceSnapshot, lamportsOf } from "../harness";
import { arriving, expectedSale, rentOf, shareOf } from "./fixtures/amounts";
import { createSaleSetupWithLookupTable } from "./fixtures/big-split";
import { describeEachPayment } from "./fixtures/each-payment";
import { MarketEnv } from "./fixtures/market-env";
import { buy, claim, claimCredit, claimFees, createSaleSetup } from "./fixtures/sale-setup";
import { expectVaultHoldsOwed } from "./fixtures/solvency";

const SHARES = [500_000, 300_001, 199_999];
const PRICE = 1_000_003n;
const TIP = 50_001n;
const REFERRAL_BPS = 500;

describeEachPayment("instant sales", (suite) => {
  it("buy with tip and referral, then claims by every recipient, the treasury and the referrer", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const track = await createSaleSetup(env, payment, SHARES, { price: PRICE, referralBps: REFERRAL_BPS });
    const vault = track.vault;
    const [r0, r1, r2] = vault.split.recipients.map((r) => r.publicKey);
    const buyer = await ctx.createFundedKeypair();
    const referrer = await ctx.createFundedKeypair(1_000_000_000n);
    await payment.fund(buyer.publicKey, PRICE + TIP);
    for (const w of [referrer.publicKey, env.treasury.publicKey]) await payment.open(w);
    const parties = {
      buyer: payment.balanceOf(buyer.publicKey),
      buyerSol: lamportsOf(buyer.publicKey),
      vault: vault.money,
      r0: payment.balanceOf(r0),
      r1: payment.balanceOf(r1),
      r2: payment.balanceOf(r2),
      treasury: payment.balanceOf(env.treasury.publicKey),
      referrer: payment.balanceOf(referrer.publicKey),
    };
    const sale = expectedSale(payment, PRICE, TIP, REFERRAL_BPS);
    const sol = payment.isSol();

    let snap = await BalanceSnapshot.take(ctx, parties);
    const sent = await buy(env, track, buyer, { tip: TIP, referrer: referrer.publicKey });
    const purchase = findPurchaseAddress(env.programId, track.address, buyer.publicKey).address;
    const rents = (await rentOf(ctx, purchase)) + (await rentOf(ctx, findCreditAddress(env.programId, vault.address, referrer.publicKey).address));
    await snap.expectDeltas(ctx, {
      buyer: sol ? -sale.amount - rents : -sale.amount,
      buyerSol: sol ? -sale.amount - rents : -rents,
      vault: sale.received,
      r0: 0n,
      r1: 0n,
      r2: 0n,
      treasury: 0n,
      referrer: 0n,
    });
    const [event] = marketEventsNamed(sent, "purchased");
    expect(event.buyer.equals(buyer.publicKey) && event.beneficiary.equals(buyer.publicKey)).to.equal(true);
    expect([event.price, event.fee, event.referral, event.tip].map((v) => BigInt(v.toString()))).to.deep.equal([sale.price, sale.fee, sale.referral, sale.tip]);
    expect(event.escrowed).to.equal(false);
    expect(event.referrer?.equals(referrer.publicKey)).to.equal(true);
    const solvency = await expectVaultHoldsOwed(env, vault);
    expect(solvency.view.vault.state.feesOwed).to.equal(sale.treasury);
    expect(solvency.view.vault.state.stakingOwed).to.equal(sale.staking);
    expect(solvency.view.vault.state.creditsOwed).to.equal(sale.referral);
    const parts = SHARES.map((s) => shareOf(sale.toSplit, s));
    expect(solvency.view.claims.map((c) => c.claimable)).to.deep.equal(parts);

    for (const [i, name] of (["r0", "r1", "r2"] as const).entries()) {
      snap = await BalanceSnapshot.take(ctx, parties);
      await claim(env, vault, i);
      await snap.expectDeltas(ctx, { buyer: 0n, buyerSol: 0n, vault: -parts[i], r0: 0n, r1: 0n, r2: 0n, treasury: 0n, referrer: 0n, [name]: arriving(payment, parts[i]) });
      await expectVaultHoldsOwed(env, vault);
    }

    snap = await BalanceSnapshot.take(ctx, parties);
    await claimFees(env, vault);
    await snap.expectDeltas(ctx, { buyer: 0n, buyerSol: 0n, vault: -sale.treasury, r0: 0n, r1: 0n, r2: 0n, treasury: arriving(payment, sale.treasury), referrer: 0n });

    snap = await BalanceSnapshot.take(ctx, parties);
    await claimCredit(env, vault, referrer.publicKey);
    await snap.expectDeltas(ctx, { buyer: 0n, buyerSol: 0n, vault: -sale.referral, r0: 0n, r1: 0n, r2: 0n, treasury: 0n, referrer: arriving(payment, sale.referral) });

    // Left: the stakers' share of the fee and the epoch's unbooked dust (< 1 unit per recipient).
    const end = await expectVaultHoldsOwed(env, vault);
    expect(end.owed).to.equal(sale.staking);
    expect(end.dust).to.equal(sale.toSplit - parts.reduce((a, b) => a + b, 0n));
    expect(end.dust < BigInt(SHARES.length)).to.equal(true);
    expect(await hasAccess(ctx.connection, track.address, buyer.publicKey, env.programId)).to.equal(true);
  });

  it("gift (buy_for): the beneficiary gets access, the buyer pays and owns the receipt", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const track = await createSaleSetup(env, payment, [1_000_000], { price: PRICE });
    const buyer = await ctx.createFundedKeypair();
    const friend = Keypair.generate().publicKey;
    await payment.fund(buyer.publicKey, PRICE);
    const parties = { buyer: payment.balanceOf(buyer.publicKey), buyerSol: lamportsOf(buyer.publicKey), friend: lamportsOf(friend), vault: track.vault.money };
    const snap = await BalanceSnapshot.take(ctx, parties);
    const sent = await buy(env, track, buyer, { beneficiary: friend });
    const sale = expectedSale(payment, PRICE, 0n, 0);
    const rent = await rentOf(ctx, findPurchaseAddress(env.programId, track.address, friend).address);
    const sol = payment.isSol();
    await snap.expectDeltas(ctx, {
      buyer: sol ? -sale.amount - rent : -sale.amount,
      buyerSol: sol ? -sale.amount - rent : -rent,
      friend: 0n,
      vault: sale.received,
    });
    expect(await hasAccess(ctx.connection, track.address, friend, env.programId)).to.equal(true);
    expect(await hasAccess(ctx.connection, track.address, buyer.publicKey, env.programId)).to.equal(false);
    const receipt = await fetchPurchase(ctx.connection, track.address, friend, env.programId);
    expect(receipt?.buyer.equals(buyer.publicKey)).to.equal(true);
    expect(receipt?.payer.equals(buyer.publicKey)).to.equal(true);
    const [event] = marketEventsNamed(sent, "purchased");
    expect(event.beneficiary.equals(friend)).to.equal(true);
    const bought = await fetchPurchasesOf(ctx.connection, buyer.publicKey, "buyer", env.programId);
    expect(bought.map((p) => p.state.beneficiary.toBase58())).to.include(friend.toBase58());
    const received = await fetchPurchasesOf(ctx.connection, friend, "beneficiary", env.programId);
    expect(received.map((p) => p.state.track.toBase58())).to.deep.equal([track.address.toBase58()]);
    await expectVaultHoldsOwed(env, track.vault);
  });

  it("a tip reaches the split in full: no platform fee, no referral on it", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const track = await createSaleSetup(env, payment, [600_000, 400_000], { price: PRICE, referralBps: REFERRAL_BPS });
    const buyer = await ctx.createFundedKeypair();
    const referrer = Keypair.generate().publicKey;
    await payment.fund(buyer.publicKey, PRICE + TIP);
    await buy(env, track, buyer, { tip: TIP, referrer });
    const sale = expectedSale(payment, PRICE, TIP, REFERRAL_BPS);
    const view = await fetchSplitVault(ctx.connection, track.vault.split.address, payment.mint, env.programId);
    // The fee and the referral are the same as for the price alone (the transfer fee, if any, comes out of the price).
    const priceOnly = expectedSale(payment, PRICE, 0n, REFERRAL_BPS);
    expect(sale.tip).to.equal(TIP);
    expect(view.vault.state.accumulator.acc).to.equal(sale.price - sale.fee - sale.referral + TIP);
    if (!payment.transferFee) expect([sale.fee, sale.referral]).to.deep.equal([priceOnly.fee, priceOnly.referral]);
    expect(view.vault.state.feesOwed + view.vault.state.stakingOwed).to.equal(sale.fee);
    await expectVaultHoldsOwed(env, track.vault);
  });

  it("with 32 recipients a buy costs what it costs with one, and every recipient can claim its part", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    // The SDK's split helpers cover ≤ 32 recipients; 32 wallets need a lookup table to fit a transaction.
    const shares = Array.from({ length: 32 }, (_, i) => (i === 0 ? 1_000_000 - 31 * 31_250 : 31_250));
    const one = await createSaleSetup(env, payment, [1_000_000], { price: PRICE });
    const many = await createSaleSetupWithLookupTable(env, payment, shares);
    // PDA bump searches cost compute units: a buyer whose receipt sits at bump 255 on both tracks
    // makes the two buys differ only by what the program does.
    const buyer = await buyerWithFirstBump(env, [one.address, many.address]);
    await payment.fund(buyer.publicKey, 2n * PRICE);
    const cuOne = (await buy(env, one, buyer)).computeUnits;
    const cuMany = (await buy(env, many, buyer)).computeUnits;
    expect(Math.abs(cuMany - cuOne) / cuOne, `${cuOne} CU with 1 recipient, ${cuMany} with 32`).to.be.at.most(0.02);
    const sale = expectedSale(payment, PRICE, 0n, 0);
    for (let i = 0; i < 32; i++) {
      const wallet = many.vault.split.recipients[i].publicKey;
      const snap = await BalanceSnapshot.take(ctx, { r: payment.balanceOf(wallet), vault: many.vault.money });
      await claim(env, many.vault, i);
      await snap.expectDeltas(ctx, { r: arriving(payment, shareOf(sale.toSplit, shares[i])), vault: -shareOf(sale.toSplit, shares[i]) });
    }
    await expectVaultHoldsOwed(env, many.vault);
  });
});

async function buyerWithFirstBump(env: MarketEnv, tracks: readonly PublicKey[]): Promise<Keypair> {
  for (;;) {
    const candidate = Keypair.generate();
    if (tracks.every((t) => findPurchaseAddress(env.programId, t, candidate.publicKey).bump === 255)) {
      await env.ctx.airdrop(candidate.publicKey, 10_000_000_000n);
      return candidate;
    }
  }
}
