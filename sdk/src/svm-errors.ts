/**
 * Runtime (SVM) error vocabulary: the JSON shape a cluster's RPC returns for a failed
 * transaction (`meta.err`, `SignatureResult.err`) and the runtime's own wording for it.
 * This module has no imports so both the SDK and the test harness can use it as a leaf.
 */

/** InstructionError variants that carry no data, in the runtime's enum order. */
export const INSTRUCTION_ERROR_NAMES = [
  "GenericError", "InvalidArgument", "InvalidInstructionData", "InvalidAccountData",
  "AccountDataTooSmall", "InsufficientFunds", "IncorrectProgramId", "MissingRequiredSignature",
  "AccountAlreadyInitialized", "UninitializedAccount", "UnbalancedInstruction", "ModifiedProgramId",
  "ExternalAccountLamportSpend", "ExternalAccountDataModified", "ReadonlyLamportChange",
  "ReadonlyDataModified", "DuplicateAccountIndex", "ExecutableModified", "RentEpochModified",
  "NotEnoughAccountKeys", "AccountDataSizeChanged", "AccountNotExecutable", "AccountBorrowFailed",
  "AccountBorrowOutstanding", "DuplicateAccountOutOfSync", "InvalidError", "ExecutableDataModified",
  "ExecutableLamportChange", "ExecutableAccountNotRentExempt", "UnsupportedProgramId", "CallDepth",
  "MissingAccount", "ReentrancyNotAllowed", "MaxSeedLengthExceeded", "InvalidSeeds", "InvalidRealloc",
  "ComputationalBudgetExceeded", "PrivilegeEscalation", "ProgramEnvironmentSetupFailure",
  "ProgramFailedToComplete", "ProgramFailedToCompile", "Immutable", "IncorrectAuthority",
  "AccountNotRentExempt", "InvalidAccountOwner", "ArithmeticOverflow", "UnsupportedSysvar",
  "IllegalOwner", "MaxAccountsDataAllocationsExceeded", "MaxAccountsExceeded",
  "MaxInstructionTraceLengthExceeded", "BuiltinProgramsMustConsumeComputeUnits", "BorshIoError",
] as const;
export type InstructionErrorName = (typeof INSTRUCTION_ERROR_NAMES)[number];

/** TransactionError variants that carry no data, in the runtime's enum order. */
export const TRANSACTION_ERROR_NAMES = [
  "AccountInUse", "AccountLoadedTwice", "AccountNotFound", "ProgramAccountNotFound",
  "InsufficientFundsForFee", "InvalidAccountForFee", "AlreadyProcessed", "BlockhashNotFound",
  "CallChainTooDeep", "MissingSignatureForFee", "InvalidAccountIndex", "SignatureFailure",
  "InvalidProgramForExecution", "SanitizeFailure", "ClusterMaintenance", "AccountBorrowOutstanding",
  "WouldExceedMaxBlockCostLimit", "UnsupportedVersion", "InvalidWritableAccount",
  "WouldExceedMaxAccountCostLimit", "WouldExceedAccountDataBlockLimit", "TooManyAccountLocks",
  "AddressLookupTableNotFound", "InvalidAddressLookupTableOwner", "InvalidAddressLookupTableData",
  "InvalidAddressLookupTableIndex", "InvalidRentPayingAccount", "WouldExceedMaxVoteCostLimit",
  "WouldExceedAccountDataTotalLimit", "MaxLoadedAccountsDataSizeExceeded", "ResanitizationNeeded",
  "InvalidLoadedAccountsDataSizeLimit", "UnbalancedTransaction", "ProgramCacheHitMaxLimit",
  "CommitCancelled",
] as const;
export type TransactionErrorName =
  | (typeof TRANSACTION_ERROR_NAMES)[number]
  | "InstructionError"
  | "DuplicateInstruction"
  | "InsufficientFundsForRent"
  | "ProgramExecutionTemporarilyRestricted";

/** `InstructionError`'s inner value as serialised by the RPC. */
export type InstructionErrorJson = InstructionErrorName | { Custom: number } | { BorshIoError: string };

