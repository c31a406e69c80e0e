import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { createHash } from "crypto";
import {
  NO_SALE_END,
  allowlistLeaf,
  buildAllowlist,
  cheapDropId,
  cheapPrintMint,
  dropPhase,
  dropStatus,
  findDropAddress,
  findEditionMarkerAddress,
  findEditionsAuthorityAddress,
  findMasterMintAddress,
  findMetadataAddress,
  findEditionAddress,
  isCheapPrintMint,
  merkleParent,
  mintCosts,
  ndEditionsIdl,
  printCreatesMarker,
  quoteMint,
  tokenMetadataErrors,
  verifyMerkleProof,
  DropState,
  PlatformState,
} from "../src";

const programId = new PublicKey(ndEditionsIdl.address);

describe("editions", () => {
  describe("allowlist Merkle trees (the program's rules: sha256(wallet ‖ allowance u64 LE), sorted pairs)", () => {
    it("hashes a leaf as 40 bytes and a parent as its two children in ascending order", () => {
      const wallet = Keypair.generate().publicKey;
      const expected = createHash("sha256").update(Buffer.concat([wallet.toBuffer(), Buffer.from([3, 0, 0, 0, 0, 0, 0, 0])])).digest();
      expect(Buffer.from(allowlistLeaf(wallet, 3n)).equals(expected)).to.equal(true);
      const [a, b] = [allowlistLeaf(wallet, 1n), allowlistLeaf(wallet, 2n)];
      const [lo, hi] = Buffer.compare(Buffer.from(a), Buffer.from(b)) <= 0 ? [a, b] : [b, a];
      const parent = createHash("sha256").update(Buffer.concat([lo, hi])).digest();
      expect(Buffer.from(merkleParent(a, b)).equals(parent)).to.equal(true);
      expect(Buffer.from(merkleParent(b, a)).equals(parent)).to.equal(true);
    });

    it("proves every wallet of trees of 1 to 40 wallets and nothing else", () => {
      for (let size = 1; size <= 40; size++) {
        const entries = Array.from({ length: size }, (_, i) => ({ wallet: Keypair.generate().publicKey, allowance: BigInt(i + 1) }));
        const list = buildAllowlist(entries);
        for (const e of entries) {
          const entry = list.proofOf(e.wallet);
          expect(entry?.allowance).to.equal(e.allowance);
          expect(entry?.proof.length ?? 99).to.be.at.most(Math.ceil(Math.log2(size)));
          expect(verifyMerkleProof(entry?.proof ?? [], list.root, allowlistLeaf(e.wallet, e.allowance))).to.equal(true);
          expect(verifyMerkleProof(entry?.proof ?? [], list.root, allowlistLeaf(e.wallet, e.allowance + 1n))).to.equal(false);
        }
        expect(list.proofOf(Keypair.generate().publicKey)).to.equal(null);
      }
    });

    it("refuses an empty list and a wallet listed twice", () => {
      const wallet = Keypair.generate().publicKey;
      expect(() => buildAllowlist([])).to.throw();
      expect(() => buildAllowlist([{ wallet, allowance: 1n }, { wallet, allowance: 2n }])).to.throw(/twice/);
    });
  });

  describe("addresses", () => {
    it("derives the program's PDAs with the seeds its IDL exports", () => {
      const constant = (name: string) => {
        const c = ndEditionsIdl.constants.find((k) => k.name === name);
        if (!c) throw new Error(`no constant ${name}`);
        return Buffer.from(JSON.parse(c.value) as number[]).toString();
      };
      const creator = Keypair.generate().publicKey;
      const master = findMasterMintAddress(programId, creator, 7n).address;
      const seed = (s: string) => Buffer.from(s);
      const u64 = Buffer.from([7, 0, 0, 0, 0, 0, 0, 0]);
      expect(master.equals(PublicKey.findProgramAddressSync([seed(constant("MASTER_MINT_SEED")), creator.toBuffer(), u64], programId)[0])).to.equal(true);
      expect(findDropAddress(programId, master).address.equals(PublicKey.findProgramAddressSync([seed(constant("DROP_SEED")), master.toBuffer()], programId)[0])).to.equal(true);
      expect(findEditionsAuthorityAddress(programId).address.equals(PublicKey.findProgramAddressSync([seed(constant("AUTHORITY_SEED"))], programId)[0])).to.equal(true);
    });

    it("finds print mints and drop ids whose Token Metadata PDAs take bump 255", () => {
      const mint = cheapPrintMint();
      expect(isCheapPrintMint(mint.publicKey)).to.equal(true);
      expect([findMetadataAddress(mint.publicKey).bump, findEditionAddress(mint.publicKey).bump]).to.deep.equal([255, 255]);
      const authority = Keypair.generate().publicKey;
      const id = cheapDropId(programId, authority, 10n);
      expect(id >= 10n).to.equal(true);
      const master = findMasterMintAddress(programId, authority, id).address;
      expect([findMetadataAddress(master).bump, findEditionAddress(master).bump, findEditionMarkerAddress(master, 1n).bump]).to.deep.equal([255, 255, 255]);
    });

    it("knows which prints create an edition marker (the first of every 248)", () => {
      expect([1n, 2n, 247n, 248n, 249n, 495n, 496n].map(printCreatesMarker)).to.deep.equal([true, false, false, true, false, false, true]);
      expect(findEditionMarkerAddress(programId, 247n).address.equals(findEditionMarkerAddress(programId, 1n).address)).to.equal(true);
      expect(findEditionMarkerAddress(programId, 248n).address.equals(findEditionMarkerAddress(programId, 247n).address)).to.equal(false);
    });
  });

  describe("phases and quotes", () => {
    const drop = (over: Partial<DropState> = {}): DropState => ({
      authority: PublicKey.default,
      pendingAuthority: null,
      creator: PublicKey.default,
      dropId: 1n,
      masterMint: PublicKey.default,
      masterMetadata: PublicKey.default,
      masterEdition: PublicKey.default,
      masterTokens: PublicKey.default,
      split: PublicKey.default,
      vault: PublicKey.default,
      paymentMint: PublicKey.default,
      price: 1_000_000n,
      maxSupply: 10n,
      minted: 3n,
      saleStart: 1_000n,
      saleEnd: 2_000n,
      walletCap: 0,
      gross: 0n,
      paused: false,
      presale: { merkleRoot: new Uint8Array(32).fill(1), start: 500n, end: 1_000n, price: 400_000n },
      bump: 255,
      ...over,
    });

    it("follows the program's phases: upcoming presale, presale, public (at presale end), ended", () => {
      expect(dropPhase(drop(), 499n)).to.deep.equal({ kind: "upcoming", opensAt: 500n, presaleNext: true });
      expect(dropPhase(drop(), 500n)).to.deep.equal({ kind: "presale", price: 400_000n, closesAt: 1_000n });
      expect(dropPhase(drop(), 1_000n)).to.deep.equal({ kind: "public", price: 1_000_000n, closesAt: 2_000n });
      expect(dropPhase(drop(), 2_000n)).to.deep.equal({ kind: "ended" });
      expect(dropPhase(drop({ presale: null, saleEnd: NO_SALE_END }), 5_000n)).to.deep.equal({ kind: "public", price: 1_000_000n, closesAt: null });
      expect(dropStatus(drop({ minted: 10n }), 1_500n)).to.deep.include({ soldOut: true, remaining: 0n, open: false });
      expect(dropStatus(drop({ paused: true }), 1_500n)).to.deep.include({ remaining: 7n, open: false });
    });

    it("quotes a mint as the market books it (fee on the phase's price, stakers' share, the rest to the split)", () => {
      const platform: PlatformState = {
        authority: PublicKey.default,
        pendingAuthority: null,
        feeBps: 250,
        treasury: PublicKey.default,
        referralCapBps: 1_000,
        stakingShareBps: 2_000,
        arbiter: PublicKey.default,
        paused: false,
        bump: 255,
      };
      const presale = quoteMint({ drop: drop(), platform, now: 600n });
      expect(presale).to.deep.include({ expectedPrice: 400_000n, edition: 4n, amount: 400_000n, received: 400_000n, fee: 10_000n, stakingFee: 2_000n, treasuryFee: 8_000n, toSplit: 390_000n });
      expect(() => quoteMint({ drop: drop(), platform, now: 3_000n })).to.throw(/no sale/);
      expect(() => quoteMint({ drop: drop({ minted: 10n }), platform, now: 1_500n })).to.throw(/sold out/);
    });

    it("adds up what a mint costs besides the price", () => {
      const rent = (size: number) => BigInt(size) * 10n;
      expect(mintCosts(rent, 2n, false)).to.deep.equal({
        printMint: 820n,
        printTokenAccount: 1_650n,
        metadata: 6_790n,
        edition: 2_410n,
        marker: 0n,
        walletMints: 0n,
        tokenMetadataFee: 10_000_000n,
        total: 10_011_670n,
      });
      expect(mintCosts(rent, 1n, true)).to.deep.include({ marker: 320n, walletMints: 810n });
    });
  });

  it("names Token Metadata's errors from Metaplex's client", () => {
    const byName = new Map(tokenMetadataErrors().errors?.map((e) => [e.name, e.code]));
    expect(byName.get("AlreadyInitialized")).to.equal(3);
    expect(byName.get("EditionsMustHaveExactlyOneToken")).to.be.a("number");
  });
});
