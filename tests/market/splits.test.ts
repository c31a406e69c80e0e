// Royalty splits: advances repaid (first in, first out) before the recipient, share changes
// between sales that move nothing already earned (retired recipients keep and claim theirs), and
// frozen splits. Exact balances of every party and the vault's exact solvency at every step.
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { fetchCredit, fetchSplit, fetchSplitVault } from "../../sdk/src/accounts/market";
import {
  RecipientShare,
  freezeSplitInstruction,
  proposeControllerInstruction,
  updateSplitInstruction,
} from "../../sdk/src/instructions/market";
import { marketEventsNamed } from "../../sdk/src/market/events";
import { repay } from "../../sdk/src/quote";
import { BalanceSnapshot, lamportsOf } from "../harness";
import { arriving, expectedSale, shareOf } from "./fixtures/amounts";
import { PaymentSuite, describeEachPayment } from "./fixtures/each-payment";
import { expectRejected } from "./fixtures/failures";
import { MarketEnv } from "./fixtures/market-env";
import { SplitSetup, TrackSetup, addAdvance, buy, claim, claimCredit, createSaleSetup } from "./fixtures/sale-setup";
import { expectVaultHoldsOwed } from "./fixtures/solvency";

const PRICE = 1_000_003n;

async function updateSplit(env: MarketEnv, split: SplitSetup, recipients: readonly RecipientShare[], controller: Keypair = split.creator) {
  const state = await fetchSplit(env.ctx.connection, split.address, env.programId);
  if (!state) throw new Error("split missing");
  return env.send([updateSplitInstruction(env.program, { controller: controller.publicKey, split: split.address, recipients, vaultMints: state.vaultMints })], [controller]);
}

async function sell(s: PaymentSuite, track: TrackSetup, count: number): Promise<bigint> {
  const sale = expectedSale(s.payment, track.price, 0n, 0);
  for (let i = 0; i < count; i++) {
    const buyer = await s.env.ctx.createFundedKeypair();
    await s.payment.fund(buyer.publicKey, track.price);
    await buy(s.env, track, buyer);
  }
  return sale.toSplit * BigInt(count);
}

