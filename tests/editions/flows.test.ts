// Drops end to end through the SDK on the real programs (editions, market, Token Metadata
// 1.13.2) for SOL, SPL Token and Token-2022 with a transfer fee: create a drop (master through
// Token Metadata), public sale, wallet cap, sell out with contiguous edition numbers, then every
// split recipient, the treasury claim the proceeds. Exact balances of every party at every step.
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { fetchDropView, fetchMintQuote, fetchWalletEditions, fetchWalletMints } from "../../sdk/src/editions/accounts";
import { editionsEventsNamed } from "../../sdk/src/editions/events";
import { findEditionsAuthorityAddress } from "../../sdk/src/editions/pda";
import { TOKEN_METADATA_CREATE_FEE, findEditionAddress, findMetadataAddress } from "../../sdk/src/editions/token-metadata";
import { marketEventsNamed } from "../../sdk/src/market/events";
import { BalanceSnapshot, BalanceTarget, getMintState, getTokenAccountState, lamportsOf } from "../harness";
import { TOKEN_PROGRAM_ID } from "../../sdk/src/programs";
import { arriving, expectedSale, shareOf } from "../market/fixtures/amounts";
import { Payment, PaymentKind, createPayment } from "../market/fixtures/payment";
import { claim, claimFees, createSplitSetup, openVaultSetup } from "../market/fixtures/sale-setup";
import { expectVaultHoldsOwed } from "../market/fixtures/solvency";
import { costsOf } from "./fixtures/costs";
import { DEFAULT_SHARES, DROP_PRICE, DropSetup, createDropOn, mintAs } from "./fixtures/drop-setup";
import { EditionsEnv, createEditionsEnv } from "./fixtures/editions-env";
import { expectRefused } from "./fixtures/refusals";

const KINDS: readonly PaymentKind[] = ["sol", "spl", "token-2022-fee"];
const MAX_SUPPLY = 5n;
const WALLET_CAP = 2;

