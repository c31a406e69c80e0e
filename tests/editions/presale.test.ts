// Allowlist presales: wallets in the Merkle tree mint up to their allowance at the presale price
// during the presale window, then everyone mints at the public price; the per-wallet cap counts
// both. Forged proofs, another wallet's proof, a wrong allowance and a used-up (reused) proof are
// refused by name with nothing moved or printed.
import { Keypair } from "@solana/web3.js";
import { expect } from "chai";
import { randomBytes } from "crypto";
import { fetchDropView, fetchMintQuote, fetchWalletMints } from "../../sdk/src/editions/accounts";
import { editionsEventsNamed } from "../../sdk/src/editions/events";
import { mintEditionInstruction, updateDropInstruction } from "../../sdk/src/editions/instructions";
import { Allowlist, buildAllowlist } from "../../sdk/src/editions/merkle";
import { BalanceSnapshot, lamportsOf } from "../harness";
import { expectedSale } from "../market/fixtures/amounts";
import { createLookupTable } from "../market/fixtures/big-split";
import { Payment, createPayment } from "../market/fixtures/payment";
import { costsOf } from "./fixtures/costs";
import { DROP_PRICE, DropSetup, PRESALE_PRICE, createDropSetup, mintAs, prepareMint } from "./fixtures/drop-setup";
import { EditionsEnv, createEditionsEnv } from "./fixtures/editions-env";
import { expectRefused } from "./fixtures/refusals";

const PRESALE_SECS = 1_000n;
const never = (): never => {
  throw new Error("the drop has no presale");
};
const SALE_SECS = 5_000n;

