// The market program's client-side model: account state, exact quotes and claimable amounts,
// access, Token-2022 transfer fees, typed errors and events.
export * from "./access";
export * from "./claimable";
export * from "./decode";
export * from "./errors";
export * from "./events";
export * from "./program";
export * from "./quote-buy";
export * from "./state";
export * from "./transfer-fee";
