import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { MarketProgram } from "../../market/program";
import { findPlatformAddress, findProgramAddress } from "../../pda";
import { SYSTEM_PROGRAM_ID } from "../../programs";

export const BPF_LOADER_UPGRADEABLE_PROGRAM_ID = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");

/** The ProgramData account of an upgradeable program (it records the upgrade authority). */
export const findProgramDataAddress = (programId: PublicKey): PublicKey =>
  findProgramAddress(BPF_LOADER_UPGRADEABLE_PROGRAM_ID, [programId.toBytes()]).address;

export interface InitPlatformParams {
  /** The program's upgrade authority; becomes the platform authority. */
  readonly authority: PublicKey;
  readonly treasury: PublicKey;
  readonly referralCapBps: number;
  readonly stakingShareBps: number;
  readonly arbiter: PublicKey;
}

export function initPlatformInstruction(program: MarketProgram, p: InitPlatformParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  return program.methods
    .initPlatform({ treasury: p.treasury, referralCapBps: p.referralCapBps, stakingShareBps: p.stakingShareBps, arbiter: p.arbiter })
    .accountsStrict({
      authority: p.authority,
      platform: findPlatformAddress(programId).address,
      program: programId,
      programData: findProgramDataAddress(programId),
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .instruction();
}

/** Only the given fields change. */
export interface UpdatePlatformParams {
  readonly authority: PublicKey;
  readonly feeBps?: number;
  readonly treasury?: PublicKey;
  readonly referralCapBps?: number;
  readonly stakingShareBps?: number;
  readonly arbiter?: PublicKey;
  /** The platform token whose nd-staking pools receive the stakers' share of fees (`SOL_MINT` turns routing off). */
  readonly stakeMint?: PublicKey;
}

export function updatePlatformInstruction(program: MarketProgram, p: UpdatePlatformParams): Promise<TransactionInstruction> {
  return program.methods
    .updatePlatform({
      feeBps: p.feeBps ?? null,
      treasury: p.treasury ?? null,
      referralCapBps: p.referralCapBps ?? null,
      stakingShareBps: p.stakingShareBps ?? null,
      arbiter: p.arbiter ?? null,
      stakeMint: p.stakeMint ?? null,
    })
    .accountsStrict({ authority: p.authority, platform: findPlatformAddress(program.programId).address })
    .instruction();
}

export function setPausedInstruction(program: MarketProgram, p: { readonly authority: PublicKey; readonly paused: boolean }): Promise<TransactionInstruction> {
  return program.methods
    .setPaused(p.paused)
    .accountsStrict({ authority: p.authority, platform: findPlatformAddress(program.programId).address })
    .instruction();
}

export function proposeAuthorityInstruction(
  program: MarketProgram,
  p: { readonly authority: PublicKey; readonly newAuthority: PublicKey },
): Promise<TransactionInstruction> {
  return program.methods
    .proposeAuthority(p.newAuthority)
    .accountsStrict({ authority: p.authority, platform: findPlatformAddress(program.programId).address })
    .instruction();
}

export function acceptAuthorityInstruction(program: MarketProgram, p: { readonly newAuthority: PublicKey }): Promise<TransactionInstruction> {
  return program.methods
    .acceptAuthority()
    .accountsStrict({ newAuthority: p.newAuthority, platform: findPlatformAddress(program.programId).address })
    .instruction();
}
