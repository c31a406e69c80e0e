import { PublicKey } from "@solana/web3.js";
import { fetchVault } from "../../accounts/market";
import {
  CreateTrackParams,
  UpdateTrackParams,
  closeTrackInstruction,
  setTrackStatusInstruction,
  updateTrackInstruction,
} from "../../instructions/market";
import { TrackStatus } from "../../market/state";
import { findTrackAddress } from "../../pda";
import { createTrackInstructions } from "../../transactions/market/flows";
import { ActionResult } from "../send-action";
import { MarketActionOptions, programFor, sendMarket, tokenProgramOfMint } from "./common";

/**
 * Puts a track on sale (the signer is the artist). When the split has no vault for the payment
 * mint yet, the same transaction opens it first.
 */
export async function createTrack(p: MarketActionOptions & Omit<CreateTrackParams, "artist">): Promise<ActionResult & { readonly track: PublicKey }> {
  const program = programFor(p);
  const artist = p.signer.publicKey;
  const vault = await fetchVault(p.connection, p.split, p.paymentMint, program.programId);
  const tokenProgram = await tokenProgramOfMint(p.connection, p.paymentMint);
  const instructions = await createTrackInstructions(program, { ...p, artist, openVault: vault === null, tokenProgram });
  const result = await sendMarket(p, instructions);
  return { ...result, track: findTrackAddress(program.programId, artist, p.trackId).address };
}

export async function updateTrack(p: MarketActionOptions & Omit<UpdateTrackParams, "artist">): Promise<ActionResult> {
  return sendMarket(p, [await updateTrackInstruction(programFor(p), { ...p, artist: p.signer.publicKey })]);
}

/** Pause, resume (`"active"`) or cancel (final) a track. */
export async function setTrackStatus(p: MarketActionOptions & { readonly track: PublicKey; readonly status: TrackStatus }): Promise<ActionResult> {
  return sendMarket(p, [await setTrackStatusInstruction(programFor(p), { ...p, artist: p.signer.publicKey })]);
}

/** Closes a cancelled track without open escrows; the rent returns to the artist. */
export async function closeTrack(p: MarketActionOptions & { readonly track: PublicKey }): Promise<ActionResult> {
  return sendMarket(p, [await closeTrackInstruction(programFor(p), { artist: p.signer.publicKey, track: p.track })]);
}
