import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { createAssociatedTokenAccountIdempotentInstruction } from "../../instructions/associated-token";
import {
  ClaimCreditParams,
  ClaimFeesParams,
  ClaimParams,
  CreateTrackParams,
  claimCreditInstruction,
  claimFeesInstruction,
  claimInstruction,
  createTrackInstruction,
  openVaultInstruction,
  tokenProgramOf,
} from "../../instructions/market";
import { isSolMint } from "../../market/decode";
import { MarketProgram } from "../../market/program";

/**
 * Flows that need more than their one instruction: the token account a payout lands in is
 * created first (idempotently) when it is the owner's associated one, and a track on a mint the
 * split has no vault for yet opens that vault first.
 */
function ensureTokenAccount(payer: PublicKey | undefined, owner: PublicKey, mint: PublicKey, tokenProgram: PublicKey | undefined, explicit: PublicKey | undefined): TransactionInstruction[] {
  if (!payer || explicit || isSolMint(mint)) return [];
  return [createAssociatedTokenAccountIdempotentInstruction({ payer, owner, mint, tokenProgram: tokenProgramOf(mint, tokenProgram) })];
}

export interface PayoutFlowOptions {
  /** Creates the owner's associated token account first (idempotent) and pays its rent if needed. */
  readonly payer?: PublicKey;
}

export async function claimInstructions(program: MarketProgram, p: ClaimParams & PayoutFlowOptions): Promise<TransactionInstruction[]> {
  return [...ensureTokenAccount(p.payer, p.recipient, p.mint, p.tokenProgram, p.destination), await claimInstruction(program, p)];
}

export async function claimFeesInstructions(program: MarketProgram, p: ClaimFeesParams & PayoutFlowOptions): Promise<TransactionInstruction[]> {
  return [...ensureTokenAccount(p.payer, p.treasury, p.mint, p.tokenProgram, p.destination), await claimFeesInstruction(program, p)];
}

export async function claimCreditInstructions(program: MarketProgram, p: ClaimCreditParams & PayoutFlowOptions): Promise<TransactionInstruction[]> {
  return [...ensureTokenAccount(p.payer, p.owner, p.mint, p.tokenProgram, p.destination), await claimCreditInstruction(program, p)];
}

export interface CreateTrackFlowParams extends CreateTrackParams {
  /** Opens the split's vault for the payment mint first (the artist pays its rent). */
  readonly openVault?: boolean;
  /** Token mints: the mint's token program (needed to open the vault). */
  readonly tokenProgram?: PublicKey;
}

export async function createTrackInstructions(program: MarketProgram, p: CreateTrackFlowParams): Promise<TransactionInstruction[]> {
  const open = p.openVault
    ? [await openVaultInstruction(program, { payer: p.artist, split: p.split, mint: p.paymentMint, tokenProgram: p.tokenProgram })]
    : [];
  return [...open, await createTrackInstruction(program, p)];
}
