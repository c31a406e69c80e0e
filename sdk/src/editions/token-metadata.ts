import { PublicKey } from "@solana/web3.js";
import { ProgramAddress, findProgramAddress, seeds } from "../pda";
import { TOKEN_METADATA_PROGRAM_ID } from "../programs";

/**
 * Metaplex Token Metadata 1.13.2 as drops use it: its PDAs, account sizes and the fee it levies
 * on every new metadata account (values of `state/*.rs`; the suites check them against the program).
 */
export const TOKEN_METADATA_METADATA_LEN = 679;
export const TOKEN_METADATA_EDITION_LEN = 241;
export const TOKEN_METADATA_MASTER_EDITION_LEN = 282;
export const TOKEN_METADATA_EDITION_MARKER_LEN = 32;
/** Lamports Token Metadata adds to every metadata account it creates (print included). */
export const TOKEN_METADATA_CREATE_FEE = 10_000_000n;
/** Editions per marker PDA (one bit each). */
export const EDITION_MARKER_BITS = 248n;

const prefix = (): Uint8Array[] => [seeds.utf8("metadata"), seeds.pubkey(TOKEN_METADATA_PROGRAM_ID)];

export const findMetadataAddress = (mint: PublicKey): ProgramAddress =>
  findProgramAddress(TOKEN_METADATA_PROGRAM_ID, [...prefix(), seeds.pubkey(mint)]);

/** The master edition of a master mint, or the edition account of a print's mint (same seeds). */
export const findEditionAddress = (mint: PublicKey): ProgramAddress =>
  findProgramAddress(TOKEN_METADATA_PROGRAM_ID, [...prefix(), seeds.pubkey(mint), seeds.utf8("edition")]);

/** The bitmap PDA recording which edition numbers of `masterMint` are taken (248 per marker). */
export const findEditionMarkerAddress = (masterMint: PublicKey, edition: bigint): ProgramAddress =>
  findProgramAddress(TOKEN_METADATA_PROGRAM_ID, [...prefix(), seeds.pubkey(masterMint), seeds.utf8("edition"), seeds.utf8((edition / EDITION_MARKER_BITS).toString())]);

/**
 * Whether printing `edition` creates its marker account: drops print in order, so the first
 * print of each marker does (edition 1, then every multiple of 248).
 */
export const printCreatesMarker = (edition: bigint): boolean => edition === 1n || edition % EDITION_MARKER_BITS === 0n;
