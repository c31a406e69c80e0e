// Attacks on drops: each malicious transaction is sent (landing, so the runtime's rollback is
// what is checked) and must fail with its named error — the editions program's, the market's,
// Token Metadata's or Anchor's — with every balance and every watched account unchanged and
// nothing printed. The buyer's print mint is prepared in a transaction before, so the attack
// transaction carries `mint_edition` alone.
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import {
  acceptDropAuthorityInstruction,
  closeDropInstruction,
  createDropInstruction,
  mintEditionInstruction,
  proposeDropAuthorityInstruction,
  setDropPausedInstruction,
  updateDropInstruction,
} from "../../sdk/src/editions/instructions";
import { findWalletMintsAddress } from "../../sdk/src/editions/pda";
import { findEditionAddress, findEditionMarkerAddress, findMetadataAddress } from "../../sdk/src/editions/token-metadata";
import { TOKEN_PROGRAM_ID } from "../../sdk/src/programs";
import { findVaultAddress } from "../../sdk/src/pda";
import { BalanceTarget, createAssociatedTokenAccount, createMint, lamportsOf, mintTo, requireCapability } from "../harness";
import { Payment, createPayment } from "../market/fixtures/payment";
import { freshId } from "../market/fixtures/sale-setup";
import { DROP_PRICE, DropSetup, createDropSetup, mintAs, prepareMint } from "./fixtures/drop-setup";
import { EditionsEnv, createEditionsEnv } from "./fixtures/editions-env";
import { expectRefused } from "./fixtures/refusals";
import { withEditionsAccount } from "./fixtures/tamper";

const OPENS_IN = 100n;
const LASTS_FOR = 10_000n;
const TOKEN_METADATA = new PublicKey("metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s");

