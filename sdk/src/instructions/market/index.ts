// The market program's instruction builders: typed parameters → one TransactionInstruction.
export type { VaultKey, TokenSide } from "./common";
export { defaultDestination, eventAccounts, tokenSide, vaultAddress, tokenProgramOf } from "./common";
export * from "./pay-split";
export * from "./payout";
export * from "./platform";
export * from "./sale";
export * from "./split";
export * from "./track";
