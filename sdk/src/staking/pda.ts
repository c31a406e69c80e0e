import { PublicKey } from "@solana/web3.js";
import { ProgramAddress, findProgramAddress, seeds } from "../pda";

/** The staking program's PDAs (seeds as `programs/nd-staking/src/constants.rs` declares them). */
export const findStakingPoolAddress = (programId: PublicKey, stakeMint: PublicKey, rewardMint: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("pool"), seeds.pubkey(stakeMint), seeds.pubkey(rewardMint)]);

/** Token account holding every position's stake (authority: the pool). */
export const findStakeVaultAddress = (programId: PublicKey, pool: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("stake_vault"), seeds.pubkey(pool)]);

/** Token account holding funded rewards and early-exit penalties (authority: the pool). */
export const findRewardVaultAddress = (programId: PublicKey, pool: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("reward_vault"), seeds.pubkey(pool)]);

export const findStakePositionAddress = (programId: PublicKey, pool: PublicKey, owner: PublicKey, nonce: bigint | number): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("position"), seeds.pubkey(pool), seeds.pubkey(owner), seeds.u64(nonce)]);

/** Anchor's `emit_cpi!` signer, `["__event_authority"]`. */
export const findStakingEventAuthorityAddress = (programId: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("__event_authority")]);
