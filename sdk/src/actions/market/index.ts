// High-level market operations: fetch what is needed, build, sign, send, confirm.
export * from "./common";
export * from "./pay-split";
export * from "./payout";
export * from "./platform";
export * from "./sale";
export * from "./split";
export * from "./track";
