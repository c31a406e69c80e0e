import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { ActionResult, SendActionParams, sendAction } from "../actions/send-action";
import { ndStakingIdl } from "../idl";
import {
  AddStakeParams,
  ClaimStakingRewardsParams,
  FundStakingRewardsParams,
  InitStakingPoolParams,
  LockTierConfig,
  PositionRef,
  StakeTokensParams,
  UnstakeTokensParams,
  acceptStakingAuthorityInstruction,
  addStakeInstruction,
  closeStakePositionInstruction,
  fundStakingRewardsInstruction,
  initStakingPoolInstruction,
  proposeStakingAuthorityInstruction,
  refreshStakePositionInstruction,
  setStakingPausedInstruction,
  setStakingTiersInstruction,
  stakeTokensInstruction,
} from "./instructions";
import { StakingPoolKeys } from "./keys";
import { claimStakingRewardsInstructions, earlyExitInstructions, unstakeTokensInstructions } from "./transactions";

/** How to send: everything of `sendAction` but the instructions; the signer is the acting wallet. */
export type StakingActionOptions = Omit<SendActionParams, "instructions">;

/** Operation parameters without the acting key, which is the signer's. */
type As<P, K extends string> = P extends unknown ? Omit<P, K> & StakingActionOptions : never;

function send(options: StakingActionOptions, instructions: TransactionInstruction[]): Promise<ActionResult> {
  return sendAction({ ...options, instructions, errorSources: [...(options.errorSources ?? []), ndStakingIdl] });
}

const me = (o: StakingActionOptions): PublicKey => o.signer.publicKey;

export const initStakingPool = (p: As<InitStakingPoolParams, "authority">) => send(p, [initStakingPoolInstruction({ ...p, authority: me(p) })]);

export const setStakingTiers = (p: { readonly pool: StakingPoolKeys; readonly tiers: readonly LockTierConfig[] } & StakingActionOptions) =>
  send(p, [setStakingTiersInstruction({ ...p, authority: me(p) })]);

export const fundStakingRewards = (p: As<FundStakingRewardsParams, "funder">) => send(p, [fundStakingRewardsInstruction({ ...p, funder: me(p) })]);

export const stakeTokens = (p: As<StakeTokensParams, "owner">) => send(p, [stakeTokensInstruction({ ...p, owner: me(p) })]);

export const addStake = (p: As<AddStakeParams, "owner">) => send(p, [addStakeInstruction({ ...p, owner: me(p) } as AddStakeParams)]);

export const unstakeTokens = (p: As<UnstakeTokensParams, "owner">) =>
  send(p, unstakeTokensInstructions({ ...p, owner: me(p), payer: me(p) } as UnstakeTokensParams & { payer: PublicKey }));

export const earlyExit = (p: As<UnstakeTokensParams, "owner">) =>
  send(p, earlyExitInstructions({ ...p, owner: me(p), payer: me(p) } as UnstakeTokensParams & { payer: PublicKey }));

export const claimStakingRewards = (p: As<ClaimStakingRewardsParams, "owner">) =>
  send(p, claimStakingRewardsInstructions({ ...p, owner: me(p), payer: me(p) } as ClaimStakingRewardsParams & { payer: PublicKey }));

export const closeStakePosition = (p: As<PositionRef & { readonly pool: StakingPoolKeys; readonly owner: PublicKey }, "owner">) =>
  send(p, [closeStakePositionInstruction({ ...p, owner: me(p) } as PositionRef & { pool: StakingPoolKeys; owner: PublicKey })]);

export const refreshStakePosition = (p: { readonly pool: StakingPoolKeys; readonly position: PublicKey } & StakingActionOptions) =>
  send(p, [refreshStakePositionInstruction(p)]);

export const setStakingPaused = (p: { readonly pool: StakingPoolKeys; readonly paused: boolean } & StakingActionOptions) =>
  send(p, [setStakingPausedInstruction({ ...p, authority: me(p) })]);

export const proposeStakingAuthority = (p: { readonly pool: StakingPoolKeys; readonly newAuthority: PublicKey } & StakingActionOptions) =>
  send(p, [proposeStakingAuthorityInstruction({ ...p, authority: me(p) })]);

export const acceptStakingAuthority = (p: { readonly pool: StakingPoolKeys } & StakingActionOptions) =>
  send(p, [acceptStakingAuthorityInstruction({ ...p, newAuthority: me(p) })]);
