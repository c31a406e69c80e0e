import { Keypair, PublicKey } from "@solana/web3.js";
import type { SentTransaction, TestContext } from "../../tests/harness";
import {
  TOKEN_METADATA_PROGRAMS,
  createMasterEditionV3,
  createMetadataV3,
  createNftMint,
  printEdition,
  updateMetadataV2,
} from "../../tools/sbf/tests/token-metadata/client";
import { BenchScenario, benchKeypair, defineScenarios } from "../scenario";

// Metaplex Token Metadata 1.13.2 as the SBF toolchain builds it from crates.io (SBPF v3, written to
// tools/sbf/token-metadata/target/deploy by setup). The raw print is the baseline the editions
// program's mint_edition is measured against. Every key, mint and creator is a bench keypair: PDA
// bump searches and the creator HashMap depend on the addresses.
const programs = TOKEN_METADATA_PROGRAMS;
const MAX_SUPPLY = 10n;

const artist = () => benchKeypair("token-metadata-artist");
const data = (name: string) => ({
  name,
  symbol: "NDANCE",
  uri: "https://normal.dance/tracks/bench.json",
  sellerFeeBasisPoints: 500,
  creators: [
    { address: artist().publicKey, verified: true, share: 70 },
    { address: benchKeypair("token-metadata-collaborator").publicKey, verified: false, share: 30 },
  ],
  collection: null,
  uses: null,
});

interface Master {
  readonly artist: Keypair;
  readonly mint: PublicKey;
  readonly tokens: PublicKey;
}

/** The artist, funded, holding the one token of a fresh master mint. */
async function masterMint(ctx: TestContext): Promise<Master> {
  const who = artist();
  await ctx.airdrop(who.publicKey, 10_000_000_000n);
  const { mint, tokenAccount } = await createNftMint(ctx, who, who.publicKey, benchKeypair("token-metadata-master-mint"));
  return { artist: who, mint: mint.address, tokens: tokenAccount };
}

const createMetadata = (ctx: TestContext, m: Master): Promise<SentTransaction> =>
  ctx.send([createMetadataV3({ mint: m.mint, mintAuthority: m.artist.publicKey, payer: m.artist.publicKey, updateAuthority: m.artist.publicKey, data: data("Bench Track") })], [m.artist]);

const createMasterEdition = (ctx: TestContext, m: Master): Promise<SentTransaction> =>
  ctx.send(
    [createMasterEditionV3({ mint: m.mint, updateAuthority: m.artist.publicKey, mintAuthority: m.artist.publicKey, payer: m.artist.publicKey, maxSupply: MAX_SUPPLY })],
    [m.artist],
  );

/** Prints `edition` onto a fresh mint held by the collector; the artist pays and signs. */
async function print(ctx: TestContext, m: Master, edition: bigint): Promise<SentTransaction> {
  const collector = benchKeypair("token-metadata-collector").publicKey;
  const { mint } = await createNftMint(ctx, m.artist, collector, benchKeypair(`token-metadata-print-mint-${edition}`));
  const ix = printEdition({
    masterMint: m.mint,
    masterTokenAccount: m.tokens,
    masterTokenOwner: m.artist.publicKey,
    newMetadataUpdateAuthority: m.artist.publicKey,
    newMint: mint.address,
    newMintAuthority: m.artist.publicKey,
    payer: m.artist.publicKey,
    edition,
  });
  return ctx.send([ix], [m.artist]);
}

/** A master with metadata and a master edition, ready to print. */
async function printable(ctx: TestContext): Promise<Master> {
  const m = await masterMint(ctx);
  await createMetadata(ctx, m);
  await createMasterEdition(ctx, m);
  return m;
}

export const scenarios: readonly BenchScenario[] = defineScenarios([
  { key: "mpl_token_metadata.create_metadata_v3", programs, run: async (ctx) => createMetadata(ctx, await masterMint(ctx)) },
  {
    key: "mpl_token_metadata.update_metadata_v2",
    programs,
    run: async (ctx) => {
      const m = await masterMint(ctx);
      await createMetadata(ctx, m);
      return ctx.send([updateMetadataV2({ mint: m.mint, updateAuthority: m.artist.publicKey, data: data("Bench Track (Remaster)"), primarySaleHappened: true })], [m.artist]);
    },
  },
  {
    key: "mpl_token_metadata.create_master_edition_v3",
    programs,
    run: async (ctx) => {
      const m = await masterMint(ctx);
      await createMetadata(ctx, m);
      return createMasterEdition(ctx, m);
    },
  },
  // Edition 1: the print that also creates the edition marker PDA.
  { key: "mpl_token_metadata.print_edition", programs, run: async (ctx) => print(ctx, await printable(ctx), 1n) },
  {
    key: "mpl_token_metadata.print_edition/marker_exists",
    programs,
    run: async (ctx) => {
      const m = await printable(ctx);
      await print(ctx, m, 1n);
      return print(ctx, m, 2n);
    },
  },
]);
