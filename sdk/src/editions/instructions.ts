import { PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import { Buffer } from "buffer";
import { createAssociatedTokenAccountIdempotentInstruction } from "../instructions/associated-token";
import { bn, tokenSide } from "../instructions/market/common";
import { isSolMint } from "../market/decode";
import { MARKET_PROGRAM_ID, findEventAuthorityAddress } from "../market/program";
import { findAssociatedTokenAddress, findPlatformAddress, findVaultAddress } from "../pda";
import { ASSOCIATED_TOKEN_PROGRAM_ID, SYSTEM_PROGRAM_ID, TOKEN_METADATA_PROGRAM_ID, TOKEN_PROGRAM_ID } from "../programs";
import { Hash } from "./merkle";
import { findDropAddress, findEditionsAuthorityAddress, findMasterMintAddress, findWalletMintsAddress } from "./pda";
import { EditionsProgram } from "./program";
import { MINT_ACCOUNT_LEN } from "./quote";
import { DropState, NO_SALE_END, PresaleTerms } from "./state";
import { findEditionAddress, findEditionMarkerAddress, findMetadataAddress } from "./token-metadata";

/** What instructions need to know about a drop (a fetched `DropState` plus its address fits). */
export type DropRef = Pick<DropState, "masterMint" | "masterMetadata" | "masterEdition" | "masterTokens" | "vault" | "paymentMint" | "minted" | "walletCap"> & {
  readonly address: PublicKey;
};

const presaleToRaw = (p: PresaleTerms) => ({ merkleRoot: Array.from(p.merkleRoot), start: bn(p.start), end: bn(p.end), price: bn(p.price) });

export interface CreateDropParams {
  /** Signs, pays every rent and Token Metadata's fee, becomes the drop authority; must be the split's controller or a recipient. */
  readonly authority: PublicKey;
  /** Picks the master mint (one drop per id and authority). */
  readonly dropId: bigint | number;
  readonly split: PublicKey;
  /** `SOL_MINT` for native SOL; the split needs a market vault for it. */
  readonly paymentMint: PublicKey;
  readonly name: string;
  readonly symbol: string;
  readonly uri: string;
  /** Royalty on secondary sales, in basis points, paid to the creators (the split's top recipients). */
  readonly sellerFeeBasisPoints: number;
  readonly price: bigint;
  readonly maxSupply: bigint;
  readonly saleStart: bigint;
  /** Default: no end. */
  readonly saleEnd?: bigint;
  /** 0 (default) for no per-wallet cap. */
  readonly walletCap?: number;
  readonly presale?: PresaleTerms | null;
  /** Another deployment of the market (where the split lives). */
  readonly marketProgramId?: PublicKey;
}

/** The accounts a new drop will have (derivable before it exists). */
export function dropAddresses(programId: PublicKey, authority: PublicKey, dropId: bigint | number) {
  const masterMint = findMasterMintAddress(programId, authority, dropId).address;
  return {
    masterMint,
    drop: findDropAddress(programId, masterMint).address,
    masterMetadata: findMetadataAddress(masterMint).address,
    masterEdition: findEditionAddress(masterMint).address,
    masterTokens: findAssociatedTokenAddress(findEditionsAuthorityAddress(programId).address, masterMint, TOKEN_PROGRAM_ID),
  };
}

export function createDropInstruction(program: EditionsProgram, p: CreateDropParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const marketId = p.marketProgramId ?? MARKET_PROGRAM_ID;
  const at = dropAddresses(programId, p.authority, p.dropId);
  return program.methods
    .createDrop({
      dropId: bn(p.dropId),
      name: p.name,
      symbol: p.symbol,
      uri: p.uri,
      sellerFeeBasisPoints: p.sellerFeeBasisPoints,
      paymentMint: p.paymentMint,
      price: bn(p.price),
      maxSupply: bn(p.maxSupply),
      saleStart: bn(p.saleStart),
      saleEnd: bn(p.saleEnd ?? NO_SALE_END),
      walletCap: p.walletCap ?? 0,
      presale: p.presale ? presaleToRaw(p.presale) : null,
    })
    .accountsStrict({
      authority: p.authority,
      split: p.split,
      vault: findVaultAddress(marketId, p.split, p.paymentMint).address,
      masterMint: at.masterMint,
      masterTokens: at.masterTokens,
      drop: at.drop,
      masterMetadata: at.masterMetadata,
      masterEdition: at.masterEdition,
      programAuthority: findEditionsAuthorityAddress(programId).address,
      tokenMetadataProgram: TOKEN_METADATA_PROGRAM_ID,
      tokenProgram: TOKEN_PROGRAM_ID,
      associatedTokenProgram: ASSOCIATED_TOKEN_PROGRAM_ID,
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .instruction();
}

export interface MintEditionParams {
  /** Signs, pays the price, the rents and Token Metadata's fee; authority of `newMint`. */
  readonly buyer: PublicKey;
  readonly drop: DropRef;
  /** The buyer's prepared mint (see `prepareEditionMintInstructions`). */
  readonly newMint: PublicKey;
  /** The phase's price as the buyer saw it; the mint fails if it changed since. */
  readonly expectedPrice: bigint;
  /** Presale: the buyer's allowlist entry and its proof. */
  readonly allowance?: bigint;
  readonly proof?: readonly Hash[];
  /** Token drops: the payment mint's token program. */
  readonly paymentTokenProgram?: PublicKey;
  /** Token drops: the account paid from (default: the buyer's associated token account). */
  readonly buyerTokens?: PublicKey;
  /** Default `drop.minted + 1`: the edition this mint prints (selects the marker PDA). */
  readonly edition?: bigint;
  /**
   * Whether the buyer's `WalletMints` counter goes along (created on its first counted mint).
   * Default: when the drop has a wallet cap or a proof is given (a presale mint); an uncapped
   * public mint counts nothing.
   */
  readonly counted?: boolean;
  readonly marketProgramId?: PublicKey;
}

export function mintEditionInstruction(program: EditionsProgram, p: MintEditionParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const marketId = p.marketProgramId ?? MARKET_PROGRAM_ID;
  const { drop } = p;
  const edition = p.edition ?? drop.minted + 1n;
  const token = tokenSide(marketId, drop.vault, drop.paymentMint, p.paymentTokenProgram);
  const buyerTokens = isSolMint(drop.paymentMint) ? null : p.buyerTokens ?? findAssociatedTokenAddress(p.buyer, drop.paymentMint, token.tokenProgram ?? undefined);
  return program.methods
    .mintEdition({ expectedPrice: bn(p.expectedPrice), allowance: bn(p.allowance ?? 0n), proof: (p.proof ?? []).map((h) => Array.from(h)) })
    .accountsStrict({
      buyer: p.buyer,
      drop: drop.address,
      walletMints: p.counted ?? (drop.walletCap > 0 || p.proof !== undefined) ? findWalletMintsAddress(programId, drop.address, p.buyer).address : null,
      platform: findPlatformAddress(marketId).address,
      vault: drop.vault,
      paymentMint: token.mint,
      vaultTokens: token.vaultTokens,
      buyerTokens,
      paymentTokenProgram: token.tokenProgram,
      marketEventAuthority: findEventAuthorityAddress(marketId).address,
      marketProgram: marketId,
      newMint: p.newMint,
      newMetadata: findMetadataAddress(p.newMint).address,
      newEdition: findEditionAddress(p.newMint).address,
      editionMarker: findEditionMarkerAddress(drop.masterMint, edition).address,
      masterEdition: drop.masterEdition,
      masterMetadata: drop.masterMetadata,
      masterTokens: drop.masterTokens,
      programAuthority: findEditionsAuthorityAddress(programId).address,
      tokenMetadataProgram: TOKEN_METADATA_PROGRAM_ID,
      tokenProgram: TOKEN_PROGRAM_ID,
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .instruction();
}

// SPL Token instruction tags (token/program/src/instruction.rs).
const MINT_TO = 7;
const INITIALIZE_MINT_2 = 20;

/**
 * What a print needs before `mint_edition`: a fresh SPL Token mint at `newMint` (a keypair that
 * signs), 0 decimals, the buyer as mint and freeze authority, and its one token in the buyer's
 * associated token account. Token Metadata then moves both authorities to the print's edition.
 */
export function prepareEditionMintInstructions(p: { readonly buyer: PublicKey; readonly newMint: PublicKey; readonly mintRent: bigint }): TransactionInstruction[] {
  const { buyer, newMint } = p;
  const ata = findAssociatedTokenAddress(buyer, newMint, TOKEN_PROGRAM_ID);
  const initialize = Buffer.alloc(67);
  initialize.writeUInt8(INITIALIZE_MINT_2, 0);
  initialize.writeUInt8(0, 1);
  buyer.toBuffer().copy(initialize, 2);
  initialize.writeUInt8(1, 34);
  buyer.toBuffer().copy(initialize, 35);
  const mintTo = Buffer.alloc(9);
  mintTo.writeUInt8(MINT_TO, 0);
  mintTo.writeBigUInt64LE(1n, 1);
  return [
    SystemProgram.createAccount({ fromPubkey: buyer, newAccountPubkey: newMint, lamports: Number(p.mintRent), space: MINT_ACCOUNT_LEN, programId: TOKEN_PROGRAM_ID }),
    new TransactionInstruction({ programId: TOKEN_PROGRAM_ID, keys: [{ pubkey: newMint, isSigner: false, isWritable: true }], data: initialize }),
    createAssociatedTokenAccountIdempotentInstruction({ payer: buyer, owner: buyer, mint: newMint, tokenProgram: TOKEN_PROGRAM_ID }),
    new TransactionInstruction({
      programId: TOKEN_PROGRAM_ID,
      keys: [
        { pubkey: newMint, isSigner: false, isWritable: true },
        { pubkey: ata, isSigner: false, isWritable: true },
        { pubkey: buyer, isSigner: true, isWritable: false },
      ],
      data: mintTo,
    }),
  ];
}

export interface UpdateDropParams {
  readonly authority: PublicKey;
  readonly drop: Pick<DropRef, "address" | "masterMetadata">;
  readonly price?: bigint;
  readonly saleStart?: bigint;
  readonly saleEnd?: bigint;
  readonly walletCap?: number;
  /** A presale to set (or replace); `null` removes the drop's presale. */
  readonly presale?: PresaleTerms | null;
  /** A new master URI (prints made from now on carry it). */
  readonly uri?: string;
}

export function updateDropInstruction(program: EditionsProgram, p: UpdateDropParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const withUri = p.uri !== undefined;
  const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
  return program.methods
    .updateDrop({
      price: p.price === undefined ? null : bn(p.price),
      saleStart: p.saleStart === undefined ? null : bn(p.saleStart),
      saleEnd: p.saleEnd === undefined ? null : bn(p.saleEnd),
      walletCap: opt(p.walletCap),
      presale: p.presale ? presaleToRaw(p.presale) : null,
      removePresale: p.presale === null,
      uri: opt(p.uri),
    })
    .accountsStrict({
      authority: p.authority,
      drop: p.drop.address,
      masterMetadata: withUri ? p.drop.masterMetadata : null,
      programAuthority: withUri ? findEditionsAuthorityAddress(programId).address : null,
      tokenMetadataProgram: withUri ? TOKEN_METADATA_PROGRAM_ID : null,
    })
    .instruction();
}

export function setDropPausedInstruction(program: EditionsProgram, p: { readonly authority: PublicKey; readonly drop: PublicKey; readonly paused: boolean }): Promise<TransactionInstruction> {
  return program.methods.setPaused(p.paused).accountsStrict({ authority: p.authority, drop: p.drop }).instruction();
}

export function closeDropInstruction(program: EditionsProgram, p: { readonly authority: PublicKey; readonly drop: PublicKey }): Promise<TransactionInstruction> {
  return program.methods.closeDrop().accountsStrict({ authority: p.authority, drop: p.drop }).instruction();
}

export function proposeDropAuthorityInstruction(
  program: EditionsProgram,
  p: { readonly authority: PublicKey; readonly drop: PublicKey; readonly newAuthority: PublicKey },
): Promise<TransactionInstruction> {
  return program.methods.proposeAuthority(p.newAuthority).accountsStrict({ authority: p.authority, drop: p.drop }).instruction();
}

export function acceptDropAuthorityInstruction(program: EditionsProgram, p: { readonly newAuthority: PublicKey; readonly drop: PublicKey }): Promise<TransactionInstruction> {
  return program.methods.acceptAuthority().accountsStrict({ newAuthority: p.newAuthority, drop: p.drop }).instruction();
}
