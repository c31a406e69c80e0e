// The editions SDK beyond the actions the other suites use: drop listings by authority and by
// split, unsigned transactions a wallet adapter signs (the buyer and the print mint keypair),
// and typed errors from the three programs a mint runs through.
import { Keypair } from "@solana/web3.js";
import { expect } from "chai";
import { NormalDanceTransactionError } from "../../sdk/src/errors";
import { fetchDrops, fetchWalletEditions } from "../../sdk/src/editions/accounts";
import { mintEdition } from "../../sdk/src/editions/actions";
import { cheapPrintMint } from "../../sdk/src/editions/cheap-addresses";
import { isEditionsError } from "../../sdk/src/editions/errors";
import { editionsEventsNamed } from "../../sdk/src/editions/events";
import { MINT_ACCOUNT_LEN } from "../../sdk/src/editions/quote";
import { buildMintEditionTransaction } from "../../sdk/src/editions/transactions";
import { setPausedInstruction } from "../../sdk/src/instructions/market";
import { createPayment } from "../market/fixtures/payment";
import { DROP_PRICE, DropSetup, createDropOn, createDropSetup } from "./fixtures/drop-setup";
import { EditionsEnv, createEditionsEnv } from "./fixtures/editions-env";

describe("editions SDK", function () {
  this.timeout(300_000);
  let env: EditionsEnv;
  let d: DropSetup;
  let second: DropSetup;

  before(async function () {
    env = await createEditionsEnv(this);
    d = await createDropSetup(env, await createPayment(env.ctx, "sol"));
    second = await createDropOn(env, d.vault);
  });
  after(async () => env?.ctx.close());

  it("lists drops by authority and by split", async () => {
    const byAuthority = await fetchDrops(env.connection, { authority: d.authority.publicKey }, env.programId);
    expect(byAuthority.map((f) => f.address.toBase58()).sort()).to.deep.equal([d.address, second.address].map(String).sort());
    const bySplit = await fetchDrops(env.connection, { split: d.vault.split.address }, env.programId);
    expect(bySplit.map((f) => f.address.toBase58()).sort()).to.deep.equal([d.address, second.address].map(String).sort());
    expect(await fetchDrops(env.connection, { authority: Keypair.generate().publicKey }, env.programId)).to.deep.equal([]);
  });

  it("builds an unsigned mint transaction that the buyer and the print mint sign", async () => {
    const buyer = await env.ctx.createFundedKeypair();
    const newMint = cheapPrintMint();
    const state = await d.state();
    const { blockhash } = await env.connection.getLatestBlockhash();
    const tx = await buildMintEditionTransaction(
      env.program,
      { buyer: buyer.publicKey, drop: { ...state, address: d.address }, newMint: newMint.publicKey, expectedPrice: DROP_PRICE, mintRent: await env.ctx.rentExemptMinimum(MINT_ACCOUNT_LEN) },
      { payer: buyer.publicKey, recentBlockhash: blockhash, computeUnitLimit: 300_000 },
    );
    tx.sign([buyer, newMint]);
    const sent = await env.ctx.send(tx);
    const [event] = editionsEventsNamed(sent, "editionMinted");
    expect([event.edition.toString(), event.mint.toBase58()]).to.deep.equal(["1", newMint.publicKey.toBase58()]);
    expect((await fetchWalletEditions(env.connection, buyer.publicKey, state)).map((h) => h.mint.toBase58())).to.deep.equal([newMint.publicKey.toBase58()]);
  });

  it("names failures from the editions program, the market and Token Metadata", async () => {
    const buyer = await env.ctx.createFundedKeypair();
    const as = { ...env.as(buyer), programId: env.programId };
    // The editions program: a stale price.
    const stale = await mintEdition({ ...as, drop: d.address, expectedPrice: DROP_PRICE + 1n }).catch((e: unknown) => e);
    expect(isEditionsError(stale, "priceMismatch")).to.equal(true);
    // The market: its platform paused (pay_split refuses).
    const { market } = env;
    await market.send([setPausedInstruction(market.program, { authority: market.authority.publicKey, paused: true })], [market.authority]);
    const paused = await mintEdition({ ...as, drop: d.address }).catch((e: unknown) => e);
    await market.send([setPausedInstruction(market.program, { authority: market.authority.publicKey, paused: false })], [market.authority]);
    expect(paused).to.be.instanceOf(NormalDanceTransactionError);
    const decoded = (paused as NormalDanceTransactionError).decoded;
    expect(decoded?.kind === "program" && [decoded.programName, decoded.name]).to.deep.equal(["nd_market", "platformPaused"]);
    // Token Metadata: printing onto a mint that is already a print.
    const printed = await mintEdition({ ...as, drop: d.address });
    const again = await mintEdition({ ...as, drop: d.address, prepared: printed.mint }).catch((e: unknown) => e);
    const tm = (again as NormalDanceTransactionError).decoded;
    expect(tm?.kind === "program" && [tm.programName, tm.name]).to.deep.equal(["mplTokenMetadata", "alreadyInitialized"]);
  });
});
