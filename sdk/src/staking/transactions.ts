import { PublicKey, TransactionInstruction, VersionedTransaction } from "@solana/web3.js";
import { createAssociatedTokenAccountIdempotentInstruction } from "../instructions/associated-token";
import { BuildTransactionParams, buildTransaction } from "../transactions/build-transaction";
import {
  AddStakeParams,
  ClaimStakingRewardsParams,
  FundStakingRewardsParams,
  InitStakingPoolParams,
  StakeTokensParams,
  UnstakeTokensParams,
  addStakeInstruction,
  claimStakingRewardsInstruction,
  earlyExitInstruction,
  fundStakingRewardsInstruction,
  initStakingPoolInstruction,
  stakeTokensInstruction,
  unstakeTokensInstruction,
} from "./instructions";

/** Blockhash, fee payer, compute budget and lookup tables of a transaction. */
export type StakingTransactionEnvelope = Omit<BuildTransactionParams, "instructions">;

/** With no explicit destination, the owner's associated token account is created if missing. */
function withOwnerAta(
  payer: PublicKey,
  owner: PublicKey,
  mint: PublicKey,
  tokenProgram: PublicKey,
  destination: PublicKey | undefined,
  ix: TransactionInstruction,
): TransactionInstruction[] {
  if (destination) return [ix];
  return [createAssociatedTokenAccountIdempotentInstruction({ payer, owner, mint, tokenProgram }), ix];
}

export function claimStakingRewardsInstructions(p: ClaimStakingRewardsParams & { readonly payer: PublicKey }): TransactionInstruction[] {
  return withOwnerAta(p.payer, p.owner, p.pool.rewardMint, p.pool.rewardTokenProgram, p.destination, claimStakingRewardsInstruction(p));
}

export function unstakeTokensInstructions(p: UnstakeTokensParams & { readonly payer: PublicKey }): TransactionInstruction[] {
  return withOwnerAta(p.payer, p.owner, p.pool.stakeMint, p.pool.stakeTokenProgram, p.destination, unstakeTokensInstruction(p));
}

export function earlyExitInstructions(p: UnstakeTokensParams & { readonly payer: PublicKey }): TransactionInstruction[] {
  return withOwnerAta(p.payer, p.owner, p.pool.stakeMint, p.pool.stakeTokenProgram, p.destination, earlyExitInstruction(p));
}

const build = (instructions: TransactionInstruction[], envelope: StakingTransactionEnvelope): VersionedTransaction =>
  buildTransaction({ ...envelope, instructions });

export const initStakingPoolTransaction = (p: InitStakingPoolParams & StakingTransactionEnvelope) => build([initStakingPoolInstruction(p)], p);
export const fundStakingRewardsTransaction = (p: FundStakingRewardsParams & StakingTransactionEnvelope) => build([fundStakingRewardsInstruction(p)], p);
export const stakeTokensTransaction = (p: StakeTokensParams & StakingTransactionEnvelope) => build([stakeTokensInstruction(p)], p);
export const addStakeTransaction = (p: AddStakeParams & StakingTransactionEnvelope) => build([addStakeInstruction(p)], p);
export const unstakeTokensTransaction = (p: UnstakeTokensParams & StakingTransactionEnvelope) => build(unstakeTokensInstructions(p), p);
export const earlyExitTransaction = (p: UnstakeTokensParams & StakingTransactionEnvelope) => build(earlyExitInstructions(p), p);
export const claimStakingRewardsTransaction = (p: ClaimStakingRewardsParams & StakingTransactionEnvelope) =>
  build(claimStakingRewardsInstructions(p), p);
