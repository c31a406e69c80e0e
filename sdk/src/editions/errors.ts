import { DecodedError, IdlErrorName, decodeProgramError } from "../errors";
import { NdEditions, ndEditionsIdl, ndMarketIdl } from "../idl";
import { tokenMetadataErrors } from "./token-metadata-errors";

/** The editions program's own error names (camelCase, as `decodeProgramError` reports them). */
export type EditionsErrorName = IdlErrorName<NdEditions>;

/**
 * Decodes a failure of an editions transaction: the editions program's errors, the market's (a
 * mint pays through it), Token Metadata's (a mint prints through it), then Anchor's framework
 * errors, System/SPL Token errors and runtime errors.
 */
export function decodeEditionsError(err: unknown): DecodedError | null {
  return decodeProgramError([ndEditionsIdl, ndMarketIdl, tokenMetadataErrors()], err);
}

/** True when `err` is the editions program's error `name` (e.g. `"walletCapReached"`). */
export function isEditionsError(err: unknown, name: EditionsErrorName): boolean {
  const decoded = decodeEditionsError(err);
  return decoded?.kind === "program" && decoded.programId.toBase58() === ndEditionsIdl.address && decoded.name === name;
}
