// The editions program's client: PDAs → instruction builders → transactions → actions, fetchers
// (drops with minted/remaining and sale phase, a wallet's prints), exact mint quotes, allowlist
// Merkle trees and proofs, typed errors and events, and Umi interop for Token Metadata reads.
export * from "./accounts";
export * from "./actions";
export * from "./cheap-addresses";
export * from "./decode";
export * from "./errors";
export * from "./events";
export * from "./instructions";
export * from "./merkle";
export * from "./pda";
export * from "./phase";
export * from "./program";
export * from "./quote";
export * from "./state";
export * from "./token-metadata";
export * from "./token-metadata-errors";
export * from "./transactions";
export * from "./umi";
