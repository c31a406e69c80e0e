import { PublicKey } from "@solana/web3.js";
import { fetchPlatform, fetchSplitVault } from "../../accounts/market";
import { routeStakingFeesInstruction } from "../../instructions/market";
import { claimCreditInstructions, claimFeesInstructions, claimInstructions } from "../../transactions/market/flows";
import { ActionResult } from "../send-action";
import { MarketActionOptions, programFor, sendMarket, tokenProgramOfMint } from "./common";

interface VaultTarget {
  readonly split: PublicKey;
  /** `SOL_MINT` for native SOL. */
  readonly mint: PublicKey;
  /** A token account of the mint owned by the payee (default: its associated one, created if missing). */
  readonly destination?: PublicKey;
}

/**
 * Pays recipient slot `recipientIndex` everything it can claim from the vault (anyone may send
 * it; the money only goes to the recipient). Advances are repaid first: the Advances account
 * and the beneficiaries' Credit accounts are found from the chain.
 */
export async function claimEarnings(p: MarketActionOptions & VaultTarget & { readonly recipientIndex: number }): Promise<ActionResult> {
  const program = programFor(p);
  const view = await fetchSplitVault(p.connection, p.split, p.mint, program.programId);
  const claim = view.claims[p.recipientIndex];
  if (!claim) throw new Error(`split ${p.split.toBase58()} has no recipient slot ${p.recipientIndex}`);
  const instructions = await claimInstructions(program, {
    split: p.split,
    mint: p.mint,
    tokenProgram: await tokenProgramOfMint(p.connection, p.mint),
    recipientIndex: p.recipientIndex,
    recipient: claim.wallet,
    destination: p.destination,
    withAdvances: view.advances.has(p.recipientIndex),
    repaidBeneficiaries: claim.repayments.map((r) => r.beneficiary),
    payer: p.signer.publicKey,
  });
  return sendMarket(p, instructions);
}

/** Pays the platform fees booked in the vault to the treasury. Permissionless. */
export async function claimFees(p: MarketActionOptions & VaultTarget): Promise<ActionResult> {
  const program = programFor(p);
  const platform = await fetchPlatform(p.connection, program.programId);
  if (!platform) throw new Error("the platform is not initialised");
  const instructions = await claimFeesInstructions(program, {
    split: p.split,
    mint: p.mint,
    tokenProgram: await tokenProgramOfMint(p.connection, p.mint),
    treasury: platform.treasury,
    destination: p.destination,
    payer: p.signer.publicKey,
  });
  return sendMarket(p, instructions);
}

/** Pays `owner`'s Credit in the vault (referral earnings, advance repayments). Permissionless. */
export async function claimCredit(p: MarketActionOptions & VaultTarget & { readonly owner: PublicKey }): Promise<ActionResult> {
  const program = programFor(p);
  const instructions = await claimCreditInstructions(program, {
    split: p.split,
    mint: p.mint,
    tokenProgram: await tokenProgramOfMint(p.connection, p.mint),
    owner: p.owner,
    destination: p.destination,
    payer: p.signer.publicKey,
  });
  return sendMarket(p, instructions);
}

/** Moves the stakers' share of the vault's fees into the platform token's pool for that mint. Permissionless. */
export async function routeStakingFees(p: MarketActionOptions & Omit<VaultTarget, "destination">): Promise<ActionResult> {
  const program = programFor(p);
  const platform = await fetchPlatform(p.connection, program.programId);
  if (!platform) throw new Error("the platform is not initialised");
  if (platform.stakeMint.equals(PublicKey.default)) throw new Error("the platform routes no fees to stakers: it has no stake mint");
  const instruction = await routeStakingFeesInstruction(program, {
    split: p.split,
    mint: p.mint,
    tokenProgram: await tokenProgramOfMint(p.connection, p.mint),
    stakeMint: platform.stakeMint,
  });
  return sendMarket(p, [instruction]);
}
