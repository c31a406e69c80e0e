import type { NdMarket } from "../idl";
import { ndMarketIdl } from "../idl";
import { DecodedError, decodeProgramError } from "../errors";
import { KnownProgramErrorName } from "../known-program-errors";

/** Names of the market program's own errors, camelCase as the generated types spell them. */
export type MarketErrorName = NonNullable<NdMarket["errors"]>[number]["name"];

/**
 * Decodes any failure of a market transaction: the program's named errors first, then Anchor's
 * framework errors, the System/SPL Token errors and runtime errors.
 */
export function decodeMarketError(err: unknown): DecodedError<MarketErrorName | KnownProgramErrorName> | null {
  return decodeProgramError(ndMarketIdl, err);
}

/** True when `err` is the market program's error `name` (e.g. `"alreadySettled"`). */
export function isMarketError(err: unknown, name: MarketErrorName): boolean {
  const decoded = decodeMarketError(err);
  return decoded?.kind === "program" && decoded.name === name;
}
