import { PublicKey } from "@solana/web3.js";
import {
  InitPlatformParams,
  UpdatePlatformParams,
  acceptAuthorityInstruction,
  initPlatformInstruction,
  proposeAuthorityInstruction,
  setPausedInstruction,
  updatePlatformInstruction,
} from "../../instructions/market";
import { ActionResult } from "../send-action";
import { MarketActionOptions, programFor, sendMarket } from "./common";

/** Creates the platform; the signer must be the program's upgrade authority. */
export async function initPlatform(p: MarketActionOptions & Omit<InitPlatformParams, "authority">): Promise<ActionResult> {
  return sendMarket(p, [await initPlatformInstruction(programFor(p), { ...p, authority: p.signer.publicKey })]);
}

/** Signed by the platform authority; only the given fields change. */
export async function updatePlatform(p: MarketActionOptions & Omit<UpdatePlatformParams, "authority">): Promise<ActionResult> {
  return sendMarket(p, [await updatePlatformInstruction(programFor(p), { ...p, authority: p.signer.publicKey })]);
}

export async function setPaused(p: MarketActionOptions & { readonly paused: boolean }): Promise<ActionResult> {
  return sendMarket(p, [await setPausedInstruction(programFor(p), { authority: p.signer.publicKey, paused: p.paused })]);
}

export async function proposeAuthority(p: MarketActionOptions & { readonly newAuthority: PublicKey }): Promise<ActionResult> {
  return sendMarket(p, [await proposeAuthorityInstruction(programFor(p), { authority: p.signer.publicKey, newAuthority: p.newAuthority })]);
}

/** Signed by the proposed authority. */
export async function acceptAuthority(p: MarketActionOptions): Promise<ActionResult> {
  return sendMarket(p, [await acceptAuthorityInstruction(programFor(p), { newAuthority: p.signer.publicKey })]);
}
