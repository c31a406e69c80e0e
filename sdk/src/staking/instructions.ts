import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { findAssociatedTokenAddress } from "../pda";
import { bn, stakingInstruction } from "./encode";
import { StakingPoolKeys } from "./keys";
import { findStakePositionAddress } from "./pda";

/** A lock tier: lock at least `minLockSecs` to weigh `multiplierBps / 10_000` times the amount. */
export interface LockTierConfig {
  readonly minLockSecs: bigint;
  readonly multiplierBps: bigint;
}

const tierArgs = (tiers: readonly LockTierConfig[]) => tiers.map((t) => ({ minLockSecs: bn(t.minLockSecs), multiplierBps: bn(t.multiplierBps) }));

const ownerAta = (owner: PublicKey, mint: PublicKey, tokenProgram: PublicKey) => findAssociatedTokenAddress(owner, mint, tokenProgram);

export interface InitStakingPoolParams {
  readonly pool: StakingPoolKeys;
  /** Pays the rent and becomes the pool authority. */
  readonly authority: PublicKey;
  /** 0 disables early exit; non-zero needs stake mint = reward mint. At most 5000. */
  readonly earlyExitPenaltyBps: number;
  readonly minStake: bigint;
  readonly tiers: readonly LockTierConfig[];
}

export function initStakingPoolInstruction(p: InitStakingPoolParams): TransactionInstruction {
  const { pool } = p;
  return stakingInstruction(
    pool.programId,
    "initPool",
    {
      authority: p.authority,
      pool: pool.address,
      stakeMint: pool.stakeMint,
      rewardMint: pool.rewardMint,
      stakeVault: pool.stakeVault,
      rewardVault: pool.rewardVault,
      stakeTokenProgram: pool.stakeTokenProgram,
      rewardTokenProgram: pool.rewardTokenProgram,
    },
    { args: { earlyExitPenaltyBps: p.earlyExitPenaltyBps, minStake: bn(p.minStake), tiers: tierArgs(p.tiers) } },
  );
}

export function setStakingTiersInstruction(p: { readonly pool: StakingPoolKeys; readonly authority: PublicKey; readonly tiers: readonly LockTierConfig[] }): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "setTiers", { authority: p.authority, pool: p.pool.address }, { tiers: tierArgs(p.tiers) });
}

export interface FundStakingRewardsParams {
  readonly pool: StakingPoolKeys;
  /** Signs for `funderTokens`. */
  readonly funder: PublicKey;
  /** Default: the funder's associated token account of the reward mint. */
  readonly funderTokens?: PublicKey;
  readonly amount: bigint;
  readonly periodSecs: bigint;
}

export function fundStakingRewardsInstruction(p: FundStakingRewardsParams): TransactionInstruction {
  const { pool } = p;
  return stakingInstruction(
    pool.programId,
    "fundRewards",
    {
      funder: p.funder,
      pool: pool.address,
      rewardMint: pool.rewardMint,
      funderTokens: p.funderTokens ?? ownerAta(p.funder, pool.rewardMint, pool.rewardTokenProgram),
      rewardVault: pool.rewardVault,
      rewardTokenProgram: pool.rewardTokenProgram,
    },
    { amount: bn(p.amount), periodSecs: bn(p.periodSecs) },
  );
}

/** Which position: its address, or the owner's nonce. */
export type PositionRef = { readonly position: PublicKey } | { readonly nonce: bigint };

const positionOf = (pool: StakingPoolKeys, owner: PublicKey, ref: PositionRef): PublicKey =>
  "position" in ref ? ref.position : findStakePositionAddress(pool.programId, pool.address, owner, ref.nonce).address;

/** The accounts `stake` and `add_stake` share: the owner's tokens go into the stake vault. */
function depositAccounts(pool: StakingPoolKeys, owner: PublicKey, position: PublicKey, ownerTokens?: PublicKey): Record<string, PublicKey> {
  return {
    owner,
    pool: pool.address,
    position,
    stakeMint: pool.stakeMint,
    ownerTokens: ownerTokens ?? ownerAta(owner, pool.stakeMint, pool.stakeTokenProgram),
    stakeVault: pool.stakeVault,
    stakeTokenProgram: pool.stakeTokenProgram,
  };
}

export interface StakeTokensParams {
  readonly pool: StakingPoolKeys;
  readonly owner: PublicKey;
  /** Default: the owner's associated token account of the stake mint. */
  readonly ownerTokens?: PublicKey;
  /** Picks the position PDA; one per lockup. */
  readonly nonce: bigint;
  readonly amount: bigint;
  readonly lockSecs: bigint;
  /** Fail rather than accept a smaller multiplier (tiers may change before the transaction lands). Default 10_000 (1x). */
  readonly minMultiplierBps?: bigint;
}

