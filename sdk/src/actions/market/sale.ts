import { Connection, PublicKey } from "@solana/web3.js";
import { fetchPurchase, fetchTrack } from "../../accounts/market";
import {
  PurchaseRef,
  TrackRef,
  buyInstruction,
  closePurchaseInstruction,
  confirmInstruction,
  refundInstruction,
  settleInstruction,
} from "../../instructions/market";
import { MARKET_PROGRAM_ID } from "../../market/program";
import { PurchaseState, TrackState } from "../../market/state";
import { findPurchaseAddress } from "../../pda";
import { ActionResult } from "../send-action";
import { MarketActionOptions, programFor, sendMarket, tokenProgramOfMint } from "./common";

interface LoadedTrack {
  readonly ref: TrackRef;
  readonly state: TrackState;
  readonly tokenProgram: PublicKey | undefined;
}

async function loadTrack(connection: Connection, track: PublicKey, programId: PublicKey): Promise<LoadedTrack> {
  const state = await fetchTrack(connection, track, programId);
  if (!state) throw new Error(`track ${track.toBase58()} does not exist`);
  return { ref: { ...state, address: track }, state, tokenProgram: await tokenProgramOfMint(connection, state.paymentMint) };
}

async function loadPurchase(
  connection: Connection,
  track: PublicKey,
  beneficiary: PublicKey,
  programId: PublicKey,
): Promise<{ readonly ref: PurchaseRef; readonly state: PurchaseState }> {
  const state = await fetchPurchase(connection, track, beneficiary, programId);
  if (!state) throw new Error(`no purchase of track ${track.toBase58()} for ${beneficiary.toBase58()}`);
  return { ref: { ...state, address: findPurchaseAddress(programId, track, beneficiary).address }, state };
}

export interface BuyTrackParams {
  readonly track: PublicKey;
  /** A different wallet makes it a gift; default the signer. */
  readonly beneficiary?: PublicKey;
  readonly tip?: bigint;
  readonly referrer?: PublicKey | null;
  /** The price the buyer agreed to (default: the track's current price). */
  readonly expectedPrice?: bigint;
}

/** Buys access to `track` for the signer (or a gift for `beneficiary`); returns the receipt's address. */
export async function buyTrack(p: MarketActionOptions & BuyTrackParams): Promise<ActionResult & { readonly purchase: PublicKey }> {
  const program = programFor(p);
  const track = await loadTrack(p.connection, p.track, program.programId);
  const beneficiary = p.beneficiary ?? p.signer.publicKey;
  const ix = await buyInstruction(program, {
    buyer: p.signer.publicKey,
    beneficiary,
    track: track.ref,
    expectedPrice: p.expectedPrice ?? track.state.price,
    tip: p.tip,
    referrer: p.referrer,
    tokenProgram: track.tokenProgram,
  });
  const result = await sendMarket(p, [ix]);
  return { ...result, purchase: findPurchaseAddress(program.programId, p.track, beneficiary).address };
}

interface PurchaseTarget {
  readonly track: PublicKey;
  /** Whose receipt (default: the signer). */
  readonly beneficiary?: PublicKey;
}

async function purchaseAction(
  p: MarketActionOptions & PurchaseTarget,
  build: typeof settleInstruction,
): Promise<ActionResult> {
  const program = programFor(p);
  const track = await loadTrack(p.connection, p.track, program.programId);
  const purchase = await loadPurchase(p.connection, p.track, p.beneficiary ?? p.signer.publicKey, program.programId);
  return sendMarket(p, [await build(program, { caller: p.signer.publicKey, track: track.ref, purchase: purchase.ref })]);
}

/** The buyer releases an escrowed payment now. */
export const confirmPurchase = (p: MarketActionOptions & PurchaseTarget): Promise<ActionResult> => purchaseAction(p, confirmInstruction);

/** Anyone settles an escrowed purchase once its dispute window is over. */
export const settlePurchase = (p: MarketActionOptions & PurchaseTarget): Promise<ActionResult> => purchaseAction(p, settleInstruction);

/** Returns an escrowed payment to its buyer (arbiter or artist in the window; the buyer after a cancel). */
export async function refundPurchase(p: MarketActionOptions & PurchaseTarget): Promise<ActionResult> {
  const program = programFor(p);
  const track = await loadTrack(p.connection, p.track, program.programId);
  const purchase = await loadPurchase(p.connection, p.track, p.beneficiary ?? p.signer.publicKey, program.programId);
  const ix = await refundInstruction(program, { caller: p.signer.publicKey, track: track.ref, purchase: purchase.ref, tokenProgram: track.tokenProgram });
  return sendMarket(p, [ix]);
}

/** Closes a refunded receipt; its rent returns to whoever paid it. */
export async function closePurchase(p: MarketActionOptions & PurchaseTarget): Promise<ActionResult> {
  const programId = p.programId ?? MARKET_PROGRAM_ID;
  const purchase = await loadPurchase(p.connection, p.track, p.beneficiary ?? p.signer.publicKey, programId);
  return sendMarket(p, [await closePurchaseInstruction(programFor(p), { purchase: purchase.ref.address, payer: purchase.state.payer })]);
}
