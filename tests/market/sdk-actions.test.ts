// The SDK's high-level actions end to end (each builds, signs with the acting wallet, sends and
// confirms; the acting wallet pays the fee): create a split, put a track on sale (the action
// opens the vault first), quote and buy, settle an escrow, claim, plus the unsigned-transaction
// builders a wallet adapter signs. Exact balances, with the fee of every transaction.
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { fetchBuyQuote, fetchSplitVault, fetchVault, hasAccess } from "../../sdk/src/accounts/market";
import {
  buyTrack,
  claimCredit,
  claimEarnings,
  claimFees,
  confirmPurchase,
  createSplit,
  createTrack,
  keypairSigner,
  refundPurchase,
  addAdvance,
  setTrackStatus,
  updatePlatform,
  updateSplit,
} from "../../sdk/src/actions";
import { NormalDanceTransactionError } from "../../sdk/src/errors";
import { marketEventsNamed, parseMarketEvents } from "../../sdk/src/market/events";
import { buildBuyTransaction } from "../../sdk/src/transactions";
import { SaleMode } from "../../sdk/src/market/state";
import { BalanceSnapshot, lamportsOf } from "../harness";
import { arriving, expectedSale, rentOf, shareOf } from "./fixtures/amounts";
import { describeEachPayment } from "./fixtures/each-payment";
import { MarketEnv } from "./fixtures/market-env";
import { createPayment } from "./fixtures/payment";
import { escrow, freshId, vaultSetupOf } from "./fixtures/sale-setup";
import { expectVaultHoldsOwed } from "./fixtures/solvency";

const PRICE = 3_000_001n;

async function feeOf(env: MarketEnv, signature: string): Promise<bigint> {
  return BigInt((await env.ctx.transaction(signature)).fee);
}

/** A track on sale through the `createTrack` action (which opens the vault when missing). */
async function trackOnSale(env: MarketEnv, artist: Keypair, split: PublicKey, mint: PublicKey, mode: SaleMode = { kind: "instant" }): Promise<PublicKey> {
  const { track } = await createTrack({
    connection: env.ctx.connection,
    signer: keypairSigner(artist),
    trackId: freshId(),
    split,
    paymentMint: mint,
    price: PRICE,
    referralBps: 0,
    contentId: new Uint8Array(32),
    mode,
  });
  return track;
}