for (const kind of KINDS) {
  describe(`editions flows — paid in ${kind}`, function () {
    this.timeout(300_000);
    let env: EditionsEnv;
    let payment: Payment;
    let d: DropSetup;
    const buyers: Keypair[] = [];
    const printed: { mint: PublicKey; edition: bigint; owner: PublicKey }[] = [];

    before(async function () {
      env = await createEditionsEnv(this);
      payment = await createPayment(env.ctx, kind);
    });
    after(async () => env?.ctx.close());

    const sol = () => payment.isSol();

    it("create_drop: the master is minted to the program authority, with metadata and a master edition made through Token Metadata; the authority pays every rent and the fee", async () => {
      const { ctx } = env;
      const s = await createSplitSetup(env.market, DEFAULT_SHARES);
      const vault = await openVaultSetup(env.market, s, payment);
      const authority = s.recipients[0];
      const snap = await BalanceSnapshot.take(ctx, { authority: lamportsOf(authority.publicKey), vault: vault.money });
      d = await createDropOn(env, vault, { maxSupply: MAX_SUPPLY, walletCap: WALLET_CAP });
      const sent = await ctx.transaction(d.createdWith);
      const state = await d.state();
      const rent = async (address: PublicKey) => {
        const info = await ctx.getAccount(address);
        if (!info) throw new Error(`${address.toBase58()} missing`);
        return ctx.rentExemptMinimum(info.data.length);
      };
      const rents =
        (await rent(d.address)) + (await rent(d.masterMint)) + (await rent(state.masterTokens)) + (await rent(state.masterMetadata)) + (await rent(state.masterEdition));
      await snap.expectDeltas(ctx, { authority: -(rents + TOKEN_METADATA_CREATE_FEE + BigInt(sent.fee)), vault: 0n });
      expect(await ctx.balance(state.masterMetadata)).to.equal((await rent(state.masterMetadata)) + TOKEN_METADATA_CREATE_FEE);

      const programAuthority = findEditionsAuthorityAddress(env.programId).address;
      expect(state.authority.toBase58()).to.equal(authority.publicKey.toBase58());
      expect([state.split, state.vault, state.paymentMint].map(String)).to.deep.equal([s.address, vault.address, payment.mint].map(String));
      expect([state.masterMetadata, state.masterEdition].map(String)).to.deep.equal([findMetadataAddress(d.masterMint).address, findEditionAddress(d.masterMint).address].map(String));
      expect([state.minted, state.maxSupply, state.price, state.walletCap]).to.deep.equal([0n, MAX_SUPPLY, DROP_PRICE, WALLET_CAP]);
      const master = await getMintState(ctx, { address: d.masterMint, programId: TOKEN_PROGRAM_ID });
      expect([master.supply, master.decimals]).to.deep.equal([1n, 0]);
      // Token Metadata took both authorities: nobody can mint a second master token.
      expect(master.mintAuthority?.toBase58()).to.equal(state.masterEdition.toBase58());
      expect(master.freezeAuthority?.toBase58()).to.equal(state.masterEdition.toBase58());
      const tokens = await getTokenAccountState(ctx, state.masterTokens);
      expect([tokens.owner.toBase58(), tokens.amount]).to.deep.equal([programAuthority.toBase58(), 1n]);
    });

    it("public sale: each mint pays the price into the split's vault through the market and prints the next edition to the buyer", async () => {
      const { ctx } = env;
      const vault = d.vault;
      const recipients = vault.split.recipients.map((r) => r.publicKey);
      for (let i = 0; i < 2; i++) {
        const buyer = await ctx.createFundedKeypair();
        buyers.push(buyer);
        await payment.fund(buyer.publicKey, DROP_PRICE * 3n);
      }
      for (const [i, buyer] of [buyers[0], buyers[1], buyers[0]].entries()) {
        const before = await d.state();
        const quote = await fetchMintQuote(env.connection, d.address, buyer.publicKey, { editions: env.programId });
        const first = !printed.some((p) => p.owner.equals(buyer.publicKey));
        const costs = await costsOf(ctx, before.minted + 1n, first);
        expect(quote.costs).to.deep.equal(costs);
        const parties: Record<string, BalanceTarget> = {
          buyer: payment.balanceOf(buyer.publicKey),
          buyerSol: lamportsOf(buyer.publicKey),
          vault: vault.money,
          authority: lamportsOf(d.authority.publicKey),
          treasury: payment.balanceOf(env.market.treasury.publicKey),
          ...Object.fromEntries(recipients.map((r, j) => [`r${j}`, payment.balanceOf(r)])),
        };
        const snap = await BalanceSnapshot.take(ctx, parties);
        const minted = await mintAs(d, buyer);
        const sale = expectedSale(payment, DROP_PRICE, 0n, 0);
        expect(quote.amount).to.equal(sale.amount);
        expect([quote.received, quote.fee, quote.toSplit]).to.deep.equal([sale.received, sale.fee, sale.toSplit]);
        const fee = BigInt(minted.sent.fee);
        await snap.expectDeltas(ctx, {
          buyer: sol() ? -(sale.amount + costs.total + fee) : -sale.amount,
          buyerSol: sol() ? -(sale.amount + costs.total + fee) : -(costs.total + fee),
          vault: sale.received,
          authority: 0n,
          treasury: 0n,
          ...Object.fromEntries(recipients.map((_, j) => [`r${j}`, 0n])),
        });
        expect(minted.edition).to.equal(BigInt(i + 1));
        printed.push({ mint: minted.mint, edition: minted.edition, owner: buyer.publicKey });

        const [event] = editionsEventsNamed(minted.sent, "editionMinted");
        expect([event.drop, event.buyer, event.mint].map(String)).to.deep.equal([d.address, buyer.publicKey, minted.mint].map(String));
        expect([event.edition, event.price, event.fee].map((v) => BigInt(v.toString()))).to.deep.equal([minted.edition, sale.price, sale.fee]);
        expect(event.presale).to.equal(false);
        const [paid] = marketEventsNamed(minted.sent, "splitPaid");
        expect(paid.reference.toBase58()).to.equal(d.address.toBase58());
        expect([paid.received, paid.price, paid.fee].map((v) => BigInt(v.toString()))).to.deep.equal([sale.received, sale.price, sale.fee]);
      }
      const view = await fetchDropView(env.connection, d.address, env.programId);
      expect([view.minted, view.remaining, view.open, view.phase.kind]).to.deep.equal([3n, MAX_SUPPLY - 3n, true, "public"]);
      expect((await fetchWalletMints(env.connection, d.address, buyers[0].publicKey, env.programId))?.minted).to.equal(2);
      const held = await fetchWalletEditions(env.connection, buyers[0].publicKey, await d.state());
      expect(held.map((h) => [h.mint.toBase58(), h.edition])).to.deep.equal(printed.filter((p) => p.owner.equals(buyers[0].publicKey)).map((p) => [p.mint.toBase58(), p.edition]));
    });

    it(`a wallet at the cap of ${WALLET_CAP} is refused with walletCapReached; nothing moves or prints`, async () => {
      const { ctx } = env;
      const buyer = buyers[0];
      const before = await d.state();
      await expectRefused(
        ctx,
        { buyer: payment.balanceOf(buyer.publicKey), buyerSol: lamportsOf(buyer.publicKey), vault: d.vault.money },
        [d.address],
        () => mintAs(d, buyer),
        "walletCapReached",
        env.programId,
      );
      expect((await d.state()).minted).to.equal(before.minted);
    });

    it("sells out at max supply with edition numbers 1..N, each print a distinct mint; then soldOut", async () => {
      const { ctx } = env;
      while ((await d.state()).minted < MAX_SUPPLY) {
        const buyer = await ctx.createFundedKeypair();
        await payment.fund(buyer.publicKey, DROP_PRICE);
        const minted = await mintAs(d, buyer);
        printed.push({ mint: minted.mint, edition: minted.edition, owner: buyer.publicKey });
      }
      expect(printed.map((p) => p.edition)).to.deep.equal(Array.from({ length: Number(MAX_SUPPLY) }, (_, i) => BigInt(i + 1)));
      expect(new Set(printed.map((p) => p.mint.toBase58())).size).to.equal(Number(MAX_SUPPLY));
      const state = await d.state();
      for (const p of printed) {
        const held = (await fetchWalletEditions(env.connection, p.owner, state)).find((h) => h.mint.equals(p.mint));
        expect(held?.edition, `edition of ${p.mint.toBase58()}`).to.equal(p.edition);
      }
      const late = await ctx.createFundedKeypair();
      await payment.fund(late.publicKey, DROP_PRICE);
      await expectRefused(ctx, { buyer: payment.balanceOf(late.publicKey), vault: d.vault.money }, [d.address], () => mintAs(d, late), "soldOut", env.programId);
      const view = await fetchDropView(env.connection, d.address, env.programId);
      expect([view.soldOut, view.remaining, view.open]).to.deep.equal([true, 0n, false]);
    });

    it("every split recipient claims its share of the proceeds through the market, the treasury its fee; only stakers' share and dust remain", async () => {
      const { ctx } = env;
      const vault = d.vault;
      const sale = expectedSale(payment, DROP_PRICE, 0n, 0);
      const deposits = sale.toSplit * MAX_SUPPLY;
      const parts = vault.split.shares.map((share) => shareOf(deposits, share));
      const solvency = await expectVaultHoldsOwed(env.market, vault);
      expect(solvency.view.claims.map((c) => c.claimable)).to.deep.equal(parts);
      const parties: Record<string, BalanceTarget> = {
        vault: vault.money,
        treasury: payment.balanceOf(env.market.treasury.publicKey),
        ...Object.fromEntries(vault.split.recipients.map((r, j) => [`r${j}`, payment.balanceOf(r.publicKey)])),
      };
      const none = Object.fromEntries(Object.keys(parties).map((k) => [k, 0n]));
      for (const [i, part] of parts.entries()) {
        const snap = await BalanceSnapshot.take(ctx, parties);
        await claim(env.market, vault, i);
        await snap.expectDeltas(ctx, { ...none, vault: -part, [`r${i}`]: arriving(payment, part) });
      }
      const snap = await BalanceSnapshot.take(ctx, parties);
      await claimFees(env.market, vault);
      await snap.expectDeltas(ctx, { ...none, vault: -sale.treasury * MAX_SUPPLY, treasury: arriving(payment, sale.treasury * MAX_SUPPLY) });
      const end = await expectVaultHoldsOwed(env.market, vault);
      expect(end.owed).to.equal(sale.staking * MAX_SUPPLY);
      expect(end.dust).to.equal(deposits - parts.reduce((a, b) => a + b, 0n));
    });
  });
}