export function stakeTokensInstruction(p: StakeTokensParams): TransactionInstruction {
  const { pool } = p;
  return stakingInstruction(
    pool.programId,
    "stake",
    depositAccounts(pool, p.owner, positionOf(pool, p.owner, p), p.ownerTokens),
    { args: { nonce: bn(p.nonce), amount: bn(p.amount), lockSecs: bn(p.lockSecs), minMultiplierBps: bn(p.minMultiplierBps ?? 10_000n) } },
  );
}

export type AddStakeParams = PositionRef & {
  readonly pool: StakingPoolKeys;
  readonly owner: PublicKey;
  readonly ownerTokens?: PublicKey;
  readonly amount: bigint;
};

export function addStakeInstruction(p: AddStakeParams): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "addStake", depositAccounts(p.pool, p.owner, positionOf(p.pool, p.owner, p), p.ownerTokens), {
    amount: bn(p.amount),
  });
}

export type UnstakeTokensParams = PositionRef & {
  readonly pool: StakingPoolKeys;
  readonly owner: PublicKey;
  /** Default: the owner's associated token account of the stake mint. */
  readonly destination?: PublicKey;
  readonly amount: bigint;
};

/** The accounts `unstake` and `early_exit` share (early exit adds the reward vault). */
function leaveAccounts(p: UnstakeTokensParams): Record<string, PublicKey> {
  const { pool } = p;
  return {
    owner: p.owner,
    pool: pool.address,
    position: positionOf(pool, p.owner, p),
    stakeMint: pool.stakeMint,
    destination: p.destination ?? ownerAta(p.owner, pool.stakeMint, pool.stakeTokenProgram),
    stakeVault: pool.stakeVault,
    stakeTokenProgram: pool.stakeTokenProgram,
  };
}

/** After the lock. Before it the program answers `StillLocked`: use `earlyExitInstruction`. */
export function unstakeTokensInstruction(p: UnstakeTokensParams): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "unstake", leaveAccounts(p), { amount: bn(p.amount) });
}

/** Leaves before the lock ends, paying the pool's early-exit penalty to the other stakers. */
export function earlyExitInstruction(p: UnstakeTokensParams): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "earlyExit", { ...leaveAccounts(p), rewardVault: p.pool.rewardVault }, { amount: bn(p.amount) });
}

export type ClaimStakingRewardsParams = PositionRef & {
  readonly pool: StakingPoolKeys;
  readonly owner: PublicKey;
  /** Default: the owner's associated token account of the reward mint. */
  readonly destination?: PublicKey;
};

export function claimStakingRewardsInstruction(p: ClaimStakingRewardsParams): TransactionInstruction {
  const { pool } = p;
  return stakingInstruction(
    pool.programId,
    "claim",
    {
      owner: p.owner,
      pool: pool.address,
      position: positionOf(pool, p.owner, p),
      rewardMint: pool.rewardMint,
      destination: p.destination ?? ownerAta(p.owner, pool.rewardMint, pool.rewardTokenProgram),
      rewardVault: pool.rewardVault,
      rewardTokenProgram: pool.rewardTokenProgram,
    },
    {},
  );
}

/** Anyone may refresh any position (ends an expired boost promptly). */
export function refreshStakePositionInstruction(p: { readonly pool: StakingPoolKeys; readonly position: PublicKey }): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "refreshPosition", { pool: p.pool.address, position: p.position }, {});
}

export function closeStakePositionInstruction(p: PositionRef & { readonly pool: StakingPoolKeys; readonly owner: PublicKey }): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "closePosition", { owner: p.owner, pool: p.pool.address, position: positionOf(p.pool, p.owner, p) }, {});
}

export function setStakingPausedInstruction(p: { readonly pool: StakingPoolKeys; readonly authority: PublicKey; readonly paused: boolean }): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "setPaused", { authority: p.authority, pool: p.pool.address }, { paused: p.paused });
}

/** `PublicKey.default` withdraws a proposal. */
export function proposeStakingAuthorityInstruction(p: { readonly pool: StakingPoolKeys; readonly authority: PublicKey; readonly newAuthority: PublicKey }): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "proposeAuthority", { authority: p.authority, pool: p.pool.address }, { newAuthority: p.newAuthority });
}

export function acceptStakingAuthorityInstruction(p: { readonly pool: StakingPoolKeys; readonly newAuthority: PublicKey }): TransactionInstruction {
  return stakingInstruction(p.pool.programId, "acceptAuthority", { newAuthority: p.newAuthority, pool: p.pool.address }, {});
}