describeEachPayment("splits", (suite) => {
  it("advances are repaid first in, first out, before the recipient gets anything", async () => {
    const s = suite();
    const { env, payment } = s;
    const { ctx } = env;
    const shares = [600_000, 400_000];
    const track = await createSaleSetup(env, payment, shares, { price: PRICE });
    const [artist, other] = track.vault.split.recipients.map((r) => r.publicKey);
    const label = (await ctx.createFundedKeypair(1_000_000_000n)).publicKey;
    const investor = (await ctx.createFundedKeypair(1_000_000_000n)).publicKey;
    for (const w of [label, investor]) await payment.open(w);
    const advances = [
      { beneficiary: label, amount: 300_000n },
      { beneficiary: investor, amount: 400_000n },
    ];
    for (const a of advances) await addAdvance(env, track, 0, a.beneficiary, a.amount);
    const parties = {
      vault: track.vault.money,
      artist: payment.balanceOf(artist),
      other: payment.balanceOf(other),
      label: payment.balanceOf(label),
      investor: payment.balanceOf(investor),
    };
    const queue = { entries: advances.map((a) => ({ beneficiary: a.beneficiary.toBase58(), outstanding: a.amount })) };

    // Entitlements are floors of the cumulative deposits, not sums of per-sale floors.
    let deposits = 0n;
    for (let round = 0; round < 2; round++) {
      const before = deposits;
      deposits += await sell(s, track, 1);
      const gross = shareOf(deposits, shares[0]) - shareOf(before, shares[0]);
      const repaid = repay(queue, gross);
      const view = await fetchSplitVault(ctx.connection, track.vault.split.address, payment.mint, env.programId);
      expect(view.claims[0].repayments.map((r) => [r.beneficiary.toBase58(), r.amount])).to.deep.equal(repaid.entries.map((r) => [r.beneficiary, r.amount]));

      let snap = await BalanceSnapshot.take(ctx, parties);
      const sent = await claim(env, track.vault, 0);
      const owedTo = (b: PublicKey) => repaid.entries.filter((r) => r.beneficiary === b.toBase58()).reduce((sum, r) => sum + r.amount, 0n);
      const toArtist = gross - repaid.total;
      await snap.expectDeltas(ctx, { vault: -toArtist, artist: arriving(payment, toArtist), other: 0n, label: 0n, investor: 0n });
      const [event] = marketEventsNamed(sent, "claimed");
      expect([event.gross, event.toRecipient, event.repaid].map((v) => BigInt(v.toString()))).to.deep.equal([gross, toArtist, repaid.total]);
      await expectVaultHoldsOwed(env, track.vault);

      // The beneficiaries' Credit accounts now hold the repayments; each claims its own.
      for (const [name, wallet] of [["label", label], ["investor", investor]] as const) {
        const owed = owedTo(wallet);
        expect((await fetchCredit(ctx.connection, track.vault.address, wallet, env.programId))?.owed).to.equal(owed);
        if (owed === 0n) continue;
        snap = await BalanceSnapshot.take(ctx, parties);
        await claimCredit(env, track.vault, wallet);
        await snap.expectDeltas(ctx, { vault: -owed, artist: 0n, other: 0n, label: 0n, investor: 0n, [name]: arriving(payment, owed) });
      }
      // The other recipient never pays for the artist's advances.
      snap = await BalanceSnapshot.take(ctx, parties);
      await claim(env, track.vault, 1);
      const otherPart = shareOf(deposits, shares[1]) - shareOf(before, shares[1]);
      await snap.expectDeltas(ctx, { vault: -otherPart, artist: 0n, other: arriving(payment, otherPart), label: 0n, investor: 0n });
      await expectVaultHoldsOwed(env, track.vault);
    }
    expect(queue.entries).to.deep.equal([]);
    const view = await fetchSplitVault(ctx.connection, track.vault.split.address, payment.mint, env.programId);
    expect(view.ledgers.advanceMask).to.equal(0);
  });

  it("a share change between sales books the first sale under the old shares; a retired recipient still claims", async () => {
    const s = suite();
    const { env, payment } = s;
    const { ctx } = env;
    const track = await createSaleSetup(env, payment, [500_000, 500_000], { price: PRICE });
    const split = track.vault.split;
    const [a, b] = split.recipients.map((r) => r.publicKey);
    const c = await ctx.createFundedKeypair(1_000_000_000n);
    await payment.open(c.publicKey);
    const parties = { vault: track.vault.money, a: payment.balanceOf(a), b: payment.balanceOf(b), c: payment.balanceOf(c.publicKey) };

    const first = await sell(s, track, 1);
    // A claims part of the first epoch before the change: nothing it is owed changes by it.
    let snap = await BalanceSnapshot.take(ctx, parties);
    await claim(env, track.vault, 0);
    const aEarly = shareOf(first, 500_000);
    await snap.expectDeltas(ctx, { vault: -aEarly, a: arriving(payment, aEarly), b: 0n, c: 0n });

    const sent = await updateSplit(env, split, [
      { wallet: a, sharePpm: 250_000 },
      { wallet: c.publicKey, sharePpm: 750_000 },
    ]);
    const [event] = marketEventsNamed(sent, "splitUpdated");
    expect(event.vaultsBooked).to.equal(1);
    const state = await fetchSplit(ctx.connection, split.address, env.programId);
    expect(state?.recipients.map((r) => [r.wallet.toBase58(), r.sharePpm])).to.deep.equal([
      [a.toBase58(), 250_000],
      [b.toBase58(), 0],
      [c.publicKey.toBase58(), 750_000],
    ]);
    await expectVaultHoldsOwed(env, track.vault);

    const second = await sell(s, track, 1);
    const dust = first - 2n * shareOf(first, 500_000);
    const expected = [
      shareOf(first, 500_000) - aEarly + dust + shareOf(second, 250_000),
      shareOf(first, 500_000),
      shareOf(second, 750_000),
    ];
    const view = await fetchSplitVault(ctx.connection, split.address, payment.mint, env.programId);
    expect(view.claims.map((x) => x.claimable)).to.deep.equal(expected);
    snap = await BalanceSnapshot.take(ctx, parties);
    for (let i = 0; i < 3; i++) await claim(env, track.vault, i);
    await snap.expectDeltas(ctx, {
      vault: -(expected[0] + expected[1] + expected[2]),
      a: arriving(payment, expected[0]),
      b: arriving(payment, expected[1]),
      c: arriving(payment, expected[2]),
    });
    await expectVaultHoldsOwed(env, track.vault);
  });

  it("a frozen split refuses share, controller and advance changes, and keeps selling and paying", async () => {
    const s = suite();
    const { env, payment } = s;
    const { ctx } = env;
    const track = await createSaleSetup(env, payment, [900_000, 100_000], { price: PRICE });
    const split = track.vault.split;
    await env.send([freezeSplitInstruction(env.program, { controller: split.creator.publicKey, split: split.address })], [split.creator]);
    expect((await fetchSplit(ctx.connection, split.address, env.programId))?.frozen).to.equal(true);
    const parties = { vault: track.vault.money, controller: lamportsOf(split.creator.publicKey), r0: payment.balanceOf(split.recipients[0].publicKey) };
    const swapped = split.recipients.map((r, i) => ({ wallet: r.publicKey, sharePpm: i === 0 ? 100_000 : 900_000 }));
    await expectRejected(ctx, parties, () => updateSplit(env, split, swapped), "splitFrozen");
    await expectRejected(ctx, parties, () => addAdvance(env, track, 0, Keypair.generate().publicKey, 1_000n), "splitFrozen");
    await expectRejected(
      ctx,
      parties,
      () => env.send([proposeControllerInstruction(env.program, { controller: split.creator.publicKey, split: split.address, newController: Keypair.generate().publicKey })], [split.creator]),
      "splitFrozen",
    );
    await expectRejected(ctx, parties, () => env.send([freezeSplitInstruction(env.program, { controller: split.creator.publicKey, split: split.address })], [split.creator]), "splitFrozen");

    const deposits = await sell(s, track, 2);
    const snap = await BalanceSnapshot.take(ctx, parties);
    await claim(env, track.vault, 0);
    const part = shareOf(deposits, 900_000);
    await snap.expectDeltas(ctx, { vault: -part, controller: 0n, r0: arriving(payment, part) });
    await expectVaultHoldsOwed(env, track.vault);
  });
});
