// Metaplex Token Metadata 1.13.2 as the suite and the bench drive it: the .so the toolchain builds
// from the crates.io source, its PDAs and account sizes, and instructions made by the npm client's
// own builders (@metaplex-foundation/mpl-token-metadata 2.13.0), so the encoding under test is
// Metaplex's, not ours.
import {
  DataV2,
  PROGRAM_ID as NPM_PROGRAM_ID,
  createCreateMasterEditionV3Instruction,
  createCreateMetadataAccountV3Instruction,
  createMintNewEditionFromMasterEditionViaTokenInstruction,
  createUpdateMetadataAccountV2Instruction,
} from "@metaplex-foundation/mpl-token-metadata";
import { Keypair, PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";
import { join } from "path";
import { ProgramSpec, TestContext, TestMint, createAssociatedTokenAccount, createMint, mintTo } from "../../../../tests/harness";

/** The mainnet id; the program checks PDAs against it (`crate::ID`), so it must load there. */
export const TOKEN_METADATA_PROGRAM_ID = new PublicKey("metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s");
if (!TOKEN_METADATA_PROGRAM_ID.equals(NPM_PROGRAM_ID)) throw new Error("npm client targets another Token Metadata id");

/** Where `node tools/sbf/build.mjs --workspace tools/sbf/token-metadata` (run by setup) writes it. */
export const TOKEN_METADATA_SO = join(__dirname, "..", "..", "token-metadata", "target", "deploy", "mpl_token_metadata.so");
export const TOKEN_METADATA_PROGRAMS: readonly ProgramSpec[] = [
  { name: "mpl_token_metadata", programId: TOKEN_METADATA_PROGRAM_ID, so: TOKEN_METADATA_SO },
];

// Account sizes and the protocol fee as 1.13.2 defines them (state/metadata.rs MAX_METADATA_LEN,
// master_edition.rs MAX_MASTER_EDITION_LEN, edition.rs MAX_EDITION_LEN, edition_marker.rs,
// state/fee.rs CREATE_FEE), written out here so the suite checks the program rather than itself.
export const METADATA_LEN = 679;
export const MASTER_EDITION_LEN = 282;
export const EDITION_LEN = 241;
export const EDITION_MARKER_LEN = 32;
/** Levied on every new metadata account (create and print) and kept in it until collected. */
export const CREATE_FEE = 10_000_000n;
/** Editions per marker PDA (one bit each). */
export const EDITION_MARKER_BITS = 248n;

const seed = (s: string) => Buffer.from(s);
const pda = (seeds: Buffer[]) => PublicKey.findProgramAddressSync(seeds, TOKEN_METADATA_PROGRAM_ID);
const prefix = () => [seed("metadata"), TOKEN_METADATA_PROGRAM_ID.toBuffer()];

export const metadataPda = (mint: PublicKey): [PublicKey, number] => pda([...prefix(), mint.toBuffer()]);
/** Master edition of a master mint, or the edition account of a print's mint (same seeds). */
export const editionPda = (mint: PublicKey): [PublicKey, number] => pda([...prefix(), mint.toBuffer(), seed("edition")]);
/** The bitmap PDA that records which edition numbers of `masterMint` are taken (248 per marker). */
export const editionMarkerPda = (masterMint: PublicKey, edition: bigint): [PublicKey, number] =>
  pda([...prefix(), masterMint.toBuffer(), seed("edition"), seed((edition / EDITION_MARKER_BITS).toString())]);

/**
 * An NFT-shaped mint (0 decimals) with `authority` as mint and freeze authority (Token Metadata
 * moves both to the edition PDA and refuses a mint without a freeze authority) and one token in
 * `holder`'s associated account.
 */
export async function createNftMint(
  ctx: TestContext,
  authority: Signer,
  holder: PublicKey,
  keypair: Keypair = Keypair.generate(),
): Promise<{ mint: TestMint; tokenAccount: PublicKey }> {
  const mint = await createMint(ctx, { decimals: 0, authority, freezeAuthority: authority.publicKey, keypair });
  const tokenAccount = await createAssociatedTokenAccount(ctx, mint, holder);
  await mintTo(ctx, mint, tokenAccount, 1n);
  return { mint, tokenAccount };
}

export function createMetadataV3(args: {
  mint: PublicKey;
  mintAuthority: PublicKey;
  payer: PublicKey;
  updateAuthority: PublicKey;
  data: DataV2;
  isMutable?: boolean;
}): TransactionInstruction {
  return createCreateMetadataAccountV3Instruction(
    { metadata: metadataPda(args.mint)[0], mint: args.mint, mintAuthority: args.mintAuthority, payer: args.payer, updateAuthority: args.updateAuthority },
    { createMetadataAccountArgsV3: { data: args.data, isMutable: args.isMutable ?? true, collectionDetails: null } },
    TOKEN_METADATA_PROGRAM_ID,
  );
}

export function updateMetadataV2(args: {
  mint: PublicKey;
  updateAuthority: PublicKey;
  data: DataV2 | null;
  newUpdateAuthority?: PublicKey;
  primarySaleHappened?: boolean;
}): TransactionInstruction {
  return createUpdateMetadataAccountV2Instruction(
    { metadata: metadataPda(args.mint)[0], updateAuthority: args.updateAuthority },
    {
      updateMetadataAccountArgsV2: {
        data: args.data,
        updateAuthority: args.newUpdateAuthority ?? null,
        primarySaleHappened: args.primarySaleHappened ?? null,
        isMutable: null,
      },
    },
    TOKEN_METADATA_PROGRAM_ID,
  );
}

export function createMasterEditionV3(args: {
  mint: PublicKey;
  updateAuthority: PublicKey;
  mintAuthority: PublicKey;
  payer: PublicKey;
  maxSupply: bigint | null;
}): TransactionInstruction {
  return createCreateMasterEditionV3Instruction(
    {
      edition: editionPda(args.mint)[0],
      mint: args.mint,
      updateAuthority: args.updateAuthority,
      mintAuthority: args.mintAuthority,
      payer: args.payer,
      metadata: metadataPda(args.mint)[0],
    },
    { createMasterEditionArgs: { maxSupply: args.maxSupply === null ? null : Number(args.maxSupply) } },
    TOKEN_METADATA_PROGRAM_ID,
  );
}

/** MintNewEditionFromMasterEditionViaToken: print `edition` of `masterMint` onto `newMint`. */
export function printEdition(args: {
  masterMint: PublicKey;
  /** A token account holding the master token, and the owner who signs for it. */
  masterTokenAccount: PublicKey;
  masterTokenOwner: PublicKey;
  /** Becomes the print's update authority (the master's, in every flow here). */
  newMetadataUpdateAuthority: PublicKey;
  newMint: PublicKey;
  newMintAuthority: PublicKey;
  payer: PublicKey;
  edition: bigint;
}): TransactionInstruction {
  return createMintNewEditionFromMasterEditionViaTokenInstruction(
    {
      newMetadata: metadataPda(args.newMint)[0],
      newEdition: editionPda(args.newMint)[0],
      masterEdition: editionPda(args.masterMint)[0],
      newMint: args.newMint,
      editionMarkPda: editionMarkerPda(args.masterMint, args.edition)[0],
      newMintAuthority: args.newMintAuthority,
      payer: args.payer,
      tokenAccountOwner: args.masterTokenOwner,
      tokenAccount: args.masterTokenAccount,
      newMetadataUpdateAuthority: args.newMetadataUpdateAuthority,
      metadata: metadataPda(args.masterMint)[0],
    },
    { mintNewEditionFromMasterEditionViaTokenArgs: { edition: Number(args.edition) } },
    TOKEN_METADATA_PROGRAM_ID,
  );
}