describe("editions presale", function () {
  this.timeout(300_000);
  let env: EditionsEnv;
  let payment: Payment;
  let d: DropSetup;
  let allowlist: Allowlist;
  let listed: Keypair[];
  let stranger: Keypair;

  before(async function () {
    env = await createEditionsEnv(this);
    payment = await createPayment(env.ctx, "sol");
    listed = [];
    for (let i = 0; i < 3; i++) listed.push(await env.ctx.createFundedKeypair());
    stranger = await env.ctx.createFundedKeypair();
    // Listed wallets among 29 others, so proofs are 5 nodes deep.
    allowlist = buildAllowlist([
      { wallet: listed[0].publicKey, allowance: 2n },
      { wallet: listed[1].publicKey, allowance: 1n },
      { wallet: listed[2].publicKey, allowance: 3n },
      ...Array.from({ length: 29 }, () => ({ wallet: Keypair.generate().publicKey, allowance: 1n })),
    ]);
    d = await createDropSetup(env, payment, {
      maxSupply: 20n,
      walletCap: 3,
      opensIn: PRESALE_SECS,
      lastsFor: SALE_SECS,
      presale: (now) => ({ merkleRoot: allowlist.root, start: now, end: now + PRESALE_SECS, price: PRESALE_PRICE }),
    });
  });
  after(async () => env?.ctx.close());

  const parties = (who: Keypair) => ({ buyer: lamportsOf(who.publicKey), vault: d.vault.money, authority: lamportsOf(d.authority.publicKey) });

  it("a listed wallet mints at the presale price with its proof; the mint is counted against its allowance", async () => {
    const { ctx } = env;
    const buyer = listed[0];
    const view = await fetchDropView(env.connection, d.address, env.programId);
    expect(view.phase).to.deep.include({ kind: "presale", price: PRESALE_PRICE });
    for (const edition of [1n, 2n]) {
      const quote = await fetchMintQuote(env.connection, d.address, buyer.publicKey, { editions: env.programId });
      expect([quote.expectedPrice, quote.edition]).to.deep.equal([PRESALE_PRICE, edition]);
      const costs = await costsOf(ctx, edition, edition === 1n);
      const snap = await BalanceSnapshot.take(ctx, parties(buyer));
      const minted = await mintAs(d, buyer, { allowlist });
      const sale = expectedSale(payment, PRESALE_PRICE, 0n, 0);
      await snap.expectDeltas(ctx, { buyer: -(sale.amount + costs.total + BigInt(minted.sent.fee)), vault: sale.received, authority: 0n });
      expect(minted.edition).to.equal(edition);
      const [event] = editionsEventsNamed(minted.sent, "editionMinted");
      expect(event.presale).to.equal(true);
      expect(BigInt(event.price.toString())).to.equal(PRESALE_PRICE);
    }
    expect(await fetchWalletMints(env.connection, d.address, buyer.publicKey, env.programId)).to.deep.include({ minted: 2, presaleMinted: 2 });
  });

  it("reusing a proof beyond its allowance is refused with presaleAllowanceExhausted", async () => {
    await expectRefused(env.ctx, parties(listed[0]), [d.address], () => mintAs(d, listed[0], { allowlist }), "presaleAllowanceExhausted", env.programId);
  });

  it("another wallet's proof is refused with invalidMerkleProof (the leaf is the signer's)", async () => {
    const entry = allowlist.proofOf(listed[2].publicKey);
    if (!entry) throw new Error("listed wallet missing");
    await expectRefused(env.ctx, parties(stranger), [d.address], () => mintAs(d, stranger, { allowance: entry.allowance, proof: entry.proof }), "invalidMerkleProof", env.programId);
  });

  it("a forged proof, a larger allowance than listed, or no proof at all is refused with invalidMerkleProof", async () => {
    const entry = allowlist.proofOf(listed[1].publicKey);
    if (!entry) throw new Error("listed wallet missing");
    const forged = entry.proof.map(() => Uint8Array.from(randomBytes(32)));
    for (const attempt of [
      () => mintAs(d, listed[1], { allowance: entry.allowance, proof: forged }),
      () => mintAs(d, listed[1], { allowance: 5n, proof: entry.proof }),
      () => mintAs(d, stranger),
    ]) {
      await expectRefused(env.ctx, { ...parties(listed[1]), stranger: lamportsOf(stranger.publicKey) }, [d.address], attempt, "invalidMerkleProof", env.programId);
    }
    expect((await d.state()).minted).to.equal(2n);

  });

  it("a wallet of an allowlist of 5,000 (a 13-node proof) mints through an address lookup table; a proof above 24 nodes is refused with proofTooLong", async () => {
    const big = buildAllowlist([
      { wallet: stranger.publicKey, allowance: 1n },
      ...Array.from({ length: 4_999 }, () => ({ wallet: Keypair.generate().publicKey, allowance: 1n })),
    ]);
    const entry = big.proofOf(stranger.publicKey);
    expect(entry?.proof.length).to.equal(13);
    // The drop's static accounts in a table (what a storefront would publish for its drop).
    const state = await d.state();
    const ix = await mintEditionInstruction(env.program, { buyer: stranger.publicKey, drop: { ...state, address: d.address }, newMint: Keypair.generate().publicKey, expectedPrice: PRESALE_PRICE });
    const table = await createLookupTable(env.ctx, ix.keys.filter((k) => !k.isSigner && !k.pubkey.equals(ix.keys[ix.keys.length - 1].pubkey)).map((k) => k.pubkey).slice(0, 30));
    const tooLong = Array.from({ length: 25 }, () => Uint8Array.from(randomBytes(32)));
    const prepared = await prepareMint(env, stranger);
    await expectRefused(env.ctx, parties(stranger), [d.address], () => mintAs(d, stranger, { allowance: 1n, proof: tooLong, addressLookupTables: [table], prepared }), "proofTooLong", env.programId);

    await env.market.send([await updateDropInstruction(env.program, { authority: d.authority.publicKey, drop: { ...state, address: d.address }, presale: { ...(state.presale ?? never()), merkleRoot: big.root } })], [d.authority]);
    // The mint prepared for the refused attempt serves the real one.
    const minted = await mintAs(d, stranger, { allowlist: big, addressLookupTables: [table], prepared });
    expect(minted.mint.toBase58()).to.equal(prepared.toBase58());
    expect(editionsEventsNamed(minted.sent, "editionMinted")[0].presale).to.equal(true);
    // Back to the first list for the tests after this one.
    await env.market.send([await updateDropInstruction(env.program, { authority: d.authority.publicKey, drop: { ...state, address: d.address }, presale: { ...(state.presale ?? never()), merkleRoot: allowlist.root } })], [d.authority]);
  });

  it("when the presale ends the public sale opens: anyone mints at the public price, and the wallet cap counts presale mints", async () => {
    const { ctx } = env;
    const state = await d.state();
    expect(state.presale?.end).to.equal(state.saleStart);
    // The presale ends where the public sale starts: at that second the public sale is open.
    await ctx.waitForClock({ unixTimestamp: state.saleStart - 1n });
    expect((await fetchDropView(env.connection, d.address, env.programId)).phase.kind).to.equal("presale");
    await ctx.waitForClock({ unixTimestamp: state.saleStart });
    const view = await fetchDropView(env.connection, d.address, env.programId);
    expect(view.phase).to.deep.include({ kind: "public", price: DROP_PRICE });

    const newcomer = await ctx.createFundedKeypair();
    const snap = await BalanceSnapshot.take(ctx, parties(newcomer));
    const minted = await mintAs(d, newcomer);
    const costs = await costsOf(ctx, minted.edition, true);
    const sale = expectedSale(payment, DROP_PRICE, 0n, 0);
    await snap.expectDeltas(ctx, { buyer: -(sale.amount + costs.total + BigInt(minted.sent.fee)), vault: sale.received, authority: 0n });
    expect(editionsEventsNamed(minted.sent, "editionMinted")[0].presale).to.equal(false);

    // listed[0] minted 2 in the presale; the cap of 3 leaves one public mint.
    await mintAs(d, listed[0]);
    await expectRefused(ctx, parties(listed[0]), [d.address], () => mintAs(d, listed[0]), "walletCapReached", env.programId);
    expect(await fetchWalletMints(env.connection, d.address, listed[0].publicKey, env.programId)).to.deep.include({ minted: 3, presaleMinted: 2 });
  });
});
