// Attacks on the order of things and on the rules of splits and sales: double settle, confirm,
// refund and claim, refund after settlement, buying paused or cancelled tracks, re-initialisation,
// closed-account revival, overflowing prices and tips, invalid share lists, and claims that leave
// out the Advances account or a beneficiary's Credit. Each fails with its named error and moves
// nothing.
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import { fetchPurchase } from "../../sdk/src/accounts/market";
import {
  buyInstruction,
  claimInstruction,
  closePurchaseInstruction,
  closeTrackInstruction,
  createSplitInstruction,
  createTrackInstruction,
  openVaultInstruction,
  refundInstruction,
  setPausedInstruction,
  setTrackStatusInstruction,
  updateSplitInstruction,
  updateTrackInstruction,
} from "../../sdk/src/instructions/market";
import { SOL_MINT, findAdvancesAddress, findCreditAddress, findPurchaseAddress } from "../../sdk/src/pda";
import { U64_MAX } from "../../sdk/src/quote";
import { createMint, lamportsOf, requireCapability } from "../harness";
import { createSplitWithLookupTable, sendWithLookupTable } from "./fixtures/big-split";
import { describeEachPayment } from "./fixtures/each-payment";
import { expectRejected } from "./fixtures/failures";
import {
  INSTANT,
  TrackSetup,
  addAdvance,
  buy,
  claim,
  claimCredit,
  claimFees,
  createSaleSetup,
  createSplitSetup,
  createTrackSetup,
  escrow,
  freshId,
  refund,
  settle,
  tokenProgramOf,
} from "./fixtures/sale-setup";
import { withAccount, withRemaining } from "./fixtures/tamper";
import { WORLD_WINDOW, World, buildWorld } from "./fixtures/world";