describeEachPayment("SDK actions", (suite) => {
  it("create a split, a track (opening the vault), quote and buy, claim: every amount as quoted", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const connection = ctx.connection;
    const artist = await ctx.createFundedKeypair();
    const featured = await ctx.createFundedKeypair(1_000_000_000n);
    const shares = [750_000, 250_000];
    const { split } = await createSplit({
      connection,
      signer: keypairSigner(artist),
      splitId: freshId(),
      recipients: [
        { wallet: artist.publicKey, sharePpm: shares[0] },
        { wallet: featured.publicKey, sharePpm: shares[1] },
      ],
    });
    expect(await fetchVault(connection, split, payment.mint, env.programId)).to.equal(null);
    const { track } = await createTrack({
      connection,
      signer: keypairSigner(artist),
      trackId: freshId(),
      split,
      paymentMint: payment.mint,
      price: PRICE,
      referralBps: 1_000,
      contentId: new Uint8Array(32).fill(7),
      mode: { kind: "instant" },
    });
    expect(await fetchVault(connection, split, payment.mint, env.programId)).to.not.equal(null);

    const buyer = await ctx.createFundedKeypair();
    // Funded: a SOL payout to an empty wallet must at least make it rent-exempt.
    const referrer = await ctx.createFundedKeypair(1_000_000_000n);
    const tip = 123_457n;
    await payment.fund(buyer.publicKey, PRICE + tip);
    const quote = await fetchBuyQuote(connection, track, { tip, referral: true }, env.programId);
    const sale = expectedSale(payment, PRICE, tip, 1_000);
    expect(quote).to.deep.include({ amount: sale.amount, received: sale.received, price: sale.price, tip: sale.tip, fee: sale.fee, referral: sale.referral, toSplit: sale.toSplit });
    expect([quote.stakingFee, quote.treasuryFee]).to.deep.equal([sale.staking, sale.treasury]);

    const { signature } = await buyTrack({ connection, signer: keypairSigner(buyer), track, tip, referrer: referrer.publicKey });
    const [event] = marketEventsNamed(await ctx.transaction(signature), "purchased");
    expect([event.price, event.fee, event.referral, event.tip].map((v) => BigInt(v.toString()))).to.deep.equal([quote.price, quote.fee, quote.referral, quote.tip]);
    expect(await hasAccess(connection, track, buyer.publicKey, env.programId)).to.equal(true);
    const vault = vaultSetupOf(env, { address: split, creator: artist, recipients: [artist, featured], shares }, payment);
    await expectVaultHoldsOwed(env, vault);

    // Anyone may send a claim; the money only goes to the payee, whose associated token account
    // the action creates first (the sender pays its rent).
    const stranger = await ctx.createFundedKeypair();
    const treasury = env.treasury.publicKey;
    const parties = {
      featured: payment.balanceOf(featured.publicKey),
      treasury: payment.balanceOf(treasury),
      referrer: payment.balanceOf(referrer.publicKey),
      stranger: lamportsOf(stranger.publicKey),
      vault: vault.money,
    };
    const part = shareOf(sale.toSplit, shares[1]);
    const payouts = [
      { run: () => claimEarnings({ connection, signer: keypairSigner(stranger), split, mint: payment.mint, recipientIndex: 1 }), payee: "featured", wallet: featured.publicKey, amount: part },
      { run: () => claimFees({ connection, signer: keypairSigner(stranger), split, mint: payment.mint }), payee: "treasury", wallet: treasury, amount: sale.treasury },
      { run: () => claimCredit({ connection, signer: keypairSigner(stranger), split, mint: payment.mint, owner: referrer.publicKey }), payee: "referrer", wallet: referrer.publicKey, amount: sale.referral },
    ] as const;
    for (const p of payouts) {
      const existed = (await ctx.getAccount(payment.accountOf(p.wallet))) !== null;
      const snap = await BalanceSnapshot.take(ctx, parties);
      const { signature } = await p.run();
      const rent = existed ? 0n : await rentOf(ctx, payment.accountOf(p.wallet));
      const expected = { featured: 0n, treasury: 0n, referrer: 0n, stranger: -(await feeOf(env, signature)) - rent, vault: -p.amount };
      await snap.expectDeltas(ctx, { ...expected, [p.payee]: arriving(payment, p.amount) });
    }
    const end = await expectVaultHoldsOwed(env, vault);
    expect(end.owed).to.equal(shareOf(sale.toSplit, shares[0]) + sale.staking);
  });

  it("escrow through actions: confirm by the buyer; refund by the artist; named errors from the IDL", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const connection = ctx.connection;
    const artist = await ctx.createFundedKeypair();
    const { split } = await createSplit({ connection, signer: keypairSigner(artist), splitId: freshId(), recipients: [{ wallet: artist.publicKey, sharePpm: 1_000_000 }] });
    const track = await trackOnSale(env, artist, split, payment.mint, escrow(600));
    const [alice, bob] = [await ctx.createFundedKeypair(), await ctx.createFundedKeypair()];
    for (const b of [alice, bob]) await payment.fund(b.publicKey, PRICE);
    await buyTrack({ connection, signer: keypairSigner(alice), track });
    await buyTrack({ connection, signer: keypairSigner(bob), track });
    await confirmPurchase({ connection, signer: keypairSigner(alice), track });
    const sale = expectedSale(payment, PRICE, 0n, 0);
    const snap = await BalanceSnapshot.take(ctx, { bob: payment.balanceOf(bob.publicKey) });
    await refundPurchase({ connection, signer: keypairSigner(artist), track, beneficiary: bob.publicKey });
    await snap.expectDeltas(ctx, { bob: arriving(payment, sale.received) });
    try {
      await confirmPurchase({ connection, signer: keypairSigner(bob), track });
      expect.fail("confirming a refunded purchase must fail");
    } catch (err) {
      expect(err).to.be.instanceOf(NormalDanceTransactionError);
      const decoded = (err as NormalDanceTransactionError).decoded;
      expect(decoded?.kind === "program" && decoded.name).to.equal("alreadyRefunded");
    }
    await setTrackStatus({ connection, signer: keypairSigner(artist), track, status: "paused" });
    const view = await fetchSplitVault(connection, split, payment.mint, env.programId);
    expect(view.claims[0].claimable).to.equal(sale.toSplit);
  });

  it("updateSplit books every vault of the split (two mints) before installing the new shares", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const connection = ctx.connection;
    const [a, b] = [await ctx.createFundedKeypair(), await ctx.createFundedKeypair(1_000_000_000n)];
    const { split } = await createSplit({
      connection,
      signer: keypairSigner(a),
      splitId: freshId(),
      recipients: [
        { wallet: a.publicKey, sharePpm: 500_000 },
        { wallet: b.publicKey, sharePpm: 500_000 },
      ],
    });
    const other = await createPayment(ctx, payment.isSol() ? "spl" : "sol");
    const sales = [];
    for (const currency of [payment, other]) {
      const track = await trackOnSale(env, a, split, currency.mint);
      const buyer = await ctx.createFundedKeypair();
      await currency.fund(buyer.publicKey, PRICE);
      await buyTrack({ connection, signer: keypairSigner(buyer), track });
      sales.push({ currency, sale: expectedSale(currency, PRICE, 0n, 0) });
    }
    await updateSplit({ connection, signer: keypairSigner(a), split, recipients: [{ wallet: b.publicKey, sharePpm: 1_000_000 }] });
    for (const { currency, sale } of sales) {
      const view = await fetchSplitVault(connection, split, currency.mint, env.programId);
      const half = shareOf(sale.toSplit, 500_000);
      // Slot 0 keeps its half and the booked epoch's dust; the new shares apply to later sales only.
      expect(view.claims.map((c) => [c.sharePpm, c.claimable])).to.deep.equal([
        [0, sale.toSplit - half],
        [1_000_000, half],
      ]);
    }
  });

  it("every market event of a flow parses, typed, from the transaction that emitted it", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const connection = ctx.connection;
    const eventsOf = async (signature: string) => parseMarketEvents(await ctx.transaction(signature)).map((e) => e.name);
    const artist = await ctx.createFundedKeypair();
    const lender = await ctx.createFundedKeypair(1_000_000_000n);
    const { split, signature: created } = await createSplit({ connection, signer: keypairSigner(artist), splitId: freshId(), recipients: [{ wallet: artist.publicKey, sharePpm: 1_000_000 }] });
    expect(await eventsOf(created)).to.deep.equal(["splitUpdated"]);
    const { track, signature: listed } = await createTrack({
      connection,
      signer: keypairSigner(artist),
      trackId: freshId(),
      split,
      paymentMint: payment.mint,
      price: PRICE,
      referralBps: 0,
      contentId: new Uint8Array(32).fill(1),
      mode: { kind: "instant" },
    });
    expect(await eventsOf(listed)).to.deep.equal(["trackCreated"]);
    const advanced = await addAdvance({
      connection,
      signer: keypairSigner(artist),
      recipient: artist.publicKey,
      split,
      mint: payment.mint,
      recipientIndex: 0,
      beneficiary: lender.publicKey,
      amount: 1_000n,
    });
    const [advance] = marketEventsNamed(await ctx.transaction(advanced.signature), "advanceAdded");
    expect([advance.beneficiary.toBase58(), BigInt(advance.amount.toString())]).to.deep.equal([lender.publicKey.toBase58(), 1_000n]);
    const buyer = await ctx.createFundedKeypair();
    await payment.fund(buyer.publicKey, PRICE);
    await buyTrack({ connection, signer: keypairSigner(buyer), track });
    const claimed = await claimEarnings({ connection, signer: keypairSigner(buyer), split, mint: payment.mint, recipientIndex: 0 });
    expect(await eventsOf(claimed.signature)).to.deep.equal(["claimed"]);
    const repaid = await claimCredit({ connection, signer: keypairSigner(buyer), split, mint: payment.mint, owner: lender.publicKey });
    const [credit] = marketEventsNamed(await ctx.transaction(repaid.signature), "creditClaimed");
    expect(BigInt(credit.amount.toString())).to.equal(1_000n);
    const fees = await claimFees({ connection, signer: keypairSigner(buyer), split, mint: payment.mint });
    const [fee] = marketEventsNamed(await ctx.transaction(fees.signature), "feesClaimed");
    expect(fee.treasury.equals(env.treasury.publicKey)).to.equal(true);
    const paused = await setTrackStatus({ connection, signer: keypairSigner(artist), track, status: "paused" });
    const [status] = marketEventsNamed(await ctx.transaction(paused.signature), "trackStatusChanged");
    expect(status.status).to.deep.equal({ paused: {} });
    const updated = await updatePlatform({ connection, signer: keypairSigner(env.authority), arbiter: env.arbiter.publicKey });
    const [platform] = marketEventsNamed(await ctx.transaction(updated.signature), "platformUpdated");
    expect(platform.feeBps).to.equal(250);
  });

  it("builds an unsigned buy transaction a wallet signs and sends as is", async () => {
    const { env, payment } = suite();
    const { ctx } = env;
    const artist = await ctx.createFundedKeypair();
    const { split } = await createSplit({ connection: ctx.connection, signer: keypairSigner(artist), splitId: freshId(), recipients: [{ wallet: artist.publicKey, sharePpm: 1_000_000 }] });
    const track = await trackOnSale(env, artist, split, payment.mint);
    const buyer = await ctx.createFundedKeypair();
    await payment.fund(buyer.publicKey, PRICE);
    const vault = (await fetchSplitVault(ctx.connection, split, payment.mint, env.programId)).vault.address;
    const { blockhash } = await ctx.connection.getLatestBlockhash();
    const tx = await buildBuyTransaction(
      env.program,
      { buyer: buyer.publicKey, track: { address: track, vault, paymentMint: payment.mint }, expectedPrice: PRICE, tokenProgram: payment.isSol() ? undefined : payment.tokenProgram },
      { payer: buyer.publicKey, recentBlockhash: blockhash, computeUnitLimit: 60_000 },
    );
    expect(tx.signatures.every((s) => s.every((b) => b === 0))).to.equal(true);
    const signed = await keypairSigner(buyer).signTransaction(tx);
    await ctx.send(signed);
    expect(await hasAccess(ctx.connection, track, buyer.publicKey, env.programId)).to.equal(true);
  });
});
