// Escrow sales: the payment is held (booked as escrowed, never credited) until the buyer
// confirms, anyone settles after the dispute window, or it is refunded — by the arbiter or the
// artist during the window, by the buyer once the track is cancelled. Exact balances of every
// party at each step, and the vault always holds exactly what it owes.
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { fetchPurchase, fetchSplitVault, fetchTrack, hasAccess } from "../../sdk/src/accounts/market";
import { closePurchaseInstruction, setTrackStatusInstruction } from "../../sdk/src/instructions/market";
import { marketEventsNamed } from "../../sdk/src/market/events";
import { findCreditAddress, findPurchaseAddress } from "../../sdk/src/pda";
import { BalanceSnapshot, lamportsOf, requireCapability } from "../harness";
import { arriving, expectedSale, rentOf, shareOf } from "./fixtures/amounts";
import { PaymentSuite, describeEachPayment } from "./fixtures/each-payment";
import { expectError } from "./fixtures/failures";
import { TrackSetup, buy, claim, claimCredit, claimFees, createSaleSetup, escrow, refund, settle } from "./fixtures/sale-setup";
import { expectVaultHoldsOwed } from "./fixtures/solvency";

const SHARES = [700_000, 300_000];
const PRICE = 2_000_011n;
const TIP = 7_777n;
const WINDOW = 3_600;
const REFERRAL_BPS = 800;

interface EscrowedSale {
  readonly track: TrackSetup;
  readonly buyer: Keypair;
  readonly referrer: PublicKey;
  readonly parties: Parties;
}

type Parties = ReturnType<typeof partiesOf>;

function partiesOf(s: PaymentSuite, track: TrackSetup, buyer: PublicKey, referrer: PublicKey) {
  const { payment, env } = s;
  return {
    buyer: payment.balanceOf(buyer),
    buyerSol: lamportsOf(buyer),
    vault: track.vault.money,
    r0: payment.balanceOf(track.vault.split.recipients[0].publicKey),
    r1: payment.balanceOf(track.vault.split.recipients[1].publicKey),
    treasury: payment.balanceOf(env.treasury.publicKey),
    referrer: payment.balanceOf(referrer),
  };
}

const NOTHING = { buyer: 0n, buyerSol: 0n, vault: 0n, r0: 0n, r1: 0n, treasury: 0n, referrer: 0n };

/** An escrow track bought with a tip and a referrer; asserts the buy held exactly what arrived. */
async function escrowedSale(s: PaymentSuite): Promise<EscrowedSale> {
  const { env, payment } = s;
  const { ctx } = env;
  const track = await createSaleSetup(env, payment, SHARES, { price: PRICE, mode: escrow(WINDOW), referralBps: REFERRAL_BPS });
  const buyer = await ctx.createFundedKeypair();
  const referrer = (await ctx.createFundedKeypair(1_000_000_000n)).publicKey;
  await payment.fund(buyer.publicKey, PRICE + TIP);
  for (const w of [referrer, env.treasury.publicKey]) await payment.open(w);
  const parties = partiesOf(s, track, buyer.publicKey, referrer);
  const snap = await BalanceSnapshot.take(ctx, parties);
  const sent = await buy(env, track, buyer, { tip: TIP, referrer });
  const sale = expectedSale(payment, PRICE, TIP, REFERRAL_BPS);
  const rent = await rentOf(ctx, findPurchaseAddress(env.programId, track.address, buyer.publicKey).address);
  const creditRent = await rentOf(ctx, findCreditAddress(env.programId, track.vault.address, referrer).address);
  const sol = payment.isSol();
  await snap.expectDeltas(ctx, {
    ...NOTHING,
    buyer: sol ? -sale.amount - rent - creditRent : -sale.amount,
    buyerSol: sol ? -sale.amount - rent - creditRent : -rent - creditRent,
    vault: sale.received,
  });
  const [event] = marketEventsNamed(sent, "purchased");
  expect(event.escrowed).to.equal(true);
  const solvency = await expectVaultHoldsOwed(env, track.vault);
  expect(solvency.view.vault.state.escrowed).to.equal(sale.received);
  expect(solvency.view.vault.state.accumulator.acc).to.equal(0n);
  expect(solvency.view.claims.every((c) => c.claimable === 0n)).to.equal(true);
  expect((await fetchTrack(ctx.connection, track.address, env.programId))?.openEscrows).to.equal(1n);
  return { track, buyer, referrer, parties };
}

/** After settlement: the sale is booked exactly as an instant one, and everyone can claim. */
async function expectSettledAndClaimable(s: PaymentSuite, e: EscrowedSale): Promise<void> {
  const { env, payment } = s;
  const { ctx } = env;
  const sale = expectedSale(payment, PRICE, TIP, REFERRAL_BPS);
  const view = await fetchSplitVault(ctx.connection, e.track.vault.split.address, payment.mint, env.programId);
  expect(view.vault.state.escrowed).to.equal(0n);
  expect(view.vault.state.feesOwed).to.equal(sale.treasury);
  expect(view.vault.state.stakingOwed).to.equal(sale.staking);
  expect(view.vault.state.creditsOwed).to.equal(sale.referral);
  const parts = SHARES.map((share) => shareOf(sale.toSplit, share));
  expect(view.claims.map((c) => c.claimable)).to.deep.equal(parts);
  await expectVaultHoldsOwed(env, e.track.vault);
  const track = await fetchTrack(ctx.connection, e.track.address, env.programId);
  expect([track?.openEscrows, track?.sold, track?.gross]).to.deep.equal([0n, 1n, sale.price]);

  const snap = await BalanceSnapshot.take(ctx, e.parties);
  await claim(env, e.track.vault, 0);
  await claim(env, e.track.vault, 1);
  await claimFees(env, e.track.vault);
  await claimCredit(env, e.track.vault, e.referrer);
  await snap.expectDeltas(ctx, {
    ...NOTHING,
    vault: -(parts[0] + parts[1] + sale.treasury + sale.referral),
    r0: arriving(payment, parts[0]),
    r1: arriving(payment, parts[1]),
    treasury: arriving(payment, sale.treasury),
    referrer: arriving(payment, sale.referral),
  });
  const end = await expectVaultHoldsOwed(env, e.track.vault);
  expect(end.owed).to.equal(sale.staking);
}

