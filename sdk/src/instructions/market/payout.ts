import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { MarketProgram } from "../../market/program";
import { findAdvancesAddress, findCreditAddress, findLedgersAddress, findPlatformAddress } from "../../pda";
import { PROGRAM_IDS } from "../../programs";
import { findRewardVaultAddress, findStakingEventAuthorityAddress, findStakingPoolAddress } from "../../staking/pda";
import { VaultKey, defaultDestination, eventAccounts, remaining, tokenSide, vaultAddress } from "./common";

export interface ClaimParams extends VaultKey {
  readonly recipientIndex: number;
  /** The wallet at that slot (it only selects the default destination). */
  readonly recipient: PublicKey;
  /** Default: the recipient's wallet (SOL) or associated token account. */
  readonly destination?: PublicKey;
  /** Pass the slot's Advances account (required while it has outstanding advances). */
  readonly withAdvances?: boolean;
  /** Beneficiaries this claim repays, oldest advance first (their Credit accounts are passed). */
  readonly repaidBeneficiaries?: readonly PublicKey[];
}

export function claimInstruction(program: MarketProgram, p: ClaimParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vault = vaultAddress(programId, p);
  const credits = (p.repaidBeneficiaries ?? []).map((b) => findCreditAddress(programId, vault, b).address);
  return program.methods
    .claim(p.recipientIndex)
    .accountsStrict({
      split: p.split,
      vault,
      ledgers: findLedgersAddress(programId, vault).address,
      advances: p.withAdvances ? findAdvancesAddress(programId, vault, p.recipientIndex).address : null,
      destination: p.destination ?? defaultDestination(p.recipient, p.mint, p.tokenProgram),
      ...tokenSide(programId, vault, p.mint, p.tokenProgram),
      ...eventAccounts(programId),
    })
    .remainingAccounts(remaining(credits, true))
    .instruction();
}

export interface ClaimFeesParams extends VaultKey {
  /** The platform treasury (selects the default destination). */
  readonly treasury: PublicKey;
  readonly destination?: PublicKey;
}

export function claimFeesInstruction(program: MarketProgram, p: ClaimFeesParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vault = vaultAddress(programId, p);
  return program.methods
    .claimFees()
    .accountsStrict({
      platform: findPlatformAddress(programId).address,
      vault,
      treasuryDestination: p.destination ?? defaultDestination(p.treasury, p.mint, p.tokenProgram),
      ...tokenSide(programId, vault, p.mint, p.tokenProgram),
      ...eventAccounts(programId),
    })
    .instruction();
}

export interface ClaimCreditParams extends VaultKey {
  /** Owner of the Credit (a referrer or an advance beneficiary). */
  readonly owner: PublicKey;
  readonly destination?: PublicKey;
}

/** Pays a Credit to its owner: the issue's `claim_referral`, also used by advance beneficiaries. */
export function claimCreditInstruction(program: MarketProgram, p: ClaimCreditParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vault = vaultAddress(programId, p);
  return program.methods
    .claimCredit()
    .accountsStrict({
      credit: findCreditAddress(programId, vault, p.owner).address,
      vault,
      destination: p.destination ?? defaultDestination(p.owner, p.mint, p.tokenProgram),
      ...tokenSide(programId, vault, p.mint, p.tokenProgram),
      ...eventAccounts(programId),
    })
    .instruction();
}

export interface RouteStakingFeesParams extends VaultKey {
  /** The platform's stake mint (`platform.stakeMint`): the pool is (stakeMint, vault mint). */
  readonly stakeMint: PublicKey;
  /** Default: the nd-staking program of this SDK. */
  readonly stakingProgramId?: PublicKey;
}

/** Funds the stakers' pool with the staking share of the vault's fees. Permissionless; token vaults only. */
export function routeStakingFeesInstruction(program: MarketProgram, p: RouteStakingFeesParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const stakingProgram = p.stakingProgramId ?? PROGRAM_IDS.nd_staking;
  const vault = vaultAddress(programId, p);
  const pool = findStakingPoolAddress(stakingProgram, p.stakeMint, p.mint).address;
  return program.methods
    .routeStakingFees()
    .accountsStrict({
      platform: findPlatformAddress(programId).address,
      vault,
      ...tokenSide(programId, vault, p.mint, p.tokenProgram),
      pool,
      rewardVault: findRewardVaultAddress(stakingProgram, pool).address,
      stakingEventAuthority: findStakingEventAuthorityAddress(stakingProgram).address,
      stakingProgram,
    })
    .instruction();
}
