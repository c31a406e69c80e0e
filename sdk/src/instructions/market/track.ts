import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import type { IdlTypes } from "@coral-xyz/anchor";
import type { NdMarket } from "../../idl";
import { isSolMint } from "../../market/decode";
import { MarketProgram } from "../../market/program";
import { SaleMode, TrackStatus } from "../../market/state";
import { findPlatformAddress, findTrackAddress, findVaultAddress } from "../../pda";
import { SYSTEM_PROGRAM_ID } from "../../programs";
import { bn } from "./common";

type RawSaleMode = IdlTypes<NdMarket>["saleMode"];
type RawTrackStatus = IdlTypes<NdMarket>["trackStatus"];

export function saleModeToRaw(mode: SaleMode): RawSaleMode {
  return mode.kind === "escrow" ? { escrow: { disputeWindowSecs: mode.disputeWindowSecs } } : { instant: {} };
}

export function trackStatusToRaw(status: TrackStatus): RawTrackStatus {
  switch (status) {
    case "active":
      return { active: {} };
    case "paused":
      return { paused: {} };
    case "cancelled":
      return { cancelled: {} };
  }
}

export interface CreateTrackParams {
  /** Signs and pays the rent; must be the split's controller or one of its recipients. */
  readonly artist: PublicKey;
  readonly trackId: bigint | number;
  readonly split: PublicKey;
  /** `SOL_MINT` for native SOL; the split needs a vault for it. */
  readonly paymentMint: PublicKey;
  readonly price: bigint;
  readonly referralBps: number;
  /** 32 bytes: digest of the audio's IPFS CID. */
  readonly contentId: Uint8Array;
  readonly mode: SaleMode;
}

export function createTrackInstruction(program: MarketProgram, p: CreateTrackParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  if (p.contentId.length !== 32) throw new RangeError("contentId must be 32 bytes");
  return program.methods
    .createTrack(bn(p.trackId), {
      paymentMint: p.paymentMint,
      price: bn(p.price),
      referralBps: p.referralBps,
      contentId: [...p.contentId],
      mode: saleModeToRaw(p.mode),
    })
    .accountsStrict({
      artist: p.artist,
      platform: findPlatformAddress(programId).address,
      split: p.split,
      vault: findVaultAddress(programId, p.split, p.paymentMint).address,
      mint: isSolMint(p.paymentMint) ? null : p.paymentMint,
      track: findTrackAddress(programId, p.artist, p.trackId).address,
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .instruction();
}

/** Only the given fields change. */
export interface UpdateTrackParams {
  readonly artist: PublicKey;
  readonly track: PublicKey;
  readonly price?: bigint;
  readonly referralBps?: number;
  readonly contentId?: Uint8Array;
}

export function updateTrackInstruction(program: MarketProgram, p: UpdateTrackParams): Promise<TransactionInstruction> {
  return program.methods
    .updateTrack({
      price: p.price === undefined ? null : bn(p.price),
      referralBps: p.referralBps ?? null,
      contentId: p.contentId === undefined ? null : [...p.contentId],
    })
    .accountsStrict({ artist: p.artist, platform: findPlatformAddress(program.programId).address, track: p.track })
    .instruction();
}

export function setTrackStatusInstruction(
  program: MarketProgram,
  p: { readonly artist: PublicKey; readonly track: PublicKey; readonly status: TrackStatus },
): Promise<TransactionInstruction> {
  return program.methods.setTrackStatus(trackStatusToRaw(p.status)).accountsStrict({ artist: p.artist, track: p.track }).instruction();
}

export function closeTrackInstruction(program: MarketProgram, p: { readonly artist: PublicKey; readonly track: PublicKey }): Promise<TransactionInstruction> {
  return program.methods.closeTrack().accountsStrict({ artist: p.artist, track: p.track }).instruction();
}