/** After a refund: the buyer got back what the vault received (minus the mint's outgoing fee). */
async function expectRefunded(s: PaymentSuite, e: EscrowedSale, refundBy: Keypair): Promise<void> {
  const { env, payment } = s;
  const { ctx } = env;
  const sale = expectedSale(payment, PRICE, TIP, REFERRAL_BPS);
  const snap = await BalanceSnapshot.take(ctx, e.parties);
  const sent = await refund(env, e.track, e.buyer.publicKey, refundBy);
  const back = arriving(payment, sale.received);
  await snap.expectDeltas(ctx, { ...NOTHING, buyer: back, buyerSol: payment.isSol() ? back : 0n, vault: -sale.received });
  const [event] = marketEventsNamed(sent, "refunded");
  expect(BigInt(event.amount.toString())).to.equal(sale.received);
  expect(event.refundedBy.equals(refundBy.publicKey)).to.equal(true);
  expect(await hasAccess(ctx.connection, e.track.address, e.buyer.publicKey, env.programId)).to.equal(false);
  const end = await expectVaultHoldsOwed(env, e.track.vault);
  expect(end.owed).to.equal(0n);
  expect(end.held).to.equal(0n);
  expect((await fetchTrack(ctx.connection, e.track.address, env.programId))?.openEscrows).to.equal(0n);

  // The refunded receipt can be closed, its rent returning to the buyer, who may then buy again.
  const purchase = findPurchaseAddress(env.programId, e.track.address, e.buyer.publicKey).address;
  const rent = await rentOf(ctx, purchase);
  const closing = await BalanceSnapshot.take(ctx, { buyerSol: lamportsOf(e.buyer.publicKey), purchase: lamportsOf(purchase) });
  await env.send([closePurchaseInstruction(env.program, { purchase, payer: e.buyer.publicKey })]);
  await closing.expectDeltas(ctx, { buyerSol: rent, purchase: -rent });
  expect(await ctx.getAccount(purchase)).to.equal(null);
}

describeEachPayment("escrow sales", (suite) => {
  it("the buyer confirms during the window: booked as an instant sale, then claimed by everyone", async () => {
    const s = suite();
    const e = await escrowedSale(s);
    const snap = await BalanceSnapshot.take(s.env.ctx, e.parties);
    const sent = await settle(s.env, e.track, e.buyer.publicKey, e.buyer, true);
    await snap.expectDeltas(s.env.ctx, NOTHING);
    const [event] = marketEventsNamed(sent, "settled");
    expect(event.confirmed).to.equal(true);
    await expectSettledAndClaimable(s, e);
  });

  it("anyone settles once the window is over, not before", async function () {
    const s = suite();
    requireCapability(this, s.env.ctx, "clockWarp");
    const e = await escrowedSale(s);
    const stranger = await s.env.ctx.createFundedKeypair(100_000_000n);
    await expectError(settle(s.env, e.track, e.buyer.publicKey, stranger), "escrowWindowOpen");
    await s.env.ctx.advanceClock({ seconds: WINDOW });
    const snap = await BalanceSnapshot.take(s.env.ctx, { ...e.parties, stranger: lamportsOf(stranger.publicKey) });
    const sent = await settle(s.env, e.track, e.buyer.publicKey, stranger);
    await snap.expectDeltas(s.env.ctx, { ...NOTHING, stranger: 0n });
    expect(marketEventsNamed(sent, "settled")[0].confirmed).to.equal(false);
    await expectSettledAndClaimable(s, e);
  });

  it("the arbiter refunds during the window", async () => {
    const s = suite();
    const e = await escrowedSale(s);
    await expectRefunded(s, e, s.env.arbiter);
  });

  it("the artist refunds during the window", async () => {
    const s = suite();
    const e = await escrowedSale(s);
    await expectRefunded(s, e, e.track.artist);
  });

  it("after a cancel the buyer refunds, even after the window, and nobody can settle", async function () {
    const s = suite();
    requireCapability(this, s.env.ctx, "clockWarp");
    const e = await escrowedSale(s);
    await s.env.send([setTrackStatusInstruction(s.env.program, { artist: e.track.artist.publicKey, track: e.track.address, status: "cancelled" })], [e.track.artist]);
    await s.env.ctx.advanceClock({ seconds: 2 * WINDOW });
    await expectError(settle(s.env, e.track, e.buyer.publicKey, s.env.arbiter), "trackCancelled");
    await expectRefunded(s, e, e.buyer);
    const receipt = await fetchPurchase(s.env.ctx.connection, e.track.address, e.buyer.publicKey, s.env.programId);
    expect(receipt).to.equal(null);
  });
});
