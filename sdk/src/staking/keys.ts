import { PublicKey } from "@solana/web3.js";
import { PROGRAM_IDS, TOKEN_PROGRAM_ID } from "../programs";
import { findRewardVaultAddress, findStakeVaultAddress, findStakingPoolAddress } from "./pda";

/** Everything an instruction needs to know about a pool; from `stakingPoolKeys` or a fetched pool. */
export interface StakingPoolKeys {
  readonly programId: PublicKey;
  readonly address: PublicKey;
  readonly stakeMint: PublicKey;
  readonly rewardMint: PublicKey;
  readonly stakeVault: PublicKey;
  readonly rewardVault: PublicKey;
  readonly stakeTokenProgram: PublicKey;
  readonly rewardTokenProgram: PublicKey;
}

/** The pool of (`stakeMint`, `rewardMint`) and its vaults, derived without a network call. */
export function stakingPoolKeys(args: {
  readonly stakeMint: PublicKey;
  readonly rewardMint: PublicKey;
  /** Default SPL Token. */
  readonly stakeTokenProgram?: PublicKey;
  /** Default: the stake mint's token program. */
  readonly rewardTokenProgram?: PublicKey;
  readonly programId?: PublicKey;
}): StakingPoolKeys {
  const programId = args.programId ?? PROGRAM_IDS.nd_staking;
  const address = findStakingPoolAddress(programId, args.stakeMint, args.rewardMint).address;
  const stakeTokenProgram = args.stakeTokenProgram ?? TOKEN_PROGRAM_ID;
  return {
    programId,
    address,
    stakeMint: args.stakeMint,
    rewardMint: args.rewardMint,
    stakeVault: findStakeVaultAddress(programId, address).address,
    rewardVault: findRewardVaultAddress(programId, address).address,
    stakeTokenProgram,
    rewardTokenProgram: args.rewardTokenProgram ?? stakeTokenProgram,
  };
}
