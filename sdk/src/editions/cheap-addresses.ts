import { Keypair, PublicKey } from "@solana/web3.js";
import { findMasterMintAddress } from "./pda";
import { findEditionAddress, findEditionMarkerAddress, findMetadataAddress } from "./token-metadata";

/**
 * Token Metadata derives the print's metadata and edition PDAs, the master edition and the
 * marker with `find_program_address` on every print; each bump it has to try below 255 costs
 * about 1,500 compute units. Mints and drop ids whose PDAs take the first bump keep prints cheap,
 * and finding them costs a few tries off-chain.
 */
const MAX_TRIES = 4_096;

/** Whether the print's metadata and edition PDAs both take bump 255. */
export const isCheapPrintMint = (mint: PublicKey): boolean => findMetadataAddress(mint).bump === 255 && findEditionAddress(mint).bump === 255;

/** A fresh print mint keypair for `mint_edition` whose PDAs take bump 255 (about 4 tries). */
export function cheapPrintMint(generate: (attempt: number) => Keypair = () => Keypair.generate()): Keypair {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const keypair = generate(attempt);
    if (isCheapPrintMint(keypair.publicKey)) return keypair;
  }
  throw new Error("no cheap print mint found");
}

/** The first drop id from `from` whose master's metadata, master edition and first marker PDAs take bump 255 (about 8 tries). */
export function cheapDropId(programId: PublicKey, authority: PublicKey, from: bigint = 0n): bigint {
  for (let id = from; id < from + BigInt(MAX_TRIES); id++) {
    const master = findMasterMintAddress(programId, authority, id).address;
    if (findMetadataAddress(master).bump === 255 && findEditionAddress(master).bump === 255 && findEditionMarkerAddress(master, 1n).bump === 255) return id;
  }
  throw new Error("no cheap drop id found");
}