describe("editions attacks", function () {
  this.timeout(300_000);
  let env: EditionsEnv;
  let sol: Payment;
  let d: DropSetup;
  /** A second drop of another split: the source of substituted accounts. */
  let other: DropSetup;
  let buyer: Keypair;
  let intruder: Keypair;
  let prepared: PublicKey;
  let parties: Record<string, BalanceTarget>;

  before(async function () {
    env = await createEditionsEnv(this);
    sol = await createPayment(env.ctx, "sol");
    d = await createDropSetup(env, sol, { maxSupply: 4n, walletCap: 2, opensIn: OPENS_IN, lastsFor: LASTS_FOR });
    other = await createDropSetup(env, sol, { maxSupply: 4n });
    buyer = await env.ctx.createFundedKeypair();
    intruder = await env.ctx.createFundedKeypair();
    prepared = await prepareMint(env, buyer);
    parties = {
      buyer: lamportsOf(buyer.publicKey),
      intruder: lamportsOf(intruder.publicKey),
      vault: d.vault.money,
      otherVault: other.vault.money,
      authority: lamportsOf(d.authority.publicKey),
    };
  });
  after(async () => env?.ctx.close());

  /** What a mint could change: the drop, the buyer's counter, the print mint and its would-be metadata and edition. */
  const watched = () => [d.address, findWalletMintsAddress(env.programId, d.address, buyer.publicKey).address, prepared, findMetadataAddress(prepared).address, findEditionAddress(prepared).address];

  async function mintIx(overrides: Partial<Parameters<typeof mintEditionInstruction>[1]> = {}): Promise<TransactionInstruction> {
    const state = await d.state();
    return mintEditionInstruction(env.program, { buyer: buyer.publicKey, drop: { ...state, address: d.address }, newMint: prepared, expectedPrice: DROP_PRICE, ...overrides });
  }

  /** Lands `ix` (skipping preflight; the context payer pays the fee) and expects `error`. */
  const refuse = (ix: TransactionInstruction | Promise<TransactionInstruction>, error: string, signers: Keypair[] = [buyer], program?: PublicKey) =>
    expectRefused(env.ctx, parties, watched(), async () => env.ctx.send([await ix], signers, { skipPreflight: true }), error, program);

  describe("sale window", () => {
    it("before the sale starts: saleNotStarted", async () => {
      await refuse(mintIx(), "saleNotStarted", [buyer], env.programId);
    });

    it("after it ends: saleEnded (then the clock goes back into the window for the other attacks)", async function () {
      requireCapability(this, env.ctx, "clockWarp");
      const state = await d.state();
      await env.ctx.warpClock({ unixTimestamp: state.saleEnd });
      await refuse(mintIx(), "saleEnded", [buyer], env.programId);
      await env.ctx.warpClock({ unixTimestamp: state.saleStart });
    });
  });

  describe("mint_edition with substituted accounts", () => {
    before(async () => {
      await env.ctx.waitForClock({ unixTimestamp: (await d.state()).saleStart });
    });

    const swap = (account: string, key: () => PublicKey, error: string, program: () => PublicKey | undefined = () => env.programId) =>
      it(`${account} → ${error}`, async () => {
        await refuse(withEditionsAccount(await mintIx(), "mintEdition", account, key()), error, [buyer], program());
      });

    swap("vault", () => other.vault.address, "wrongVault");
    swap("masterMetadata", () => findMetadataAddress(other.masterMint).address, "wrongMasterMetadata");
    swap("masterEdition", () => findEditionAddress(other.masterMint).address, "wrongMasterEdition");
    swap("masterTokens", () => Keypair.generate().publicKey, "wrongMasterTokenAccount");
    swap("tokenMetadataProgram", () => SystemProgram.programId, "wrongTokenMetadataProgram");
    swap("programAuthority", () => intruder.publicKey, "wrongProgramAuthority");
    swap("marketProgram", () => TOKEN_METADATA, "wrongMarketProgram");
    swap("editionMarker", () => findEditionMarkerAddress(other.masterMint, 1n).address, "derivedKeyInvalid", () => TOKEN_METADATA);
    swap("newMetadata", () => findMetadataAddress(Keypair.generate().publicKey).address, "invalidMetadataKey", () => TOKEN_METADATA);

    it("a Drop forged under another program: AccountOwnedByWrongProgram", async function () {
      requireCapability(this, env.ctx, "setAccount");
      const info = await env.ctx.getAccount(d.address);
      if (!info) throw new Error("drop missing");
      const fake = Keypair.generate().publicKey;
      await env.ctx.setAccount(fake, { lamports: BigInt(info.lamports), data: info.data, owner: SystemProgram.programId });
      await refuse(withEditionsAccount(await mintIx(), "mintEdition", "drop", fake), "AccountOwnedByWrongProgram");
    });

    it("token accounts on a SOL drop: wrongPaymentMint", async () => {
      const token = await createMint(env.ctx, {});
      await refuse(mintIx({ drop: { ...(await d.state()), address: d.address, paymentMint: token.address }, paymentTokenProgram: TOKEN_PROGRAM_ID }), "wrongPaymentMint", [buyer], env.programId);
    });
  });

  describe("mint_edition refusals", () => {
    it("a capped drop without the buyer's counter: walletMintsRequired", async () => {
      await refuse(withEditionsAccount(await mintIx(), "mintEdition", "walletMints", env.programId, false), "walletMintsRequired", [buyer], env.programId);
    });

    it("a price other than the drop's: priceMismatch", async () => {
      await refuse(mintIx({ expectedPrice: DROP_PRICE - 1n }), "priceMismatch", [buyer], env.programId);
    });

    it("a paused drop: dropPaused", async () => {
      await env.ctx.send([await setDropPausedInstruction(env.program, { authority: d.authority.publicKey, drop: d.address, paused: true })], [d.authority]);
      try {
        await refuse(mintIx(), "dropPaused", [buyer], env.programId);
      } finally {
        await env.ctx.send([await setDropPausedInstruction(env.program, { authority: d.authority.publicKey, drop: d.address, paused: false })], [d.authority]);
      }
    });

    it("a print mint with two tokens: Token Metadata's editionsMustHaveExactlyOneToken", async () => {
      const { ctx } = env;
      const mint = await createMint(ctx, { decimals: 0, authority: buyer, freezeAuthority: buyer.publicKey });
      await mintTo(ctx, mint, await createAssociatedTokenAccount(ctx, mint, buyer.publicKey), 2n);
      await refuse(mintIx({ newMint: mint.address }), "editionsMustHaveExactlyOneToken", [buyer], TOKEN_METADATA);
    });

    it("a print mint whose authority is not the buyer: Token Metadata's invalidMintAuthority", async () => {
      const stolen = await prepareMint(env, intruder);
      await refuse(mintIx({ newMint: stolen }), "invalidMintAuthority", [buyer], TOKEN_METADATA);
    });

    it("a wallet cap of 2 through several transactions in one block: two land, the third is refused with walletCapReached", async () => {
      const { ctx } = env;
      const slot = (await ctx.clock()).slot;
      for (let i = 0; i < 2; i++) await mintAs(d, buyer, { prepared: i === 0 ? prepared : await prepareMint(env, buyer) });
      prepared = await prepareMint(env, buyer);
      await refuse(mintIx(), "walletCapReached", [buyer], env.programId);
      expect((await ctx.clock()).slot, "same slot").to.equal(slot);
      expect((await d.state()).minted).to.equal(2n);
    });

    it("beyond max supply: soldOut", async () => {
      for (let i = 0; i < 2; i++) {
        const someone = await env.ctx.createFundedKeypair();
        await mintAs(d, someone);
      }
      buyer = await env.ctx.createFundedKeypair();
      prepared = await prepareMint(env, buyer);
      parties.buyer = lamportsOf(buyer.publicKey);
      await refuse(mintIx(), "soldOut", [buyer], env.programId);
    });
  });

  describe("a drop paid in SPL tokens", () => {
    let t: DropSetup;
    let spl: Payment;
    let payer: Keypair;
    let mint: PublicKey;
    const tokenParties = () => ({ ...parties, payerTokens: spl.balanceOf(payer.publicKey), payerSol: lamportsOf(payer.publicKey), tokenVault: t.vault.money });

    before(async () => {
      spl = await createPayment(env.ctx, "spl");
      t = await createDropSetup(env, spl, { maxSupply: 4n });
      payer = await env.ctx.createFundedKeypair();
      await spl.fund(payer.publicKey, 10n * DROP_PRICE);
      mint = await prepareMint(env, payer);
    });

    const tokenMintIx = async (overrides: Partial<Parameters<typeof mintEditionInstruction>[1]> = {}) =>
      mintEditionInstruction(env.program, {
        buyer: payer.publicKey,
        drop: { ...(await t.state()), address: t.address },
        newMint: mint,
        expectedPrice: DROP_PRICE,
        paymentTokenProgram: TOKEN_PROGRAM_ID,
        ...overrides,
      });
    const refuseToken = async (ix: TransactionInstruction, error: string, program?: PublicKey) =>
      expectRefused(env.ctx, tokenParties(), [t.address, mint], async () => env.ctx.send([ix], [payer], { skipPreflight: true }), error, program);

    it("paying with another mint: wrongPaymentMint", async () => {
      const otherMint = await createPayment(env.ctx, "spl");
      await otherMint.fund(payer.publicKey, 10n * DROP_PRICE);
      const state = await t.state();
      // The drop's vault and vault token account, but the other mint and the payer's account of it.
      await refuseToken(await tokenMintIx({ drop: { ...state, address: t.address, paymentMint: otherMint.mint } }), "wrongPaymentMint", env.programId);
    });

    it("no token accounts at all: wrongPaymentMint", async () => {
      const ix = await tokenMintIx();
      let tampered = ix;
      for (const account of ["paymentMint", "vaultTokens", "buyerTokens", "paymentTokenProgram"]) tampered = withEditionsAccount(tampered, "mintEdition", account, env.programId, false);
      await refuseToken(tampered, "wrongPaymentMint", env.programId);
    });

    it("the vault's token account swapped for the payer's own: the market's wrongVaultTokens", async () => {
      await refuseToken(withEditionsAccount(await tokenMintIx(), "mintEdition", "vaultTokens", spl.accountOf(payer.publicKey)), "wrongVaultTokens", env.market.programId);
    });
  });

  describe("drop administration by others", () => {
    const intruderDoes = (name: string, ix: () => Promise<TransactionInstruction>) =>
      it(`${name} by a non-authority: notDropAuthority`, async () => {
        await expectRefused(env.ctx, parties, [other.address], async () => env.ctx.send([await ix()], [intruder], { skipPreflight: true }), "notDropAuthority", env.programId);
      });

    intruderDoes("update_drop (price)", () => updateDropInstruction(env.program, { authority: intruder.publicKey, drop: { address: other.address, masterMetadata: findMetadataAddress(other.masterMint).address }, price: 1n }));
    intruderDoes("update_drop (URI)", () => updateDropInstruction(env.program, { authority: intruder.publicKey, drop: { address: other.address, masterMetadata: findMetadataAddress(other.masterMint).address }, uri: "https://evil.example/x.json" }));
    intruderDoes("set_paused", () => setDropPausedInstruction(env.program, { authority: intruder.publicKey, drop: other.address, paused: true }));
    intruderDoes("close_drop", () => closeDropInstruction(env.program, { authority: intruder.publicKey, drop: other.address }));
    intruderDoes("propose_authority", () => proposeDropAuthorityInstruction(env.program, { authority: intruder.publicKey, drop: other.address, newAuthority: intruder.publicKey }));

    it("accept_authority with nothing proposed: noPendingAuthority; by another wallet than the proposed one: notPendingAuthority", async () => {
      const accept = () => acceptDropAuthorityInstruction(env.program, { newAuthority: intruder.publicKey, drop: other.address });
      await expectRefused(env.ctx, parties, [other.address], async () => env.ctx.send([await accept()], [intruder], { skipPreflight: true }), "noPendingAuthority", env.programId);
      const successor = Keypair.generate().publicKey;
      await env.ctx.send([await proposeDropAuthorityInstruction(env.program, { authority: other.authority.publicKey, drop: other.address, newAuthority: successor })], [other.authority]);
      await expectRefused(env.ctx, parties, [other.address], async () => env.ctx.send([await accept()], [intruder], { skipPreflight: true }), "notPendingAuthority", env.programId);
    });
  });

  describe("create_drop", () => {
    const createIx = (p: Partial<Parameters<typeof createDropInstruction>[1]> & { authority: PublicKey }) =>
      createDropInstruction(env.program, {
        dropId: freshId(),
        split: other.vault.split.address,
        paymentMint: sol.mint,
        name: "Fake",
        symbol: "FAKE",
        uri: "https://evil.example/x.json",
        sellerFeeBasisPoints: 0,
        price: 1n,
        maxSupply: 1n,
        saleStart: 0n,
        ...p,
      });
    const refuseCreate = async (ix: TransactionInstruction, signer: Keypair, error: string, program?: PublicKey) =>
      expectRefused(env.ctx, { ...parties, signer: lamportsOf(signer.publicKey) }, [], async () => env.ctx.send([await ix], [signer], { skipPreflight: true }), error, program);

    it("by a wallet outside the split: authorityNotInSplit", async () => {
      await refuseCreate(await createIx({ authority: intruder.publicKey }), intruder, "authorityNotInSplit", env.programId);
    });

    it("a split forged under another program: AccountOwnedByWrongProgram; a market account of another type: AccountDiscriminatorMismatch", async function () {
      requireCapability(this, env.ctx, "setAccount");
      const info = await env.ctx.getAccount(other.vault.split.address);
      if (!info) throw new Error("split missing");
      const fake = Keypair.generate().publicKey;
      await env.ctx.setAccount(fake, { lamports: BigInt(info.lamports), data: info.data, owner: SystemProgram.programId });
      const authority = other.authority;
      await refuseCreate(withEditionsAccount(await createIx({ authority: authority.publicKey }), "createDrop", "split", fake), authority, "AccountOwnedByWrongProgram");
      await refuseCreate(withEditionsAccount(await createIx({ authority: authority.publicKey }), "createDrop", "split", other.vault.address), authority, "AccountDiscriminatorMismatch");
    });

    it("a payment mint the split has no vault for: wrongVault", async () => {
      const token = await createMint(env.ctx, {});
      await refuseCreate(await createIx({ authority: other.authority.publicKey, paymentMint: token.address }), other.authority, "wrongVault", env.programId);
    });

    it("another split's vault: wrongVault", async () => {
      const ix = withEditionsAccount(await createIx({ authority: other.authority.publicKey }), "createDrop", "vault", findVaultAddress(env.market.programId, d.vault.split.address, sol.mint).address);
      await refuseCreate(ix, other.authority, "wrongVault", env.programId);
    });

    it("re-initialising an existing drop (same creator and id): the System program's accountAlreadyInUse", async () => {
      const state = await other.state();
      const ix = await createIx({ authority: other.authority.publicKey, dropId: state.dropId });
      await expectRefused(env.ctx, { ...parties, signer: lamportsOf(other.authority.publicKey) }, [other.address, other.masterMint], async () => env.ctx.send([ix], [other.authority], { skipPreflight: true }), "accountAlreadyInUse");
    });
  });
});
