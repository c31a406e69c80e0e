// A drop's life after creation: its authority changes terms (checked as at creation) and the
// master's URI through Token Metadata (prints made afterwards carry it, earlier ones keep theirs),
// pauses and resumes sales, hands the authority over in two steps and closes the drop once sold
// out or ended, getting its rent back. Every refusal is named and changes nothing.
import { TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import { fetchDropView, fetchWalletMints } from "../../sdk/src/editions/accounts";
import { acceptDropAuthority, closeDrop, proposeDropAuthority, setDropPaused, updateDrop } from "../../sdk/src/editions/actions";
import { createEditionsUmi, fetchDropMasterWithUmi, fetchPrintWithUmi } from "../../sdk/src/editions/umi";
import { editionsEventsNamed } from "../../sdk/src/editions/events";
import { updateDropInstruction } from "../../sdk/src/editions/instructions";
import { BalanceSnapshot, lamportsOf, requireCapability } from "../harness";
import { createPayment } from "../market/fixtures/payment";
import { DROP_PRICE, DropSetup, URI, createDropSetup, mintAs } from "./fixtures/drop-setup";
import { EditionsEnv, createEditionsEnv } from "./fixtures/editions-env";
import { expectError, expectRefused } from "./fixtures/refusals";
import { withEditionsAccount } from "./fixtures/tamper";
import { costsOf } from "./fixtures/costs";

const NEW_URI = "https://normal.dance/editions/night-drive-v2.json";

describe("editions lifecycle", function () {
  this.timeout(300_000);
  let env: EditionsEnv;
  let d: DropSetup;

  before(async function () {
    env = await createEditionsEnv(this);
    d = await createDropSetup(env, await createPayment(env.ctx, "sol"), { maxSupply: 6n, lastsFor: 10_000n });
  });
  after(async () => env?.ctx.close());

  const asAuthority = () => ({ ...env.as(d.authority), programId: env.programId });

  it("update_drop changes price, window and wallet cap; a mint then pays the new price", async () => {
    const now = await env.now();
    const { signature } = await updateDrop({ ...asAuthority(), drop: d.address, price: DROP_PRICE * 2n, saleStart: now - 10n, saleEnd: now + 20_000n, walletCap: 1 });
    const [event] = editionsEventsNamed(await env.ctx.transaction(signature), "dropUpdated");
    expect([event.price, event.saleStart, event.saleEnd].map((v) => BigInt(v.toString()))).to.deep.equal([DROP_PRICE * 2n, now - 10n, now + 20_000n]);
    expect([event.walletCap, event.uriChanged]).to.deep.equal([1, false]);
    const buyer = await env.ctx.createFundedKeypair();
    const snap = await BalanceSnapshot.take(env.ctx, { vault: d.vault.money });
    await mintAs(d, buyer);
    await snap.expectDeltas(env.ctx, { vault: DROP_PRICE * 2n });
    await expectError(mintAs(d, buyer), "walletCapReached");
  });

  it("an uncapped public mint creates no counter; a cap cannot be turned on after the first sale (walletCapAfterFirstSale)", async () => {
    const open = await createDropSetup(env, await createPayment(env.ctx, "sol"), { maxSupply: 5n });
    const buyer = await env.ctx.createFundedKeypair();
    const snap = await BalanceSnapshot.take(env.ctx, { buyer: lamportsOf(buyer.publicKey) });
    const minted = await mintAs(open, buyer);
    await snap.expectDeltas(env.ctx, { buyer: -(DROP_PRICE + (await costsOf(env.ctx, minted.edition, false)).total + BigInt(minted.sent.fee)) });
    expect(await fetchWalletMints(env.connection, open.address, buyer.publicKey, env.programId)).to.equal(null);
    await expectRefused(env.ctx, {}, [open.address], () => updateDrop({ ...env.as(open.authority), programId: env.programId, drop: open.address, walletCap: 1, skipPreflight: true }), "walletCapAfterFirstSale", env.programId);
  });

  it("terms that break the rules are refused by name and change nothing", async () => {
    const now = await env.now();
    const state = await d.state();
    const attempt = (terms: Omit<Parameters<typeof updateDrop>[0], "connection" | "signer" | "drop">, error: string) =>
      // The authority pays the fee of the landed, refused transaction: the drop is what must not change.
      expectRefused(env.ctx, {}, [d.address], () => updateDrop({ ...asAuthority(), drop: d.address, ...terms, skipPreflight: true }), error, env.programId);
    await attempt({ saleEnd: state.saleStart }, "invalidSaleWindow");
    await attempt({ price: 0n }, "zeroPrice");
    await attempt({ presale: { merkleRoot: new Uint8Array(32).fill(1), start: state.saleStart - 100n, end: state.saleStart + 1n, price: 1n } }, "presaleOverlapsSale");
    await attempt({ presale: { merkleRoot: new Uint8Array(32).fill(1), start: state.saleStart - 100n, end: state.saleStart - 100n, price: 1n } }, "invalidPresaleWindow");
    await attempt({ presale: { merkleRoot: new Uint8Array(32), start: now - 100n, end: now - 50n, price: 1n } }, "emptyMerkleRoot");
    await attempt({ uri: `https://normal.dance/${"x".repeat(190)}` }, "uriTooLong");
  });

  it("set and remove a presale; remove_presale with a new presale is refused (conflictingPresaleUpdate)", async () => {
    const state = await d.state();
    const presale = { merkleRoot: new Uint8Array(32).fill(7), start: state.saleStart - 100n, end: state.saleStart, price: 5n };
    await updateDrop({ ...asAuthority(), drop: d.address, presale });
    expect((await d.state()).presale).to.deep.equal(presale);
    const ix = await updateDropInstruction(env.program, { authority: d.authority.publicKey, drop: { address: d.address, masterMetadata: state.masterMetadata }, presale });
    // remove_presale is the flag after `presale` in UpdateDropArgs: set it on the encoded data.
    const data = Buffer.from(ix.data);
    data[data.length - 2] = 1; // `remove_presale`, just before `uri: None`
    const both = new TransactionInstruction({ programId: ix.programId, keys: ix.keys, data });
    await expectRefused(env.ctx, {}, [d.address], () => env.ctx.send([both], [d.authority], { skipPreflight: true }), "conflictingPresaleUpdate", env.programId);
    await updateDrop({ ...asAuthority(), drop: d.address, presale: null });
    expect((await d.state()).presale).to.equal(null);
  });

  it("a new URI rewrites the master's metadata through Token Metadata: later prints carry it, earlier ones keep theirs", async () => {
    const umi = createEditionsUmi(env.connection);
    const state = await d.state();
    const before = await fetchDropMasterWithUmi(umi, state);
    expect(before.metadata.uri.replace(/\0+$/, "")).to.equal(URI);
    const earlier = (await mintAs(d, await env.ctx.createFundedKeypair())).mint;
    const { signature } = await updateDrop({ ...asAuthority(), drop: d.address, uri: NEW_URI });
    expect(editionsEventsNamed(await env.ctx.transaction(signature), "dropUpdated")[0].uriChanged).to.equal(true);
    const after = await fetchDropMasterWithUmi(umi, state);
    expect(after.metadata.uri.replace(/\0+$/, "")).to.equal(NEW_URI);
    expect([after.metadata.name, after.metadata.symbol, after.metadata.sellerFeeBasisPoints]).to.deep.equal([before.metadata.name, before.metadata.symbol, before.metadata.sellerFeeBasisPoints]);
    expect(after.metadata.creators).to.deep.equal(before.metadata.creators);
    const later = await mintAs(d, await env.ctx.createFundedKeypair());
    expect((await fetchPrintWithUmi(umi, later.mint)).metadata.uri.replace(/\0+$/, "")).to.equal(NEW_URI);
    expect((await fetchPrintWithUmi(umi, earlier)).metadata.uri.replace(/\0+$/, "")).to.equal(URI);
  });

  it("a URI change without the metadata accounts (missingMetadataAccounts) or with another drop's metadata (wrongMasterMetadata)", async () => {
    const state = await d.state();
    const ix = await updateDropInstruction(env.program, { authority: d.authority.publicKey, drop: { address: d.address, masterMetadata: state.masterMetadata }, uri: URI });
    const refuse = (tampered: typeof ix, error: string) => expectRefused(env.ctx, {}, [d.address, state.masterMetadata], () => env.ctx.send([tampered], [d.authority], { skipPreflight: true }), error, env.programId);
    await refuse(withEditionsAccount(ix, "updateDrop", "masterMetadata", env.programId, false), "missingMetadataAccounts");
    const other = await createDropSetup(env, await createPayment(env.ctx, "sol"));
    await refuse(withEditionsAccount(ix, "updateDrop", "masterMetadata", (await other.state()).masterMetadata), "wrongMasterMetadata");
  });

  it("pause stops sales (dropPaused), resume restarts them", async () => {
    await setDropPaused({ ...asAuthority(), drop: d.address, paused: true });
    expect((await fetchDropView(env.connection, d.address, env.programId)).open).to.equal(false);
    const buyer = await env.ctx.createFundedKeypair();
    await expectError(mintAs(d, buyer), "dropPaused");
    await setDropPaused({ ...asAuthority(), drop: d.address, paused: false });
    await mintAs(d, buyer);
  });

  it("two-step authority handover: the new authority acts, the old one is refused", async () => {
    const next = await env.ctx.createFundedKeypair();
    await proposeDropAuthority({ ...asAuthority(), drop: d.address, newAuthority: next.publicKey });
    expect((await d.state()).pendingAuthority?.toBase58()).to.equal(next.publicKey.toBase58());
    await acceptDropAuthority({ ...env.as(next), programId: env.programId, drop: d.address });
    const state = await d.state();
    expect([state.authority.toBase58(), state.pendingAuthority]).to.deep.equal([next.publicKey.toBase58(), null]);
    await expectError(setDropPaused({ ...asAuthority(), drop: d.address, paused: true }), "notDropAuthority");
    await setDropPaused({ ...env.as(next), programId: env.programId, drop: d.address, paused: false });
    d = { ...d, authority: next };
  });

  it("close_drop while on sale is refused (dropStillOnSale); once sold out it closes and the rent returns to the authority", async () => {
    await expectRefused(env.ctx, {}, [d.address], () => closeDrop({ ...asAuthority(), drop: d.address, skipPreflight: true }), "dropStillOnSale", env.programId);
    while ((await d.state()).minted < (await d.state()).maxSupply) await mintAs(d, await env.ctx.createFundedKeypair());
    const rent = await env.ctx.balance(d.address);
    const snap = await BalanceSnapshot.take(env.ctx, { authority: lamportsOf(d.authority.publicKey), drop: lamportsOf(d.address) });
    const { signature } = await closeDrop({ ...asAuthority(), drop: d.address });
    const fee = BigInt((await env.ctx.transaction(signature)).fee);
    await snap.expectDeltas(env.ctx, { authority: rent - fee, drop: -rent });
    expect(await env.ctx.getAccount(d.address)).to.equal(null);
  });

  it("an ended drop that did not sell out closes too", async function () {
    requireCapability(this, env.ctx, "clockWarp");
    const ended = await createDropSetup(env, await createPayment(env.ctx, "sol"), { maxSupply: 5n, lastsFor: 100n });
    await mintAs(ended, await env.ctx.createFundedKeypair());
    await expectError(closeDrop({ ...env.as(ended.authority), programId: env.programId, drop: ended.address }), "dropStillOnSale");
    await env.ctx.waitForClock({ unixTimestamp: (await ended.state()).saleEnd });
    await closeDrop({ ...env.as(ended.authority), programId: env.programId, drop: ended.address });
    expect(await env.ctx.getAccount(ended.address)).to.equal(null);
  });
});
