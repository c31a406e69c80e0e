import { DecodedError, IdlErrorName, decodeProgramError } from "../errors";
import { NdStaking, ndStakingIdl } from "../idl";
import { KnownProgramErrorName } from "../known-program-errors";

/** The staking program's own error names (camelCase, as `decodeProgramError` reports them). */
export type StakingErrorName = IdlErrorName<NdStaking>;

/** `decodeProgramError` with the staking IDL (plus any others given). */
export function decodeStakingError(err: unknown): DecodedError<StakingErrorName | KnownProgramErrorName> | null {
  return decodeProgramError(ndStakingIdl, err);
}

/** True when `err` is the staking program's error `name`. */
export function isStakingError(err: unknown, name: StakingErrorName): boolean {
  const decoded = decodeStakingError(err);
  return decoded?.kind === "program" && decoded.name === name;
}
