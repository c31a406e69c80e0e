// Every privileged instruction, sent (a) without the privileged party's signature and (b) signed
// by a stranger in its place: each must fail with its named error and move nothing. Also the
// platform's own rules: only the upgrade authority initialises it, once; the fee cap.
import { Keypair, PublicKey, TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import { fetchPlatform } from "../../sdk/src/accounts/market";
import {
  BPF_LOADER_UPGRADEABLE_PROGRAM_ID,
  acceptAuthorityInstruction,
  acceptControllerInstruction,
  addAdvanceInstruction,
  buyInstruction,
  closeTrackInstruction,
  confirmInstruction,
  createSplitInstruction,
  createTrackInstruction,
  freezeSplitInstruction,
  initPlatformInstruction,
  proposeAuthorityInstruction,
  proposeControllerInstruction,
  refundInstruction,
  setPausedInstruction,
  setTrackStatusInstruction,
  updatePlatformInstruction,
  updateSplitInstruction,
  updateTrackInstruction,
} from "../../sdk/src/instructions/market";
import { marketProgram } from "../../sdk/src/market/program";
import { findPlatformAddress } from "../../sdk/src/pda";
import { BalanceSnapshot, TestContext, createTestContext, lamportsOf, requireCapability } from "../harness";
import { describeEachPayment } from "./fixtures/each-payment";
import { expectRejected } from "./fixtures/failures";
import { MARKET } from "./fixtures/market-env";
import { INSTANT, freshId, purchaseRef, tokenProgramOf } from "./fixtures/sale-setup";
import { withAccount, withoutSigner } from "./fixtures/tamper";
import { World, buildWorld } from "./fixtures/world";

interface Privileged {
  readonly instruction: string;
  /** The party whose signature the instruction requires. */
  readonly role: string;
  readonly signer: (w: World) => Keypair;
  /** Other legitimate signers that stay. */
  readonly cosigners?: (w: World) => Keypair[];
  /** The instruction with `key` in the privileged party's place. */
  readonly build: (w: World, key: PublicKey) => Promise<TransactionInstruction>;
  /** What the program answers when a stranger signs in that place; absent where anyone may. */
  readonly strangerError?: string;
}

const split = (w: World) => w.escrowTrack.vault.split;

const PRIVILEGED: readonly Privileged[] = [
  {
    instruction: "update_platform",
    role: "platform authority",
    signer: (w) => w.env.authority,
    build: (w, key) => updatePlatformInstruction(w.env.program, { authority: key, feeBps: 0 }),
    strangerError: "notPlatformAuthority",
  },
  {
    instruction: "set_paused",
    role: "platform authority",
    signer: (w) => w.env.authority,
    build: (w, key) => setPausedInstruction(w.env.program, { authority: key, paused: true }),
    strangerError: "notPlatformAuthority",
  },
  {
    instruction: "propose_authority",
    role: "platform authority",
    signer: (w) => w.env.authority,
    build: (w, key) => proposeAuthorityInstruction(w.env.program, { authority: key, newAuthority: key }),
    strangerError: "notPlatformAuthority",
  },
  {
    instruction: "accept_authority",
    role: "proposed authority",
    signer: (w) => w.nextAuthority,
    build: (w, key) => acceptAuthorityInstruction(w.env.program, { newAuthority: key }),
    strangerError: "notPendingAuthority",
  },
  {
    instruction: "create_split",
    role: "creator",
    signer: (w) => w.intruder,
    build: (w, key) => createSplitInstruction(w.env.program, { creator: key, splitId: freshId(), recipients: [{ wallet: key, sharePpm: 1_000_000 }] }),
  },
  {
    instruction: "update_split",
    role: "controller",
    signer: (w) => split(w).creator,
    build: (w, key) =>
      updateSplitInstruction(w.env.program, {
        controller: key,
        split: split(w).address,
        recipients: [{ wallet: key, sharePpm: 1_000_000 }],
        vaultMints: [w.payment.mint, w.otherPayment.mint],
      }),
    strangerError: "notSplitController",
  },
  {
    instruction: "freeze_split",
    role: "controller",
    signer: (w) => split(w).creator,
    build: (w, key) => freezeSplitInstruction(w.env.program, { controller: key, split: split(w).address }),
    strangerError: "notSplitController",
  },
  {
    instruction: "propose_controller",
    role: "controller",
    signer: (w) => split(w).creator,
    build: (w, key) => proposeControllerInstruction(w.env.program, { controller: key, split: split(w).address, newController: key }),
    strangerError: "notSplitController",
  },
  {
    instruction: "accept_controller",
    role: "proposed controller",
    signer: (w) => w.nextController,
    build: (w, key) => acceptControllerInstruction(w.env.program, { newController: key, split: split(w).address }),
    strangerError: "notPendingController",
  },
  {
    instruction: "add_advance",
    role: "controller",
    signer: (w) => split(w).creator,
    cosigners: (w) => [split(w).recipients[1]],
    build: (w, key) => advance(w, key, split(w).recipients[1].publicKey),
    strangerError: "notSplitController",
  },
  {
    instruction: "add_advance",
    role: "consenting recipient",
    signer: (w) => split(w).recipients[1],
    cosigners: (w) => [split(w).creator],
    build: (w, key) => advance(w, split(w).creator.publicKey, key),
    strangerError: "wrongRecipient",
  },
  {
    instruction: "create_track",
    role: "artist",
    signer: (w) => w.escrowTrack.artist,
    build: (w, key) =>
      createTrackInstruction(w.env.program, {
        artist: key,
        trackId: freshId(),
        split: split(w).address,
        paymentMint: w.payment.mint,
        price: 1n,
        referralBps: 0,
        contentId: new Uint8Array(32),
        mode: INSTANT,
      }),
    strangerError: "artistNotInSplit",
  },
  {
    instruction: "update_track",
    role: "artist",
    signer: (w) => w.escrowTrack.artist,
    build: (w, key) => updateTrackInstruction(w.env.program, { artist: key, track: w.escrowTrack.address, price: 1n }),
    strangerError: "notTrackArtist",
  },
  {
    instruction: "set_track_status",
    role: "artist",
    signer: (w) => w.escrowTrack.artist,
    build: (w, key) => setTrackStatusInstruction(w.env.program, { artist: key, track: w.escrowTrack.address, status: "cancelled" }),
    strangerError: "notTrackArtist",
  },
  {
    instruction: "close_track",
    role: "artist",
    signer: (w) => w.cancelledTrack.artist,
    build: (w, key) => closeTrackInstruction(w.env.program, { artist: key, track: w.cancelledTrack.address }),
    strangerError: "notTrackArtist",
  },
  {
    instruction: "buy",
    role: "buyer",
    signer: (w) => w.intruder,
    build: (w, key) =>
      buyInstruction(w.env.program, { buyer: key, track: w.instantTrack.ref, expectedPrice: w.instantTrack.price, tokenProgram: tokenProgramOf(w.payment) }),
  },
  {
    instruction: "confirm",
    role: "buyer",
    signer: (w) => w.buyer,
    build: async (w, key) =>
      confirmInstruction(w.env.program, { caller: key, track: w.escrowTrack.ref, purchase: await purchaseRef(w.env, w.escrowTrack, w.buyer.publicKey) }),
    strangerError: "notBuyer",
  },
  {
    instruction: "refund",
    role: "arbiter",
    signer: (w) => w.env.arbiter,
    build: async (w, key) =>
      refundInstruction(w.env.program, {
        caller: key,
        track: w.escrowTrack.ref,
        purchase: await purchaseRef(w.env, w.escrowTrack, w.buyer.publicKey),
        tokenProgram: tokenProgramOf(w.payment),
      }),
    strangerError: "refundNotAllowed",
  },
];

function advance(w: World, controller: PublicKey, recipient: PublicKey) {
  return addAdvanceInstruction(w.env.program, {
    controller,
    recipient,
    split: split(w).address,
    mint: w.payment.mint,
    recipientIndex: 1,
    beneficiary: Keypair.generate().publicKey,
    amount: 1_000n,
  });
}

describeEachPayment("attacks: signers", (suite) => {
  let w: World;
  before(async () => {
    w = await buildWorld(suite());
  });

  for (const p of PRIVILEGED) {
    it(`${p.instruction} without the ${p.role}'s signature fails with AccountNotSigner`, async () => {
      const signer = p.signer(w);
      const ix = withoutSigner(await p.build(w, signer.publicKey), signer.publicKey);
      const cosigners = p.cosigners?.(w) ?? [];
      // Anchor checks the Signer constraint itself; a runtime without it would let the call through.
      await expectRejected(w.env.ctx, w.parties, () => w.env.send([ix], cosigners), "AccountNotSigner");
    });

    if (p.strangerError) {
      const error = p.strangerError;
      it(`${p.instruction} signed by a stranger as the ${p.role} fails with ${error}`, async () => {
        const ix = await p.build(w, w.intruder.publicKey);
        await expectRejected(w.env.ctx, w.parties, () => w.env.send([ix], [w.intruder, ...(p.cosigners?.(w) ?? [])]), error);
      });
    }
  }

  it("update_platform refuses a fee above the 10 % cap, and any bps above 10_000", async () => {
    const authority = w.env.authority;
    await expectRejected(w.env.ctx, w.parties, () => w.env.send([updatePlatformInstruction(w.env.program, { authority: authority.publicKey, feeBps: 1_001 })], [authority]), "feeAboveCap");
    await expectRejected(
      w.env.ctx,
      w.parties,
      () => w.env.send([updatePlatformInstruction(w.env.program, { authority: authority.publicKey, stakingShareBps: 10_001 })], [authority]),
      "bpsOutOfRange",
    );
    await expectRejected(
      w.env.ctx,
      w.parties,
      () => w.env.send([updatePlatformInstruction(w.env.program, { authority: authority.publicKey, referralCapBps: 10_001 })], [authority]),
      "bpsOutOfRange",
    );
    const platform = await w.env.platform();
    expect([platform.feeBps, platform.stakingShareBps]).to.deep.equal([250, 2_000]);
  });
});

describe("attacks: init_platform", () => {
  let ctx: TestContext;
  beforeEach(async function () {
    ctx = await createTestContext({ programs: [{ name: MARKET }] });
    requireCapability(this, ctx, "isolatedChain");
  });
  afterEach(async () => ctx.close());

  const init = (authority: PublicKey) =>
    initPlatformInstruction(marketProgram(ctx.connection), { authority, treasury: authority, referralCapBps: 0, stakingShareBps: 0, arbiter: authority });

  it("only the program's upgrade authority may initialise the platform (NotUpgradeAuthority)", async () => {
    const intruder = await ctx.createFundedKeypair();
    const platform = findPlatformAddress(marketProgram(ctx.connection).programId).address;
    await expectRejected(ctx, { intruder: lamportsOf(intruder.publicKey), platform: lamportsOf(platform) }, async () => ctx.send([await init(intruder.publicKey)], [intruder]), "notUpgradeAuthority");
    expect(await ctx.getAccount(platform)).to.equal(null);
  });

  it("a forged ProgramData naming the signer as upgrade authority is refused (ProgramDataMismatch)", async function () {
    requireCapability(this, ctx, "setAccount");
    const intruder = await ctx.createFundedKeypair();
    // Loader-owned, in ProgramData layout, with the intruder as upgrade authority, but not at the
    // market's ProgramData address.
    const forged = Keypair.generate().publicKey;
    const data = Buffer.alloc(45);
    data.writeUInt32LE(3, 0);
    data.writeUInt8(1, 12);
    intruder.publicKey.toBuffer().copy(data, 13);
    await ctx.setAccount(forged, { lamports: 1_000_000_000n, data, owner: BPF_LOADER_UPGRADEABLE_PROGRAM_ID });
    const ix = withAccount(await init(intruder.publicKey), "initPlatform", "programData", forged);
    await expectRejected(ctx, { intruder: lamportsOf(intruder.publicKey) }, () => ctx.send([ix], [intruder]), "programDataMismatch");
  });

  it("re-initialisation fails (the Platform account already exists) and changes nothing", async () => {
    const authority = ctx.upgradeAuthority;
    await ctx.airdrop(authority.publicKey, 1_000_000_000n);
    await ctx.send([await init(authority.publicKey)], [authority]);
    const program = marketProgram(ctx.connection);
    const before = await fetchPlatform(ctx.connection, program.programId);
    const snap = await BalanceSnapshot.take(ctx, { authority: lamportsOf(authority.publicKey) });
    const again = initPlatformInstruction(program, {
      authority: authority.publicKey,
      treasury: Keypair.generate().publicKey,
      referralCapBps: 10_000,
      stakingShareBps: 10_000,
      arbiter: authority.publicKey,
    });
    await expectRejected(ctx, { authority: lamportsOf(authority.publicKey) }, async () => ctx.send([await again], [authority]), "accountAlreadyInUse");
    await snap.expectDeltas(ctx, { authority: 0n });
    expect(await fetchPlatform(ctx.connection, program.programId)).to.deep.equal(before);
  });
});
