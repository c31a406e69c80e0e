// Rules found by these suites where the program had to change, and one limit worth watching.
import { ComputeBudgetProgram, Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { fetchSplit, hasAccess } from "../../sdk/src/accounts/market";
import { closeTrackInstruction, openVaultInstruction, setTrackStatusInstruction, updateSplitInstruction } from "../../sdk/src/instructions/market";
import { createMint, lamportsOf } from "../harness";
import { createSaleSetupWithLookupTable, sendWithLookupTable } from "./fixtures/big-split";
import { describeEachPayment } from "./fixtures/each-payment";
import { expectRejected } from "./fixtures/failures";
import { buy, claimCredit, createSaleSetup, createSplitSetup } from "./fixtures/sale-setup";
import { createPayment } from "./fixtures/payment";

describeEachPayment(
  "program findings and limits",
  (suite) => {
    it("a stranger cannot use up a split's vault slots: open_vault is for split members only", async () => {
      const { env } = suite();
      const split = await createSplitSetup(env, [1_000_000]);
      const stranger = await env.ctx.createFundedKeypair();
      const junk = await createMint(env.ctx, { program: "spl-token" });
      await expectRejected(
        env.ctx,
        { stranger: lamportsOf(stranger.publicKey) },
        () => env.send([openVaultInstruction(env.program, { payer: stranger.publicKey, split: split.address, mint: junk.address, tokenProgram: junk.programId })], [stranger]),
        "notSplitMember",
      );
      expect((await fetchSplit(env.ctx.connection, split.address, env.programId))?.vaultMints.length).to.equal(0);
    });

    it("a cancelled track that has sold cannot be closed, so its address (and its buyers' receipts) cannot be taken over", async () => {
      const { env, payment } = suite();
      const track = await createSaleSetup(env, payment, [1_000_000], { price: 1_000n });
      const fan = await env.ctx.createFundedKeypair();
      await payment.fund(fan.publicKey, 1_000n);
      await buy(env, track, fan);
      const artist = track.artist;
      await env.send([setTrackStatusInstruction(env.program, { artist: artist.publicKey, track: track.address, status: "cancelled" })], [artist]);
      await expectRejected(
        env.ctx,
        { artist: lamportsOf(artist.publicKey), track: lamportsOf(track.address) },
        () => env.send([closeTrackInstruction(env.program, { artist: artist.publicKey, track: track.address })], [artist]),
        "trackHasSales",
      );
      expect(await hasAccess(env.ctx.connection, track.address, fan.publicKey, env.programId)).to.equal(true);
    });

    it("a share change of a full split (32 recipients, 8 vaults) fits the compute budget", async () => {
      const { env, payment } = suite();
      const shares = Array.from({ length: 32 }, (_, i) => (i === 0 ? 1_000_000 - 31 * 31_250 : 31_250));
      const track = await createSaleSetupWithLookupTable(env, payment, shares, { price: 1_000_000n });
      const split = track.vault.split;
      for (let i = 0; i < 7; i++) {
        const other = await createPayment(env.ctx, "spl");
        await env.send([openVaultInstruction(env.program, { payer: split.creator.publicKey, split: split.address, mint: other.mint, tokenProgram: other.tokenProgram })], [split.creator]);
      }
      const state = await fetchSplit(env.ctx.connection, split.address, env.programId);
      const reversed = split.recipients.map((r, i) => ({ wallet: r.publicKey, sharePpm: shares[31 - i] }));
      const ix = await updateSplitInstruction(env.program, { controller: split.creator.publicKey, split: split.address, recipients: reversed, vaultMints: state?.vaultMints ?? [] });
      const accounts = new Map<string, PublicKey>(ix.keys.filter((k) => !k.isSigner).map((k) => [k.pubkey.toBase58(), k.pubkey]));
      const sent = await sendWithLookupTable(env, [ComputeBudgetProgram.setComputeUnitLimit({ units: 1_400_000 }), ix], [split.creator], [...accounts.values()]);
      console.log(`      update_split, 32 recipients × 8 vaults: ${sent.computeUnits} CU`);
      expect(sent.computeUnits).to.be.lessThan(1_400_000);
    });
  },
  ["spl"],
);

describeEachPayment(
  "program findings: native SOL payouts",
  (suite) => {
    // Solana refuses to leave a system account with fewer lamports than rent exemption, so a
    // SOL payout below that minimum to an empty wallet cannot land; it stays claimable.
    it("a SOL referral below the rent-exempt minimum to an empty wallet is refused and stays claimable", async () => {
      const { env, payment } = suite();
      const track = await createSaleSetup(env, payment, [1_000_000], { price: 1_000_000n, referralBps: 500 });
      const buyer = await env.ctx.createFundedKeypair();
      const referrer = Keypair.generate().publicKey;
      await buy(env, track, buyer, { referrer });
      await expectRejected(env.ctx, { referrer: lamportsOf(referrer), vault: track.vault.money }, () => claimCredit(env, track.vault, referrer), "InsufficientFundsForRent");
      await env.ctx.airdrop(referrer, 1_000_000_000n);
      const before = await env.ctx.balance(referrer);
      await claimCredit(env, track.vault, referrer);
      expect(await env.ctx.balance(referrer) > before).to.equal(true);
    });
  },
  ["sol"],
);