describeEachPayment("attacks: lifecycle and rules", (suite) => {
  let w: World;
  before(async () => {
    w = await buildWorld(suite());
  });

  const rejects = (attempt: () => Promise<unknown>, error: string) => expectRejected(w.env.ctx, w.parties, attempt, error);

  /** The intruder buying a track of the world (the escrow track unless another is given). */
  const intruderBuys = (options: { track?: TrackSetup; expectedPrice?: bigint; tip?: bigint; referrer?: PublicKey } = {}) => {
    const track = options.track ?? w.escrowTrack;
    return buyInstruction(w.env.program, {
      buyer: w.intruder.publicKey,
      track: track.ref,
      expectedPrice: options.expectedPrice ?? track.price,
      tip: options.tip,
      referrer: options.referrer,
      tokenProgram: tokenProgramOf(w.payment),
    });
  };
  const sendAsIntruder = async (ix: Promise<TransactionInstruction> | TransactionInstruction) => w.env.send([await ix], [w.intruder]);

  /** A fresh escrowed purchase on the world's escrow track. */
  async function escrowed(): Promise<{ buyer: Keypair; track: TrackSetup }> {
    const buyer = await w.env.ctx.createFundedKeypair();
    await w.payment.fund(buyer.publicKey, w.escrowTrack.price);
    await buy(w.env, w.escrowTrack, buyer);
    return { buyer, track: w.escrowTrack };
  }

  it("double confirm, confirm after settle and settle after confirm fail with AlreadySettled", async () => {
    const { buyer, track } = await escrowed();
    await settle(w.env, track, buyer.publicKey, buyer, true);
    await rejects(() => settle(w.env, track, buyer.publicKey, buyer, true), "alreadySettled");
    await rejects(() => settle(w.env, track, buyer.publicKey, w.intruder), "alreadySettled");
  });

  it("refund after settlement fails with AlreadySettled", async () => {
    const { buyer, track } = await escrowed();
    await settle(w.env, track, buyer.publicKey, buyer, true);
    await rejects(() => refund(w.env, track, buyer.publicKey, w.env.arbiter), "alreadySettled");
  });

  it("double refund, and settle or confirm after a refund, fail with AlreadyRefunded", async () => {
    const { buyer, track } = await escrowed();
    await refund(w.env, track, buyer.publicKey, w.env.arbiter);
    await rejects(() => refund(w.env, track, buyer.publicKey, w.env.arbiter), "alreadyRefunded");
    await rejects(() => settle(w.env, track, buyer.publicKey, buyer, true), "alreadyRefunded");
    await rejects(() => settle(w.env, track, buyer.publicKey, w.intruder), "alreadyRefunded");
  });

  it("a settled (instant) purchase cannot be refunded at all (AlreadySettled)", async () => {
    await rejects(() => refund(w.env, w.instantTrack, w.buyer.publicKey, w.env.arbiter), "alreadySettled");
  });

  it("refund after the window of an active track fails with EscrowWindowClosed; settle then works", async function () {
    requireCapability(this, w.env.ctx, "clockWarp");
    const { buyer, track } = await escrowed();
    await w.env.ctx.advanceClock({ seconds: WORLD_WINDOW });
    await rejects(() => refund(w.env, track, buyer.publicKey, w.env.arbiter), "escrowWindowClosed");
    await rejects(() => refund(w.env, track, buyer.publicKey, track.artist), "escrowWindowClosed");
    await settle(w.env, track, buyer.publicKey, w.intruder);
  });

  it("the buyer cannot refund itself while the track is on sale (RefundNotAllowed)", async () => {
    const { buyer, track } = await escrowed();
    await rejects(() => refund(w.env, track, buyer.publicKey, buyer), "refundNotAllowed");
  });

  it("double claim fails with NothingToClaim, for recipients, fees and credits", async () => {
    const vault = w.instantTrack.vault;
    const referrer = (await w.env.ctx.createFundedKeypair(1_000_000_000n)).publicKey;
    const buyer = await w.env.ctx.createFundedKeypair();
    await w.payment.fund(buyer.publicKey, w.instantTrack.price);
    await buy(w.env, w.instantTrack, buyer, { referrer });
    await claim(w.env, vault, 1);
    await rejects(() => claim(w.env, vault, 1), "nothingToClaim");
    await claimFees(w.env, vault);
    await rejects(() => claimFees(w.env, vault), "nothingToClaim");
    await claimCredit(w.env, vault, referrer);
    await rejects(() => claimCredit(w.env, vault, referrer), "nothingToClaim");
  });

  it("buying a paused track, a cancelled track, or anything on a paused platform fails", async () => {
    const { env } = w;
    const artist = w.escrowTrack.artist;
    const track = await createTrackSetup(env, w.escrowTrack.vault, { price: 10n });
    const attempt = () => buy(env, track, w.intruder);
    await env.send([setTrackStatusInstruction(env.program, { artist: artist.publicKey, track: track.address, status: "paused" })], [artist]);
    await rejects(attempt, "trackNotActive");
    await env.send([setTrackStatusInstruction(env.program, { artist: artist.publicKey, track: track.address, status: "active" })], [artist]);
    await env.send([setPausedInstruction(env.program, { authority: env.authority.publicKey, paused: true })], [env.authority]);
    try {
      await rejects(attempt, "platformPaused");
      await rejects(() => createTrackSetup(env, w.escrowTrack.vault), "platformPaused");
    } finally {
      await env.send([setPausedInstruction(env.program, { authority: env.authority.publicKey, paused: false })], [env.authority]);
    }
    await env.send([setTrackStatusInstruction(env.program, { artist: artist.publicKey, track: track.address, status: "cancelled" })], [artist]);
    await rejects(attempt, "trackNotActive");
    await rejects(
      () => env.send([setTrackStatusInstruction(env.program, { artist: artist.publicKey, track: track.address, status: "active" })], [artist]),
      "trackCancelled",
    );
    await rejects(() => env.send([updateTrackInstruction(env.program, { artist: artist.publicKey, track: track.address, price: 1n })], [artist]), "trackCancelled");
  });

  it("re-initialisation: the same purchase, split, vault or track twice fails (the account exists)", async () => {
    const { env, payment } = w;
    await rejects(() => buy(env, w.instantTrack, w.buyer), "accountAlreadyInUse");
    const split = w.escrowTrack.vault.split;
    await rejects(
      () => env.send([openVaultInstruction(env.program, { payer: env.ctx.payer.publicKey, split: split.address, mint: payment.mint, tokenProgram: tokenProgramOf(payment) })]),
      "accountAlreadyInUse",
    );
    const creator = await env.ctx.createFundedKeypair();
    const id = freshId();
    const create = () => env.send([createSplitInstruction(env.program, { creator: creator.publicKey, splitId: id, recipients: [{ wallet: creator.publicKey, sharePpm: 1_000_000 }] })], [creator]);
    await create();
    await rejects(create, "accountAlreadyInUse");
    const artist = w.escrowTrack.artist;
    const trackId = freshId();
    const track = () =>
      env.send(
        [
          createTrackInstruction(env.program, {
            artist: artist.publicKey,
            trackId,
            split: split.address,
            paymentMint: payment.mint,
            price: 5n,
            referralBps: 0,
            contentId: new Uint8Array(32),
            mode: INSTANT,
          }),
        ],
        [artist],
      );
    await track();
    await rejects(track, "accountAlreadyInUse");
  });

  it("closed accounts stay closed: a purchase closed and refunded with lamports in the same transaction cannot be used again", async () => {
    const { env } = w;
    const { buyer, track } = await escrowed();
    await refund(env, track, buyer.publicKey, env.arbiter);
    const purchase = findPurchaseAddress(env.programId, track.address, buyer.publicKey).address;
    const rent = BigInt((await env.ctx.getAccount(purchase))?.lamports ?? 0);
    const close = closePurchaseInstruction(env.program, { purchase, payer: buyer.publicKey });
    const revive = SystemProgram.transfer({ fromPubkey: buyer.publicKey, toPubkey: purchase, lamports: rent });
    const reuse = refundInstruction(env.program, { caller: env.arbiter.publicKey, track: track.ref, purchase: { address: purchase, buyer: buyer.publicKey, referrer: null }, tokenProgram: tokenProgramOf(w.payment) });
    await rejects(() => env.send([close, revive, closePurchaseInstruction(env.program, { purchase, payer: buyer.publicKey })], [buyer]), "AccountOwnedByWrongProgram");
    await rejects(() => env.send([close, revive, reuse], [buyer, env.arbiter]), "AccountOwnedByWrongProgram");
    // Closed for real, the receipt is gone and grants nothing; a closed track cannot be bought.
    await env.send([close]);
    expect(await fetchPurchase(env.ctx.connection, track.address, buyer.publicKey, env.programId)).to.equal(null);
    await rejects(() => env.send([reuse], [env.arbiter]), "AccountNotInitialized");
    const cancelled = w.cancelledTrack;
    await env.send([closeTrackInstruction(env.program, { artist: cancelled.artist.publicKey, track: cancelled.address })], [cancelled.artist]);
    await rejects(() => buy(env, cancelled, w.intruder), "AccountNotInitialized");
  });

  it("close_purchase refuses receipts that were not refunded, and a rent receiver other than the payer", async () => {
    const { env } = w;
    const settled = findPurchaseAddress(env.programId, w.instantTrack.address, w.buyer.publicKey).address;
    await rejects(() => env.send([closePurchaseInstruction(env.program, { purchase: settled, payer: w.buyer.publicKey })]), "purchaseNotRefunded");
    const { buyer, track } = await escrowed();
    await refund(env, track, buyer.publicKey, env.arbiter);
    const purchase = findPurchaseAddress(env.programId, track.address, buyer.publicKey).address;
    await rejects(() => env.send([closePurchaseInstruction(env.program, { purchase, payer: w.intruder.publicKey })]), "wrongRentReceiver");
  });

  it("close_track refuses a track with open escrows or not cancelled", async () => {
    const { env } = w;
    const artist = w.escrowTrack.artist;
    const track = await createTrackSetup(env, w.escrowTrack.vault, { price: 10n, mode: escrow(WORLD_WINDOW) });
    await rejects(() => env.send([closeTrackInstruction(env.program, { artist: artist.publicKey, track: track.address })], [artist]), "trackNotCancelled");
    await w.payment.fund(w.intruder.publicKey, 10n);
    await buy(env, track, w.intruder);
    await env.send([setTrackStatusInstruction(env.program, { artist: artist.publicKey, track: track.address, status: "cancelled" })], [artist]);
    await rejects(() => env.send([closeTrackInstruction(env.program, { artist: artist.publicKey, track: track.address })], [artist]), "openEscrowsRemain");
  });

  it("price and tip overflow: price + tip beyond u64 fails with MathOverflow", async () => {
    const { env } = w;
    await rejects(() => sendAsIntruder(intruderBuys({ tip: U64_MAX })), "mathOverflow");
    const track = await createTrackSetup(env, w.escrowTrack.vault, { price: U64_MAX });
    await rejects(() => sendAsIntruder(intruderBuys({ track, tip: 1n })), "mathOverflow");
  });

  it("a stale expected price fails with PriceMismatch", async () => {
    await rejects(() => sendAsIntruder(intruderBuys({ expectedPrice: w.escrowTrack.price - 1n })), "priceMismatch");
  });

  it("referral rules: no self-referral, and a referrer needs its Credit account", async () => {
    await rejects(() => sendAsIntruder(intruderBuys({ referrer: w.intruder.publicKey })), "selfReferral");
    const referred = await intruderBuys({ referrer: Keypair.generate().publicKey });
    await rejects(() => sendAsIntruder(withAccount(referred, "buy", "referrerCredit", w.env.programId)), "referrerCreditMismatch");
  });

  it("buy (not buy_for) for another wallet fails with BeneficiaryMustBeBuyer", async () => {
    const { env } = w;
    const friend = Keypair.generate().publicKey;
    let ix = await intruderBuys();
    ix = withAccount(ix, "buy", "beneficiary", friend);
    ix = withAccount(ix, "buy", "purchase", findPurchaseAddress(env.programId, w.escrowTrack.address, friend).address);
    await rejects(() => sendAsIntruder(ix), "beneficiaryMustBeBuyer");
  });

  it("a claim that leaves out the Advances account, passes another slot's, or omits a repaid beneficiary's Credit fails", async () => {
    const { env, payment } = w;
    const track = await createSaleSetup(env, payment, [500_000, 500_000], { price: 1_000_000n });
    const split = track.vault.split;
    const beneficiaries = [Keypair.generate().publicKey, Keypair.generate().publicKey];
    for (const [i, index] of [0, 0, 1].entries()) {
      await addAdvance(env, track, index, beneficiaries[i % 2], 100_000n);
    }
    const buyer = await env.ctx.createFundedKeypair();
    await payment.fund(buyer.publicKey, track.price);
    await buy(env, track, buyer);
    const parties = { ...w.parties, vault: track.vault.money, r0: payment.balanceOf(split.recipients[0].publicKey) };
    const claim0 = async (extra: { withAdvances?: boolean; credits?: PublicKey[]; advancesOf?: number }) => {
      let ix = await claimInstruction(env.program, {
        split: split.address,
        mint: payment.mint,
        tokenProgram: tokenProgramOf(payment),
        recipientIndex: 0,
        recipient: split.recipients[0].publicKey,
        destination: payment.accountOf(split.recipients[0].publicKey),
        withAdvances: extra.withAdvances ?? true,
      });
      if (extra.advancesOf !== undefined) {
        ix = withAccount(ix, "claim", "advances", findAdvancesAddress(env.programId, track.vault.address, extra.advancesOf).address);
      }
      ix = withRemaining(ix, "claim", (extra.credits ?? []).map((b) => findCreditAddress(env.programId, track.vault.address, b).address));
      return env.send([ix]);
    };
    const both = beneficiaries;
    await expectRejected(env.ctx, parties, () => claim0({ withAdvances: false, credits: both }), "advancesAccountRequired");
    await expectRejected(env.ctx, parties, () => claim0({ advancesOf: 1, credits: both }), "wrongAdvancesAccount");
    await expectRejected(env.ctx, parties, () => claim0({ credits: [both[0]] }), "repaymentCreditMismatch");
    await expectRejected(env.ctx, parties, () => claim0({ credits: [both[0], both[0]] }), "repaymentCreditMismatch");
    await expectRejected(env.ctx, parties, () => claim0({ credits: [both[1], both[0]] }), "repaymentCreditMismatch");
    // With the right accounts it goes through.
    await claim(env, track.vault, 0);
  });

  it("split rules: shares must sum to 1_000_000, 1..=32 distinct non-zero recipients", async () => {
    const { env } = w;
    const creator = await env.ctx.createFundedKeypair();
    const wallets = Array.from({ length: 33 }, () => Keypair.generate().publicKey);
    const parties = { ...w.parties, creator: lamportsOf(creator.publicKey) };
    const attempt = (recipients: { wallet: PublicKey; sharePpm: number }[]) => async () =>
      env.send([await createSplitInstruction(env.program, { creator: creator.publicKey, splitId: freshId(), recipients })], [creator]);
    await expectRejected(env.ctx, parties, attempt([{ wallet: wallets[0], sharePpm: 999_999 }]), "sharesMustSumToOneMillion");
    await expectRejected(env.ctx, parties, attempt([{ wallet: wallets[0], sharePpm: 600_000 }, { wallet: wallets[1], sharePpm: 400_001 }]), "sharesMustSumToOneMillion");
    await expectRejected(env.ctx, parties, attempt([]), "noRecipients");
    await expectRejected(env.ctx, parties, attempt([{ wallet: wallets[0], sharePpm: 1_000_000 }, { wallet: wallets[1], sharePpm: 0 }]), "zeroShare");
    await expectRejected(env.ctx, parties, attempt([{ wallet: wallets[0], sharePpm: 500_000 }, { wallet: wallets[0], sharePpm: 500_000 }]), "duplicateRecipient");
    await expectRejected(env.ctx, parties, attempt([{ wallet: SOL_MINT, sharePpm: 1_000_000 }]), "invalidRecipient");
    const thirtyThree = wallets.map((wallet, i) => ({ wallet, sharePpm: i === 0 ? 1_000_000 - 32 * 30_000 : 30_000 }));
    const tooMany = await createSplitInstruction(env.program, { creator: creator.publicKey, splitId: freshId(), recipients: thirtyThree });
    await expectRejected(env.ctx, parties, () => sendWithLookupTable(env, [tooMany], [creator], wallets), "tooManyRecipients");
  });

  it("a share change may not grow a split past 32 slots, retired ones included (TooManyRecipients)", async () => {
    const { env, payment } = w;
    const shares = Array.from({ length: 32 }, (_, i) => (i === 0 ? 1_000_000 - 31 * 31_250 : 31_250));
    const split = await createSplitWithLookupTable(env, shares);
    await env.send([openVaultInstruction(env.program, { payer: split.creator.publicKey, split: split.address, mint: payment.mint, tokenProgram: tokenProgramOf(payment) })], [split.creator]);
    const newcomer = Keypair.generate().publicKey;
    const recipients = [{ wallet: newcomer, sharePpm: 1_000_000 }];
    const ix = await updateSplitInstruction(env.program, { controller: split.creator.publicKey, split: split.address, recipients, vaultMints: [payment.mint] });
    await expectRejected(env.ctx, { ...w.parties, creator: lamportsOf(split.creator.publicKey) }, () => env.send([ix], [split.creator]), "tooManyRecipients");
  });

  it("track rules: referral above the platform cap, a zero dispute window, an artist outside the split", async () => {
    const { env, payment } = w;
    const split = w.escrowTrack.vault.split;
    const artist = w.escrowTrack.artist;
    const create = (referralBps: number, mode = INSTANT, who: Keypair = artist) => async () =>
      env.send(
        [
          await createTrackInstruction(env.program, {
            artist: who.publicKey,
            trackId: freshId(),
            split: split.address,
            paymentMint: payment.mint,
            price: 1n,
            referralBps,
            contentId: new Uint8Array(32),
            mode,
          }),
        ],
        [who],
      );
    await rejects(create(1_001), "referralAboveCap");
    await rejects(create(0, escrow(0)), "invalidDisputeWindow");
    await rejects(create(0, escrow(90 * 24 * 3600 + 1)), "invalidDisputeWindow");
    await rejects(create(0, INSTANT, w.intruder), "artistNotInSplit");
  });

  it("Token-2022 mints with a close authority are refused at open_vault (MintCloseAuthorityNotAllowed)", async function () {
    if (w.payment.kind !== "token-2022") this.skip();
    const { env } = w;
    const mint = await createMint(env.ctx, { program: "token-2022", extensions: [{ kind: "mintCloseAuthority", closeAuthority: env.ctx.payer.publicKey }] });
    const split = await createSplitSetup(env, [1_000_000]);
    await rejects(
      () => env.send([openVaultInstruction(env.program, { payer: split.creator.publicKey, split: split.address, mint: mint.address, tokenProgram: mint.programId })], [split.creator]),
      "mintCloseAuthorityNotAllowed",
    );
  });
});
