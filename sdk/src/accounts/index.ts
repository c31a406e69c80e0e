// Typed account fetchers: decoded state (bigint amounts) and derived views (claimable amounts,
// access, quotes). One module per program.
export * from "./market";