/** A transaction's error as serialised by the RPC (`meta.err`). */
export type TransactionErrorJson =
  | (typeof TRANSACTION_ERROR_NAMES)[number]
  | { InstructionError: [number, InstructionErrorJson] }
  | { DuplicateInstruction: number }
  | { InsufficientFundsForRent: { account_index: number } }
  | { ProgramExecutionTemporarilyRestricted: { account_index: number } };

const INSTRUCTION_ERROR_MESSAGES: Readonly<Record<InstructionErrorName, string>> = {
  GenericError: "generic instruction error",
  InvalidArgument: "invalid program argument",
  InvalidInstructionData: "invalid instruction data",
  InvalidAccountData: "invalid account data for instruction",
  AccountDataTooSmall: "account data too small for instruction",
  InsufficientFunds: "insufficient funds for instruction",
  IncorrectProgramId: "incorrect program id for instruction",
  MissingRequiredSignature: "missing required signature for instruction",
  AccountAlreadyInitialized: "instruction requires an uninitialized account",
  UninitializedAccount: "instruction requires an initialized account",
  UnbalancedInstruction: "sum of account balances before and after instruction do not match",
  ModifiedProgramId: "instruction illegally modified the program id of an account",
  ExternalAccountLamportSpend: "instruction spent from the balance of an account it does not own",
  ExternalAccountDataModified: "instruction modified data of an account it does not own",
  ReadonlyLamportChange: "instruction changed the balance of a read-only account",
  ReadonlyDataModified: "instruction modified data of a read-only account",
  DuplicateAccountIndex: "instruction contains duplicate accounts",
  ExecutableModified: "instruction changed executable bit of an account",
  RentEpochModified: "instruction modified rent epoch of an account",
  NotEnoughAccountKeys: "insufficient account keys for instruction",
  AccountDataSizeChanged: "program other than the account's owner changed the size of the account data",
  AccountNotExecutable: "instruction expected an executable account",
  AccountBorrowFailed: "instruction tries to borrow reference for an account which is already borrowed",
  AccountBorrowOutstanding: "instruction left account with an outstanding borrowed reference",
  DuplicateAccountOutOfSync: "instruction modifications of multiply-passed account differ",
  InvalidError: "program returned invalid error code",
  ExecutableDataModified: "instruction changed executable accounts data",
  ExecutableLamportChange: "instruction changed the balance of an executable account",
  ExecutableAccountNotRentExempt: "executable accounts must be rent exempt",
  UnsupportedProgramId: "Unsupported program id",
  CallDepth: "Cross-program invocation call depth too deep",
  MissingAccount: "An account required by the instruction is missing",
  ReentrancyNotAllowed: "Cross-program invocation reentrancy not allowed for this instruction",
  MaxSeedLengthExceeded: "Length of the seed is too long for address generation",
  InvalidSeeds: "Provided seeds do not result in a valid address",
  InvalidRealloc: "Failed to reallocate account data",
  ComputationalBudgetExceeded: "Computational budget exceeded",
  PrivilegeEscalation: "Cross-program invocation with unauthorized signer or writable account",
  ProgramEnvironmentSetupFailure: "Failed to create program execution environment",
  ProgramFailedToComplete: "Program failed to complete",
  ProgramFailedToCompile: "Program failed to compile",
  Immutable: "Account is immutable",
  IncorrectAuthority: "Incorrect authority provided",
  AccountNotRentExempt: "An account does not have enough lamports to be rent-exempt",
  InvalidAccountOwner: "Invalid account owner",
  ArithmeticOverflow: "Program arithmetic overflowed",
  UnsupportedSysvar: "Unsupported sysvar",
  IllegalOwner: "Provided owner is not allowed",
  MaxAccountsDataAllocationsExceeded: "Accounts data allocations exceeded the maximum allowed per transaction",
  MaxAccountsExceeded: "Max accounts exceeded",
  MaxInstructionTraceLengthExceeded: "Max instruction trace length exceeded",
  BuiltinProgramsMustConsumeComputeUnits: "Builtin programs must consume compute units",
  BorshIoError: "Failed to serialize or deserialize account data",
};

