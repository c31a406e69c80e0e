import type { ErrorSource } from "./errors";

/**
 * Error tables of non-Anchor programs the protocol's flows touch, in IDL form so the error
 * decoder treats them like any program's IDL. Token-2022 shares SPL Token's first 20 codes.
 */
const TOKEN_ERRORS = [
  { code: 0, name: "notRentExempt", msg: "Lamport balance below rent-exempt threshold" },
  { code: 1, name: "insufficientFunds", msg: "Insufficient funds" },
  { code: 2, name: "invalidMint", msg: "Invalid Mint" },
  { code: 3, name: "mintMismatch", msg: "Account not associated with this Mint" },
  { code: 4, name: "ownerMismatch", msg: "Owner does not match" },
  { code: 5, name: "fixedSupply", msg: "Fixed supply" },
  { code: 6, name: "alreadyInUse", msg: "Already in use" },
  { code: 7, name: "invalidNumberOfProvidedSigners", msg: "Invalid number of provided signers" },
  { code: 8, name: "invalidNumberOfRequiredSigners", msg: "Invalid number of required signers" },
  { code: 9, name: "uninitializedState", msg: "State is uninitialized" },
  { code: 10, name: "nativeNotSupported", msg: "Instruction does not support native tokens" },
  { code: 11, name: "nonNativeHasBalance", msg: "Non-native account can only be closed if its balance is zero" },
  { code: 12, name: "invalidInstruction", msg: "Invalid instruction" },
  { code: 13, name: "invalidState", msg: "State is invalid for requested operation" },
  { code: 14, name: "overflow", msg: "Operation overflowed" },
  { code: 15, name: "authorityTypeNotSupported", msg: "Account does not support specified authority type" },
  { code: 16, name: "mintCannotFreeze", msg: "This token mint cannot freeze accounts" },
  { code: 17, name: "accountFrozen", msg: "Account is frozen" },
  { code: 18, name: "mintDecimalsMismatch", msg: "The provided decimals value different from the Mint decimals" },
  { code: 19, name: "nonNativeNotSupported", msg: "Instruction does not support non-native tokens" },
] as const;

const SYSTEM_ERRORS = [
  { code: 0, name: "accountAlreadyInUse", msg: "an account with the same address already exists" },
  { code: 1, name: "resultWithNegativeLamports", msg: "account does not have enough SOL to perform the operation" },
  { code: 2, name: "invalidProgramId", msg: "cannot assign account to this program id" },
  { code: 3, name: "invalidAccountDataLength", msg: "cannot allocate account data of this length" },
  { code: 4, name: "maxSeedLengthExceeded", msg: "length of requested seed is too long" },
  { code: 5, name: "addressWithSeedMismatch", msg: "provided address does not match addressed derived from seed" },
  { code: 6, name: "nonceNoRecentBlockhashes", msg: "advancing stored nonce requires a populated RecentBlockhashes sysvar" },
  { code: 7, name: "nonceBlockhashNotExpired", msg: "stored nonce is still in recent_blockhashes" },
  { code: 8, name: "nonceUnexpectedBlockhashValue", msg: "specified nonce does not match stored nonce" },
] as const;

export type KnownProgramErrorName = (typeof TOKEN_ERRORS)[number]["name"] | (typeof SYSTEM_ERRORS)[number]["name"];

export const SYSTEM_PROGRAM_ERRORS: ErrorSource = {
  address: "11111111111111111111111111111111",
  metadata: { name: "system" },
  errors: SYSTEM_ERRORS,
};

export const SPL_TOKEN_ERRORS: ErrorSource = {
  address: "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",
  metadata: { name: "splToken" },
  errors: TOKEN_ERRORS,
};

export const TOKEN_2022_ERRORS: ErrorSource = {
  address: "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb",
  metadata: { name: "token2022" },
  errors: TOKEN_ERRORS,
};

export const KNOWN_PROGRAM_ERRORS: readonly ErrorSource[] = [SYSTEM_PROGRAM_ERRORS, SPL_TOKEN_ERRORS, TOKEN_2022_ERRORS];
