// Issue 3, item 7: Metaplex Token Metadata 1.13.2, built from its crates.io source by
// tools/sbf/build.mjs (SBPF v3), runs in LiteSVM as the program the editions work will CPI into:
// create, update, master edition and numbered prints give exact balances and the accounts the
// npm client decodes; every attack is refused (with Token Metadata's named error wherever 1.13.2
// has one) and changes nothing.
// The instructions come from the npm client's builders, so a wrong result is the toolchain's.
import {
  DataV2,
  Edition,
  EditionMarker,
  Key,
  MasterEditionV2,
  Metadata,
  TokenStandard,
  createSignMetadataInstruction,
} from "@metaplex-foundation/mpl-token-metadata";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { AccountInfo, Keypair, PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import {
  BalanceSnapshot,
  SentTransaction,
  TestContext,
  TransactionFailedError,
  createAssociatedTokenAccount,
  createTestContext,
  getMintState,
  lamportsOf,
  tokensOf,
} from "../../../tests/harness";
import { ComputeUnitLog } from "./acceptance/compute-units";
import {
  CREATE_FEE,
  EDITION_LEN,
  EDITION_MARKER_LEN,
  MASTER_EDITION_LEN,
  METADATA_LEN,
  TOKEN_METADATA_PROGRAMS,
  TOKEN_METADATA_PROGRAM_ID,
  createMasterEditionV3,
  createMetadataV3,
  createNftMint,
  editionMarkerPda,
  editionPda,
  metadataPda,
  printEdition,
  updateMetadataV2,
} from "./token-metadata/client";
import { RefusalCheck, imagesOf, metadataError, systemAccountAlreadyInUse } from "./token-metadata/expect";

const MAX_SUPPLY = 10n; // crosses a byte of the edition marker's bitmap (editions 1..7 | 8..10)
const SIGNATURE_FEE = 5000n;
type Bignum = Edition["edition"];
const big = (v: Bignum) => BigInt(v.toString());
/** Token Metadata stores name, symbol and URI NUL-padded to their maximum lengths. */
const padded = (s: string, length: number) => s + "\0".repeat(length - Buffer.byteLength(s));

describe("Metaplex Token Metadata 1.13.2 from crates.io on the registry-only toolchain (SBPF v3)", function () {
  this.timeout(300_000);
  const cu = new ComputeUnitLog();
  let ctx: TestContext;
  let artist: Keypair;
  let collector: Keypair;
  let mallory: Keypair;
  const collaborator = Keypair.generate().publicKey;
  let masterMint: PublicKey;
  let masterTokens: PublicKey;
  let rent: { metadata: bigint; masterEdition: bigint; edition: bigint; marker: bigint };
  let data: DataV2;

  before(async () => {
    ctx = await createTestContext({ programs: TOKEN_METADATA_PROGRAMS });
    [artist, collector, mallory] = [await ctx.createFundedKeypair(), await ctx.createFundedKeypair(), await ctx.createFundedKeypair()];
    const master = await createNftMint(ctx, artist, artist.publicKey);
    [masterMint, masterTokens] = [master.mint.address, master.tokenAccount];
    rent = {
      metadata: await ctx.rentExemptMinimum(METADATA_LEN),
      masterEdition: await ctx.rentExemptMinimum(MASTER_EDITION_LEN),
      edition: await ctx.rentExemptMinimum(EDITION_LEN),
      marker: await ctx.rentExemptMinimum(EDITION_MARKER_LEN),
    };
    data = {
      name: "Night Drive",
      symbol: "NDANCE",
      uri: "https://normal.dance/tracks/night-drive.json",
      sellerFeeBasisPoints: 500,
      creators: [
        { address: artist.publicKey, verified: true, share: 70 },
        { address: collaborator, verified: false, share: 30 },
      ],
      collection: null,
      uses: null,
    };
  });

  after(async () => {
    console.log(`\n      mpl_token_metadata compute units\n${cu.table().replace(/^/gm, "      ")}\n`);
    await ctx?.close();
  });

  /** Sends `ixs` (fee paid by the context payer) and checks the fee is the signature fee. */
  async function send(name: string, ixs: TransactionInstruction[], signers: Signer[]): Promise<SentTransaction> {
    const sent = await ctx.send(ixs, signers);
    expect(BigInt(sent.fee)).to.equal(SIGNATURE_FEE * BigInt(1 + signers.length));
    cu.record("v3", name, sent.computeUnits);
    return sent;
  }

  /** A Token Metadata account, checked for owner and size. */
  async function programAccount(address: PublicKey, length: number): Promise<AccountInfo<Buffer>> {
    const info = await ctx.getAccount(address);
    if (!info) throw new Error(`account ${address.toBase58()} does not exist`);
    expect(info.owner.toBase58()).to.equal(TOKEN_METADATA_PROGRAM_ID.toBase58());
    expect(info.data.length).to.equal(length);
    return info;
  }

  async function metadataOf(mint: PublicKey): Promise<Metadata> {
    const info = await programAccount(metadataPda(mint)[0], METADATA_LEN);
    // The last byte flags a protocol fee waiting to be collected (state/metadata.rs).
    expect(info.data[METADATA_LEN - 1], "fee flag").to.equal(1);
    return Metadata.fromAccountInfo(info)[0];
  }

  function expectData(actual: Metadata["data"], expected: DataV2): void {
    expect(actual.name).to.equal(padded(expected.name, 32));
    expect(actual.symbol).to.equal(padded(expected.symbol, 10));
    expect(actual.uri).to.equal(padded(expected.uri, 200));
    expect(actual.sellerFeeBasisPoints).to.equal(expected.sellerFeeBasisPoints);
    const creators = (actual.creators ?? []).map((c) => ({ address: c.address.toBase58(), verified: c.verified, share: c.share }));
    expect(creators).to.deep.equal((expected.creators ?? []).map((c) => ({ address: c.address.toBase58(), verified: c.verified, share: c.share })));
    expect(creators.reduce((sum, c) => sum + c.share, 0)).to.equal(100);
  }

  describe("toolchain", () => {
    // Regression check for the build itself: every parsed instruction passes through
    // processor::process_instruction, which the legaliser splits into `.sbf.split` pieces. If those
    // pieces call one another in a chain deeper than SBF's 64 frames, every instruction dies with
    // "exceeded max BPF to BPF call depth" before its first log line.
    it("dispatches a parsed instruction to its handler within SBF's 64-frame call depth", async () => {
      const sign = createSignMetadataInstruction({ metadata: metadataPda(masterMint)[0], creator: artist.publicKey }, TOKEN_METADATA_PROGRAM_ID);
      // No accounts: the handler's first step (taking its accounts) must fail, after the dispatch logged it.
      const bare = new TransactionInstruction({ programId: TOKEN_METADATA_PROGRAM_ID, keys: [], data: sign.data });
      let logs: readonly string[] = [];
      try {
        await ctx.send([bare], [], { skipPreflight: true });
      } catch (err) {
        if (!(err instanceof TransactionFailedError)) throw err;
        logs = err.logLines;
        expect(err.txError, logs.join("\n")).to.deep.equal({ InstructionError: [0, "NotEnoughAccountKeys"] });
      }
      expect(logs, "the instruction must be refused").to.not.deep.equal([]);
      expect(logs).to.include("Program log: IX: Sign Metadata");
    });
  });

  describe("master", () => {
    it("CreateMetadataAccountV3 with a verified creator: payer funds rent + CREATE_FEE, every field decodes", async () => {
      const metadata = metadataPda(masterMint)[0];
      const snap = await BalanceSnapshot.take(ctx, {
        artist: lamportsOf(artist.publicKey),
        feePayer: lamportsOf(ctx.payer.publicKey),
        metadata: lamportsOf(metadata),
        masterTokens: tokensOf(masterTokens),
      });
      const sent = await send(
        "create_metadata_v3",
        [createMetadataV3({ mint: masterMint, mintAuthority: artist.publicKey, payer: artist.publicKey, updateAuthority: artist.publicKey, data })],
        [artist],
      );
      await snap.expectDeltas(ctx, {
        artist: -(rent.metadata + CREATE_FEE),
        feePayer: -BigInt(sent.fee),
        metadata: rent.metadata + CREATE_FEE,
        masterTokens: 0n,
      });

      const md = await metadataOf(masterMint);
      expect(md.key).to.equal(Key.MetadataV1);
      expect(md.updateAuthority.toBase58()).to.equal(artist.publicKey.toBase58());
      expect(md.mint.toBase58()).to.equal(masterMint.toBase58());
      expectData(md.data, data);
      expect(md.primarySaleHappened).to.equal(false);
      expect(md.isMutable).to.equal(true);
      expect(md.editionNonce).to.equal(editionPda(masterMint)[1]);
      // A 0-decimal mint without a master edition yet is a "fungible asset" until one exists.
      expect(md.tokenStandard).to.equal(TokenStandard.FungibleAsset);
      expect(md.collection).to.equal(null);
      expect(md.uses).to.equal(null);
      expect(md.collectionDetails).to.equal(null);
      expect(md.programmableConfig).to.equal(null);
    });

    it("UpdateMetadataAccountV2 by the update authority rewrites the data and flips primary sale, moving no lamports", async () => {
      data = {
        ...data,
        name: "Night Drive (Remaster)",
        uri: "https://normal.dance/tracks/night-drive-remaster.json",
        sellerFeeBasisPoints: 750,
        creators: [
          { address: artist.publicKey, verified: true, share: 60 },
          { address: collaborator, verified: false, share: 40 },
        ],
      };
      const snap = await BalanceSnapshot.take(ctx, { artist: lamportsOf(artist.publicKey), feePayer: lamportsOf(ctx.payer.publicKey), metadata: lamportsOf(metadataPda(masterMint)[0]) });
      const sent = await send("update_metadata_v2", [updateMetadataV2({ mint: masterMint, updateAuthority: artist.publicKey, data, primarySaleHappened: true })], [artist]);
      await snap.expectDeltas(ctx, { artist: 0n, feePayer: -BigInt(sent.fee), metadata: 0n });
      const md = await metadataOf(masterMint);
      expectData(md.data, data);
      expect(md.primarySaleHappened).to.equal(true);
      expect(md.isMutable).to.equal(true);
      expect(md.updateAuthority.toBase58()).to.equal(artist.publicKey.toBase58());
    });

    it(`CreateMasterEditionV3 with max supply ${MAX_SUPPLY}: edition rent paid, mint and freeze authority move to the edition PDA`, async () => {
      const [edition] = editionPda(masterMint);
      const snap = await BalanceSnapshot.take(ctx, {
        artist: lamportsOf(artist.publicKey),
        feePayer: lamportsOf(ctx.payer.publicKey),
        edition: lamportsOf(edition),
        metadata: lamportsOf(metadataPda(masterMint)[0]),
        masterTokens: tokensOf(masterTokens),
      });
      const sent = await send(
        "create_master_edition_v3",
        [createMasterEditionV3({ mint: masterMint, updateAuthority: artist.publicKey, mintAuthority: artist.publicKey, payer: artist.publicKey, maxSupply: MAX_SUPPLY })],
        [artist],
      );
      await snap.expectDeltas(ctx, { artist: -rent.masterEdition, feePayer: -BigInt(sent.fee), edition: rent.masterEdition, metadata: 0n, masterTokens: 0n });

      const me = MasterEditionV2.fromAccountInfo(await programAccount(edition, MASTER_EDITION_LEN))[0];
      expect(me.key).to.equal(Key.MasterEditionV2);
      expect(big(me.supply)).to.equal(0n);
      expect(me.maxSupply === null ? null : big(me.maxSupply)).to.equal(MAX_SUPPLY);
      expect((await metadataOf(masterMint)).tokenStandard).to.equal(TokenStandard.NonFungible);
      const mint = await getMintState(ctx, { address: masterMint, programId: TOKEN_PROGRAM_ID });
      expect(mint.mintAuthority?.toBase58()).to.equal(edition.toBase58());
      expect(mint.freezeAuthority?.toBase58()).to.equal(edition.toBase58());
      expect(mint.supply).to.equal(1n);
    });
  });

  /** MintNewEditionFromMasterEditionViaToken with the artist paying and holding the master token. */
  const printIx = (newMint: PublicKey, edition: bigint, who: { owner: Keypair; tokenAccount: PublicKey } = { owner: artist, tokenAccount: masterTokens }) =>
    printEdition({
      masterMint,
      masterTokenAccount: who.tokenAccount,
      masterTokenOwner: who.owner.publicKey,
      newMetadataUpdateAuthority: who.owner.publicKey,
      newMint,
      newMintAuthority: who.owner.publicKey,
      payer: who.owner.publicKey,
      edition,
    });

  describe("prints", () => {
    it(`MintNewEditionFromMasterEditionViaToken prints editions 1..${MAX_SUPPLY}: exact rent + fee, copied metadata, supply counter, marker`, async () => {
      const [masterEdition] = editionPda(masterMint);
      const [marker] = editionMarkerPda(masterMint, 1n);
      const numbers: bigint[] = [];
      const editionAccounts = new Set<string>();
      for (let edition = 1n; edition <= MAX_SUPPLY; edition++) {
        // Editions 0..247 share marker 0; the first print pays for it.
        expect(editionMarkerPda(masterMint, edition)[0].toBase58()).to.equal(marker.toBase58());
        const print = await createNftMint(ctx, artist, collector.publicKey);
        const newMint = print.mint.address;
        const [newMetadata] = metadataPda(newMint);
        const [newEdition, newEditionBump] = editionPda(newMint);
        const snap = await BalanceSnapshot.take(ctx, {
          artist: lamportsOf(artist.publicKey),
          feePayer: lamportsOf(ctx.payer.publicKey),
          newMetadata: lamportsOf(newMetadata),
          newEdition: lamportsOf(newEdition),
          marker: lamportsOf(marker),
          masterEdition: lamportsOf(masterEdition),
          masterMetadata: lamportsOf(metadataPda(masterMint)[0]),
          masterTokens: tokensOf(masterTokens),
          collectorTokens: tokensOf(print.tokenAccount),
        });
        const sent = await send(edition === 1n ? "print_edition" : "print_edition/marker_exists", [printIx(newMint, edition)], [artist]);
        const markerRent = edition === 1n ? rent.marker : 0n;
        await snap.expectDeltas(ctx, {
          artist: -(CREATE_FEE + rent.metadata + rent.edition + markerRent),
          feePayer: -BigInt(sent.fee),
          newMetadata: CREATE_FEE + rent.metadata,
          newEdition: rent.edition,
          marker: markerRent,
          masterEdition: 0n,
          masterMetadata: 0n,
          masterTokens: 0n,
          collectorTokens: 0n,
        });

        const ed = Edition.fromAccountInfo(await programAccount(newEdition, EDITION_LEN))[0];
        expect(ed.key).to.equal(Key.EditionV1);
        expect(ed.parent.toBase58()).to.equal(masterEdition.toBase58());
        numbers.push(big(ed.edition));
        editionAccounts.add(newEdition.toBase58());
        const me = MasterEditionV2.fromAccountInfo(await programAccount(masterEdition, MASTER_EDITION_LEN))[0];
        expect(big(me.supply), "master edition supply").to.equal(edition);
        expect(me.maxSupply === null ? null : big(me.maxSupply)).to.equal(MAX_SUPPLY);

        // The print carries the master's (updated) data, verified creators included, and is immutable.
        const md = await metadataOf(newMint);
        expect(md.key).to.equal(Key.MetadataV1);
        expect(md.updateAuthority.toBase58()).to.equal(artist.publicKey.toBase58());
        expect(md.mint.toBase58()).to.equal(newMint.toBase58());
        expectData(md.data, data);
        expect(md.primarySaleHappened).to.equal(false);
        expect(md.isMutable).to.equal(false);
        expect(md.editionNonce).to.equal(newEditionBump);
        expect(md.tokenStandard).to.equal(TokenStandard.NonFungibleEdition);
        expect([md.collection, md.uses, md.collectionDetails, md.programmableConfig]).to.deep.equal([null, null, null, null]);
        const mint = await getMintState(ctx, { address: newMint, programId: TOKEN_PROGRAM_ID });
        expect(mint.mintAuthority?.toBase58()).to.equal(newEdition.toBase58());
        expect(mint.freezeAuthority?.toBase58()).to.equal(newEdition.toBase58());
        expect(mint.supply).to.equal(1n);
      }
      expect(numbers).to.deep.equal(Array.from({ length: Number(MAX_SUPPLY) }, (_, i) => BigInt(i + 1)));
      expect(editionAccounts.size).to.equal(Number(MAX_SUPPLY));
      const mk = EditionMarker.fromAccountInfo(await programAccount(marker, EDITION_MARKER_LEN))[0];
      expect(mk.key).to.equal(Key.EditionMarker);
      // One bit per edition, most significant bit first: editions 1..7 in byte 0, 8..10 in byte 1.
      expect(mk.ledger).to.deep.equal([0b0111_1111, 0b1110_0000, ...new Array<number>(29).fill(0)]);
    });

    it(`edition ${MAX_SUPPLY + 1n} is refused with EditionNumberGreaterThanMaxSupply and changes nothing`, async () => {
      const print = await createNftMint(ctx, artist, collector.publicKey);
      await expectRefusedUnchanged(metadataError("EditionNumberGreaterThanMaxSupply"), [printIx(print.mint.address, MAX_SUPPLY + 1n)], [artist], printWatch(print.mint.address, MAX_SUPPLY + 1n));
    });

    it("reprinting a taken edition number is refused with AlreadyInitialized and changes nothing", async () => {
      const print = await createNftMint(ctx, artist, collector.publicKey);
      await expectRefusedUnchanged(metadataError("AlreadyInitialized"), [printIx(print.mint.address, 4n)], [artist], printWatch(print.mint.address, 4n));
    });
  });

  describe("attacks", () => {
    it("a second CreateMetadataAccountV3 for a mint that has metadata is refused and changes nothing", async () => {
      // A fresh mint whose authority is still the artist's, so only the existing account stands in the way.
      const other = await createNftMint(ctx, artist, artist.publicKey);
      const create = () => createMetadataV3({ mint: other.mint.address, mintAuthority: artist.publicKey, payer: artist.publicKey, updateAuthority: artist.publicKey, data });
      await ctx.send([create()], [artist]);
      const [metadata] = metadataPda(other.mint.address);
      await expectRefusedUnchanged(systemAccountAlreadyInUse(metadata), [create()], [artist], [artist.publicKey, other.mint.address, metadata]);
    });

    it("CreateMetadataAccountV3 again for the master mint is refused with InvalidMintAuthority (the edition PDA holds it now)", async () => {
      const again = createMetadataV3({ mint: masterMint, mintAuthority: artist.publicKey, payer: artist.publicKey, updateAuthority: artist.publicKey, data });
      await expectRefusedUnchanged(metadataError("InvalidMintAuthority"), [again], [artist], [artist.publicKey, masterMint, metadataPda(masterMint)[0], editionPda(masterMint)[0]]);
    });

    it("UpdateMetadataAccountV2 signed by another wallet is refused with UpdateAuthorityIncorrect and changes nothing", async () => {
      const hijack = updateMetadataV2({ mint: masterMint, updateAuthority: mallory.publicKey, data: { ...data, uri: "https://evil.example/x.json" }, newUpdateAuthority: mallory.publicKey });
      await expectRefusedUnchanged(metadataError("UpdateAuthorityIncorrect"), [hijack], [mallory], [mallory.publicKey, metadataPda(masterMint)[0]]);
    });

    it("CreateMetadataAccountV3 signed by someone other than the mint authority is refused with InvalidMintAuthority and changes nothing", async () => {
      const other = await createNftMint(ctx, artist, artist.publicKey);
      const squat = createMetadataV3({
        mint: other.mint.address,
        mintAuthority: mallory.publicKey,
        payer: mallory.publicKey,
        updateAuthority: mallory.publicKey,
        data: { ...data, creators: [{ address: mallory.publicKey, verified: true, share: 100 }] },
      });
      await expectRefusedUnchanged(metadataError("InvalidMintAuthority"), [squat], [mallory], [mallory.publicKey, other.mint.address, metadataPda(other.mint.address)[0]]);
    });

    it("printing with the artist's master token account but another signer is refused with InvalidOwner and changes nothing", async () => {
      const print = await createNftMint(ctx, mallory, mallory.publicKey);
      await expectRefusedUnchanged(metadataError("InvalidOwner"),
        [printIx(print.mint.address, 5n, { owner: mallory, tokenAccount: masterTokens })],
        [mallory],
        [mallory.publicKey, masterTokens, ...printWatch(print.mint.address, 5n)],
      );
    });

    it("printing from an account of the master mint that holds no token is refused with NotEnoughTokens and changes nothing", async () => {
      const empty = await createAssociatedTokenAccount(ctx, { address: masterMint, programId: TOKEN_PROGRAM_ID }, mallory.publicKey);
      const print = await createNftMint(ctx, mallory, mallory.publicKey);
      await expectRefusedUnchanged(metadataError("NotEnoughTokens"),
        [printIx(print.mint.address, 5n, { owner: mallory, tokenAccount: empty })],
        [mallory],
        [mallory.publicKey, empty, ...printWatch(print.mint.address, 5n)],
      );
    });

    it("creators whose shares do not add up to 100 are refused with ShareTotalMustBe100", async () => {
      const other = await createNftMint(ctx, artist, artist.publicKey);
      const creators = [
        { address: artist.publicKey, verified: true, share: 70 },
        { address: collaborator, verified: false, share: 20 },
      ];
      const ix = createMetadataV3({ mint: other.mint.address, mintAuthority: artist.publicKey, payer: artist.publicKey, updateAuthority: artist.publicKey, data: { ...data, creators } });
      await expectRefusedUnchanged(metadataError("ShareTotalMustBe100"), [ix], [artist], [artist.publicKey, metadataPda(other.mint.address)[0]]);
    });
  });

  /** Every account a print of `edition` onto `newMint` would touch. */
  function printWatch(newMint: PublicKey, edition: bigint): PublicKey[] {
    return [
      artist.publicKey,
      newMint,
      metadataPda(newMint)[0],
      editionPda(newMint)[0],
      editionMarkerPda(masterMint, edition)[0],
      editionPda(masterMint)[0],
      metadataPda(masterMint)[0],
    ];
  }

  /**
   * Lands the transaction (skipPreflight, so the runtime's rollback is what is checked), checks how
   * it was refused, and that the watched accounts are byte-for-byte unchanged while the fee payer
   * lost exactly the fee.
   */
  async function expectRefusedUnchanged(check: RefusalCheck, ixs: TransactionInstruction[], signers: Signer[], watched: PublicKey[]): Promise<void> {
    const before = await imagesOf(ctx, watched);
    const feePayerBefore = await ctx.balance(ctx.payer.publicKey);
    const { landed } = await check(ctx.send(ixs, signers, { skipPreflight: true }));
    expect(await imagesOf(ctx, watched)).to.deep.equal(before);
    expect(await ctx.balance(ctx.payer.publicKey)).to.equal(feePayerBefore - BigInt(landed.fee));
  }
});