const TRANSACTION_ERROR_MESSAGES: Readonly<Record<(typeof TRANSACTION_ERROR_NAMES)[number], string>> = {
  AccountInUse: "Account in use",
  AccountLoadedTwice: "Account loaded twice",
  AccountNotFound: "Attempt to debit an account but found no record of a prior credit.",
  ProgramAccountNotFound: "Attempt to load a program that does not exist",
  InsufficientFundsForFee: "Insufficient funds for fee",
  InvalidAccountForFee: "This account may not be used to pay transaction fees",
  AlreadyProcessed: "This transaction has already been processed",
  BlockhashNotFound: "Blockhash not found",
  CallChainTooDeep: "Loader call chain is too deep",
  MissingSignatureForFee: "Transaction requires a fee but has no signature present",
  InvalidAccountIndex: "Transaction contains an invalid account reference",
  SignatureFailure: "Transaction did not pass signature verification",
  InvalidProgramForExecution: "This program may not be used for executing instructions",
  SanitizeFailure: "Transaction failed to sanitize accounts offsets correctly",
  ClusterMaintenance: "Transactions are currently disabled due to cluster maintenance",
  AccountBorrowOutstanding: "Transaction processing left an account with an outstanding borrowed reference",
  WouldExceedMaxBlockCostLimit: "Transaction would exceed max Block Cost Limit",
  UnsupportedVersion: "Transaction version is unsupported",
  InvalidWritableAccount: "Transaction loads a writable account that cannot be written",
  WouldExceedMaxAccountCostLimit: "Transaction would exceed max account limit within the block",
  WouldExceedAccountDataBlockLimit: "Transaction would exceed account data limit within the block",
  TooManyAccountLocks: "Transaction locked too many accounts",
  AddressLookupTableNotFound: "Transaction loads an address table account that doesn't exist",
  InvalidAddressLookupTableOwner: "Transaction loads an address table account with an invalid owner",
  InvalidAddressLookupTableData: "Transaction loads an address table account with invalid data",
  InvalidAddressLookupTableIndex: "Transaction address table lookup uses an invalid index",
  InvalidRentPayingAccount: "Transaction leaves an account with a lower balance than rent-exempt minimum",
  WouldExceedMaxVoteCostLimit: "Transaction would exceed max Vote Cost Limit",
  WouldExceedAccountDataTotalLimit: "Transaction would exceed total account data limit",
  MaxLoadedAccountsDataSizeExceeded: "Transaction exceeded max loaded accounts data size cap",
  ResanitizationNeeded: "Sanitized transaction differed before/after feature activation. Needs to be resanitized.",
  InvalidLoadedAccountsDataSizeLimit: "LoadedAccountsDataSizeLimit set for transaction must be greater than 0.",
  UnbalancedTransaction: "Sum of account balances before and after transaction do not match",
  ProgramCacheHitMaxLimit: "Program cache hit max limit",
  CommitCancelled: "Commit cancelled",
};

export function isInstructionErrorName(value: unknown): value is InstructionErrorName {
  return typeof value === "string" && (INSTRUCTION_ERROR_NAMES as readonly string[]).includes(value);
}

export function isTransactionErrorName(value: unknown): value is (typeof TRANSACTION_ERROR_NAMES)[number] {
  return typeof value === "string" && (TRANSACTION_ERROR_NAMES as readonly string[]).includes(value);
}

