/**
 * Client-side mirror of the `nd-math` crate: exact quotes (fees, referral,
 * splits, claims with advance repayment, staking rewards) computed exactly as
 * the programs will, with bigint. Checked against the shared vectors in
 * `tests/vectors/math.json`.
 */
export * from "./accumulator";
export * from "./advances";
export * from "./bps";
export * from "./errors";
export * from "./fee";
export { I64_MAX, I64_MIN, U128_MAX, U64_MAX } from "./int";
export * from "./muldiv";
export * from "./rewards";
export * from "./sale";
export * from "./split";
export * from "./stake";
