import { PublicKey } from "@solana/web3.js";
import { fetchSplit } from "../../accounts/market";
import {
  AddAdvanceParams,
  RecipientShare,
  acceptControllerInstruction,
  addAdvanceInstruction,
  createSplitInstruction,
  freezeSplitInstruction,
  openVaultInstruction,
  proposeControllerInstruction,
  updateSplitInstruction,
} from "../../instructions/market";
import { findSplitAddress } from "../../pda";
import { ActionResult } from "../send-action";
import { MarketActionOptions, programFor, sendMarket, tokenProgramOfMint } from "./common";

/** Creates a split controlled by the signer; returns its address too. */
export async function createSplit(
  p: MarketActionOptions & { readonly splitId: bigint | number; readonly recipients: readonly RecipientShare[] },
): Promise<ActionResult & { readonly split: PublicKey }> {
  const program = programFor(p);
  const result = await sendMarket(p, [await createSplitInstruction(program, { ...p, creator: p.signer.publicKey })]);
  return { ...result, split: findSplitAddress(program.programId, p.signer.publicKey, p.splitId).address };
}

/** Opens the split's vault for `mint` (`SOL_MINT` for native SOL); the signer pays the rent. */
export async function openVault(p: MarketActionOptions & { readonly split: PublicKey; readonly mint: PublicKey }): Promise<ActionResult> {
  const tokenProgram = await tokenProgramOfMint(p.connection, p.mint);
  return sendMarket(p, [await openVaultInstruction(programFor(p), { payer: p.signer.publicKey, split: p.split, mint: p.mint, tokenProgram })]);
}

/**
 * Compute budget of a share change when none is given: it books every vault of the split, which
 * measured 295k CU for 32 recipients × 8 vaults, above the default 200k per instruction.
 */
export const UPDATE_SPLIT_COMPUTE_UNITS = 400_000;

/**
 * Replaces the recipient list (signed by the controller); every vault of the split is booked
 * first. 32 recipients need `addressLookupTables` holding their wallets to fit a transaction.
 */
export async function updateSplit(p: MarketActionOptions & { readonly split: PublicKey; readonly recipients: readonly RecipientShare[] }): Promise<ActionResult> {
  const state = await fetchSplit(p.connection, p.split, p.programId);
  if (!state) throw new Error(`split ${p.split.toBase58()} does not exist`);
  const ix = await updateSplitInstruction(programFor(p), {
    controller: p.signer.publicKey,
    split: p.split,
    recipients: p.recipients,
    vaultMints: state.vaultMints,
  });
  return sendMarket({ ...p, computeUnitLimit: p.computeUnitLimit ?? UPDATE_SPLIT_COMPUTE_UNITS }, [ix]);
}

export async function freezeSplit(p: MarketActionOptions & { readonly split: PublicKey }): Promise<ActionResult> {
  return sendMarket(p, [await freezeSplitInstruction(programFor(p), { controller: p.signer.publicKey, split: p.split })]);
}

export async function proposeController(p: MarketActionOptions & { readonly split: PublicKey; readonly newController: PublicKey }): Promise<ActionResult> {
  return sendMarket(p, [await proposeControllerInstruction(programFor(p), { ...p, controller: p.signer.publicKey })]);
}

/** Signed by the proposed controller. */
export async function acceptController(p: MarketActionOptions & { readonly split: PublicKey }): Promise<ActionResult> {
  return sendMarket(p, [await acceptControllerInstruction(programFor(p), { newController: p.signer.publicKey, split: p.split })]);
}

/**
 * Records an advance (signed by the controller as `signer`; the recipient's wallet must sign too,
 * as an `additionalSigners` entry or by a wallet that co-signs).
 */
export async function addAdvance(p: MarketActionOptions & Omit<AddAdvanceParams, "controller">): Promise<ActionResult> {
  return sendMarket(p, [await addAdvanceInstruction(programFor(p), { ...p, controller: p.signer.publicKey })]);
}
