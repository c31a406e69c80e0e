// Substituted accounts: each malicious transaction swaps one account of a legitimate SDK-built
// instruction (vault, mint, token accounts, token program, split, ledgers, platform, track,
// destination) for another — a real one of the wrong kind or place, or a forged one owned by
// another program — and must fail with its named error, moving nothing.
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import {
  buyInstruction,
  claimFeesInstruction,
  claimInstruction,
  confirmInstruction,
  refundInstruction,
  updateSplitInstruction,
} from "../../sdk/src/instructions/market";
import { findLedgersAddress, findPlatformAddress } from "../../sdk/src/pda";
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "../../sdk/src/programs";
import { requireCapability } from "../harness";
import { describeEachPayment } from "./fixtures/each-payment";
import { expectRejected } from "./fixtures/failures";
import { TrackSetup, buy, purchaseRef, tokenProgramOf } from "./fixtures/sale-setup";
import { withAccount } from "./fixtures/tamper";
import { World, buildWorld } from "./fixtures/world";

describeEachPayment("attacks: substituted accounts", (suite) => {
  let w: World;
  before(async () => {
    w = await buildWorld(suite());
  });

  const intruderBuy = () =>
    buyInstruction(w.env.program, {
      buyer: w.intruder.publicKey,
      track: w.instantTrack.ref,
      expectedPrice: w.instantTrack.price,
      tokenProgram: tokenProgramOf(w.payment),
    });
  /** Sends `ix` (signed by the intruder unless other `signers` are given) and expects `error`. */
  const reject = (ix: TransactionInstruction, error: string, signers: Keypair[] = [w.intruder]) =>
    expectRejected(w.env.ctx, w.parties, () => w.env.send([ix], signers), error);

  /** A copy of a real account's data at a fresh address, owned by `owner` (a forgery). */
  async function forge(original: PublicKey, owner: PublicKey): Promise<PublicKey> {
    const info = await w.env.ctx.getAccount(original);
    if (!info) throw new Error("nothing to forge from");
    const fake = Keypair.generate().publicKey;
    await w.env.ctx.setAccount(fake, { lamports: BigInt(info.lamports), data: info.data, owner });
    return fake;
  }

  it("buy: another split's vault for the same mint (WrongVault)", async () => {
    await reject(withAccount(await intruderBuy(), "buy", "vault", w.otherVault.address), "wrongVault");
  });

  it("buy: a Platform forged under another program (AccountOwnedByWrongProgram)", async function () {
    requireCapability(this, w.env.ctx, "setAccount");
    const fake = await forge(findPlatformAddress(w.env.programId).address, SystemProgram.programId);
    await reject(withAccount(await intruderBuy(), "buy", "platform", fake), "AccountOwnedByWrongProgram");
  });

  it("buy: a market account of another type as the platform (AccountDiscriminatorMismatch)", async () => {
    await reject(withAccount(await intruderBuy(), "buy", "platform", w.instantTrack.address), "AccountDiscriminatorMismatch");
  });

  it("buy: a Track forged under another program (AccountOwnedByWrongProgram)", async function () {
    requireCapability(this, w.env.ctx, "setAccount");
    const fake = await forge(w.instantTrack.address, TOKEN_PROGRAM_ID);
    await reject(withAccount(await intruderBuy(), "buy", "track", fake), "AccountOwnedByWrongProgram");
  });

  it("claim: a Vault forged under another program (AccountOwnedByWrongProgram)", async function () {
    requireCapability(this, w.env.ctx, "setAccount");
    const fake = await forge(w.escrowTrack.vault.address, SystemProgram.programId);
    await reject(withAccount(await recipientClaim(w, 0), "claim", "vault", fake), "AccountOwnedByWrongProgram", []);
  });

  it("buy: paying with another mint's tokens (MintMismatch from the token program) or naming another mint (WrongMint)", async function () {
    if (w.payment.isSol()) {
      // A SOL track takes no token accounts at all.
      let ix = await intruderBuy();
      ix = withAccount(ix, "buy", "mint", w.otherPayment.mint);
      ix = withAccount(ix, "buy", "vaultTokens", w.otherMintVault.tokens ?? w.otherPayment.mint, true);
      ix = withAccount(ix, "buy", "buyerTokens", w.otherPayment.accountOf(w.intruder.publicKey), true);
      ix = withAccount(ix, "buy", "tokenProgram", w.otherPayment.tokenProgram);
      await reject(ix, "unexpectedTokenAccounts");
      return;
    }
    const fromOtherMint = withAccount(await intruderBuy(), "buy", "buyerTokens", w.otherPayment.accountOf(w.intruder.publicKey));
    await reject(fromOtherMint, "mintMismatch");
    await reject(withAccount(await intruderBuy(), "buy", "mint", w.otherPayment.mint), "wrongMint");
  });

  it("buy: a token vault without its token accounts (MissingTokenAccounts)", async function () {
    if (w.payment.isSol()) this.skip();
    const ix = await intruderBuy();
    const program = w.env.programId;
    // Optional accounts are omitted by passing the program id in their place.
    let bare = ix;
    for (const name of ["mint", "vaultTokens", "buyerTokens", "tokenProgram"]) bare = withAccount(bare, "buy", name, program);
    await reject(bare, "missingTokenAccounts");
  });

  it("buy: the intruder's own token account as the vault's (WrongVaultTokens)", async function () {
    if (w.payment.isSol()) this.skip();
    await reject(withAccount(await intruderBuy(), "buy", "vaultTokens", w.payment.accountOf(w.intruder.publicKey)), "wrongVaultTokens");
  });

  it("buy: the other token program (WrongTokenProgram)", async function () {
    if (w.payment.isSol()) this.skip();
    const other = w.payment.tokenProgram.equals(TOKEN_PROGRAM_ID) ? TOKEN_2022_PROGRAM_ID : TOKEN_PROGRAM_ID;
    await reject(withAccount(await intruderBuy(), "buy", "tokenProgram", other), "wrongTokenProgram");
  });

  it("buy: paying from the vault's own token account, the same account on both sides (OwnerMismatch)", async function () {
    if (w.payment.isSol()) this.skip();
    const vaultTokens = w.escrowTrack.vault.tokens;
    if (!vaultTokens) throw new Error("token vault without tokens account");
    await reject(withAccount(await intruderBuy(), "buy", "buyerTokens", vaultTokens), "ownerMismatch");
  });

  it("claim: another split than the vault's (WrongVault)", async () => {
    await reject(withAccount(await recipientClaim(w, 0), "claim", "split", w.otherVault.split.address), "wrongVault", []);
  });

  it("claim: another vault's ledgers (WrongLedgers)", async () => {
    const foreign = findLedgersAddress(w.env.programId, w.otherVault.address).address;
    await reject(withAccount(await recipientClaim(w, 0), "claim", "ledgers", foreign), "wrongLedgers", []);
  });

  it("claim: paying the intruder instead of the recipient (WrongDestination)", async () => {
    await reject(await recipientClaim(w, 0, w.payment.accountOf(w.intruder.publicKey)), "wrongDestination", []);
  });

  it("claim: the vault's own money account as the destination (WrongDestination)", async () => {
    const own = w.escrowTrack.vault.tokens ?? w.escrowTrack.vault.address;
    await reject(await recipientClaim(w, 0, own), "wrongDestination", []);
  });

  it("claim_fees: a destination that is not the treasury's (WrongTreasury)", async () => {
    const ix = await claimFeesInstruction(w.env.program, {
      split: w.escrowTrack.vault.split.address,
      mint: w.payment.mint,
      tokenProgram: tokenProgramOf(w.payment),
      treasury: w.intruder.publicKey,
    });
    await reject(ix, "wrongTreasury", []);
  });

  /** The arbiter refunding the world's escrowed purchase, with `track` and `buyerDestination` as given. */
  const arbiterRefund = async (track: TrackSetup, buyerDestination?: PublicKey) =>
    refundInstruction(w.env.program, {
      caller: w.env.arbiter.publicKey,
      track: track.ref,
      purchase: await purchaseRef(w.env, w.escrowTrack, w.buyer.publicKey),
      tokenProgram: tokenProgramOf(w.payment),
      buyerDestination,
    });

  it("refund: to the intruder instead of the buyer (WrongDestination)", async () => {
    await reject(await arbiterRefund(w.escrowTrack, w.payment.accountOf(w.intruder.publicKey)), "wrongDestination", [w.env.arbiter]);
  });

  it("refund: a purchase of another track, passed with this track (WrongTrack)", async () => {
    await reject(await arbiterRefund(w.instantTrack), "wrongTrack", [w.env.arbiter]);
  });

  it("confirm: a Credit that is not the purchase's referrer's, or none when it has one (ReferrerCreditMismatch)", async () => {
    const { env, payment } = w;
    const referred = await env.ctx.createFundedKeypair();
    const referrer = Keypair.generate().publicKey;
    await payment.fund(referred.publicKey, w.escrowTrack.price);
    await buy(env, w.escrowTrack, referred, { referrer });
    const confirm = async (buyer: Keypair, referrerOverride: PublicKey | null) => {
      const purchase = await purchaseRef(env, w.escrowTrack, buyer.publicKey);
      const ix = await confirmInstruction(env.program, { caller: buyer.publicKey, track: w.escrowTrack.ref, purchase: { ...purchase, referrer: referrerOverride } });
      return expectRejected(env.ctx, w.parties, () => env.send([ix], [buyer]), "referrerCreditMismatch");
    };
    // The world's purchase has no referrer: the new referrer's (existing) Credit is refused.
    await confirm(w.buyer, referrer);
    // The referred purchase must be passed its referrer's Credit.
    await confirm(referred, null);
  });

  it("update_split: the same vault listed twice instead of each registered vault (VaultListMismatch)", async () => {
    const split = w.escrowTrack.vault.split;
    const ix = await updateSplitInstruction(w.env.program, {
      controller: split.creator.publicKey,
      split: split.address,
      recipients: split.recipients.map((r, i) => ({ wallet: r.publicKey, sharePpm: split.shares[i] })),
      vaultMints: [w.payment.mint, w.payment.mint],
    });
    await expectRejected(w.env.ctx, w.parties, () => w.env.send([ix], [split.creator]), "vaultListMismatch");
  });
});

async function recipientClaim(w: World, index: number, destination?: PublicKey): Promise<TransactionInstruction> {
  const split = w.escrowTrack.vault.split;
  return claimInstruction(w.env.program, {
    split: split.address,
    mint: w.payment.mint,
    tokenProgram: tokenProgramOf(w.payment),
    recipientIndex: index,
    recipient: split.recipients[index].publicKey,
    destination: destination ?? w.payment.accountOf(split.recipients[index].publicKey),
  });
}