/** Structural check for an RPC `meta.err` value. */
export function isTransactionErrorJson(value: unknown): value is TransactionErrorJson {
  if (isTransactionErrorName(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const [key] = keys;
  const inner: unknown = (value as Record<string, unknown>)[key];
  switch (key) {
    case "InstructionError":
      return Array.isArray(inner) && inner.length === 2 && typeof inner[0] === "number" && isInstructionErrorJson(inner[1]);
    case "DuplicateInstruction":
      return typeof inner === "number";
    case "InsufficientFundsForRent":
    case "ProgramExecutionTemporarilyRestricted":
      return typeof inner === "object" && inner !== null && typeof (inner as { account_index?: unknown }).account_index === "number";
    default:
      return false;
  }
}

export function isInstructionErrorJson(value: unknown): value is InstructionErrorJson {
  if (isInstructionErrorName(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const v = value as { Custom?: unknown; BorshIoError?: unknown };
  return typeof v.Custom === "number" || typeof v.BorshIoError === "string";
}

/** The runtime's wording for an instruction error, e.g. `custom program error: 0x1770`. */
export function instructionErrorMessage(err: InstructionErrorJson): string {
  if (typeof err === "string") return INSTRUCTION_ERROR_MESSAGES[err];
  if ("Custom" in err) return `custom program error: 0x${err.Custom.toString(16)}`;
  return `${INSTRUCTION_ERROR_MESSAGES.BorshIoError}: ${err.BorshIoError}`;
}

/** The runtime's wording for a transaction error, as RPC nodes put it in error messages. */
export function transactionErrorMessage(err: TransactionErrorJson): string {
  if (typeof err === "string") return TRANSACTION_ERROR_MESSAGES[err];
  if ("InstructionError" in err) {
    const [index, inner] = err.InstructionError;
    return `Error processing Instruction ${index}: ${instructionErrorMessage(inner)}`;
  }
  if ("DuplicateInstruction" in err) {
    return `Transaction contains a duplicate instruction (${err.DuplicateInstruction}) that is not allowed`;
  }
  if ("InsufficientFundsForRent" in err) {
    return `Transaction results in an account (${err.InsufficientFundsForRent.account_index}) with insufficient funds for rent`;
  }
  return `Execution of the program referenced by account at index ${err.ProgramExecutionTemporarilyRestricted.account_index} is temporarily restricted.`;
}

/** The variant name of a transaction error (`InstructionError`, `BlockhashNotFound`, …). */
export function transactionErrorName(err: TransactionErrorJson): TransactionErrorName {
  if (typeof err === "string") return err;
  return Object.keys(err)[0] as TransactionErrorName;
}

/**
 * Recovers the runtime error from an RPC node's error text (`Transaction simulation failed:
 * Error processing Instruction 0: custom program error: 0x1`), for errors that carry no
 * structured `err`, such as a wallet's rethrown preflight failure.
 */
export function transactionErrorFromMessage(text: string): TransactionErrorJson | null {
  const instruction = /Error processing Instruction (\d+): ([^\n]*)/.exec(text);
  if (instruction) {
    const index = Number(instruction[1]);
    const detail = instruction[2];
    const custom = /custom program error: 0x([0-9a-fA-F]+)/.exec(detail);
    if (custom) return { InstructionError: [index, { Custom: parseInt(custom[1], 16) }] };
    // Longest message first: several messages are prefixes of others.
    const byLength = [...INSTRUCTION_ERROR_NAMES].sort(
      (a, b) => INSTRUCTION_ERROR_MESSAGES[b].length - INSTRUCTION_ERROR_MESSAGES[a].length,
    );
    const name = byLength.find((n) => n !== "BorshIoError" && detail.startsWith(INSTRUCTION_ERROR_MESSAGES[n]));
    if (name) return { InstructionError: [index, name] };
    if (detail.startsWith(INSTRUCTION_ERROR_MESSAGES.BorshIoError)) {
      return { InstructionError: [index, { BorshIoError: detail.slice(INSTRUCTION_ERROR_MESSAGES.BorshIoError.length + 2) }] };
    }
    return null;
  }
  const rent = /Transaction results in an account \((\d+)\) with insufficient funds for rent/.exec(text);
  if (rent) return { InsufficientFundsForRent: { account_index: Number(rent[1]) } };
  const name = TRANSACTION_ERROR_NAMES.find((n) => text.includes(TRANSACTION_ERROR_MESSAGES[n]));
  return name ?? null;
}
