// The staking program's client: PDAs → instruction builders → transactions → actions, account
// fetchers with exact quotes (claimable, APR), typed errors and events.
export * from "./accounts";
export * from "./actions";
export * from "./errors";
export * from "./events";
export * from "./instructions";
export * from "./keys";
export * from "./pda";
export * from "./transactions";
export * from "./views";
export { stakingInstruction } from "./encode";
export type { StakingInstructionName } from "./encode";
