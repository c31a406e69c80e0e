import type { FailedTransactionMetadata } from "litesvm";
// The concrete error classes are only exported by litesvm's native binding module.
import * as native from "litesvm/dist/internal";
import {
  INSTRUCTION_ERROR_NAMES,
  InstructionErrorJson,
  TRANSACTION_ERROR_NAMES,
  TransactionErrorJson,
} from "../../sdk/src/svm-errors";

type LiteSvmError = ReturnType<FailedTransactionMetadata["err"]>;
type LiteSvmInstructionError = ReturnType<native.TransactionErrorInstructionError["err"]>;

/** LiteSVM's error objects → the JSON a cluster's RPC reports, so both lanes throw the same thing. */
export function toTransactionErrorJson(err: LiteSvmError): TransactionErrorJson {
  if (typeof err === "number") return fieldless(TRANSACTION_ERROR_NAMES, err, "TransactionError");
  if (err instanceof native.TransactionErrorInstructionError) {
    return { InstructionError: [err.index, toInstructionErrorJson(err.err())] };
  }
  if (err instanceof native.TransactionErrorDuplicateInstruction) return { DuplicateInstruction: err.index };
  if (err instanceof native.TransactionErrorInsufficientFundsForRent) {
    return { InsufficientFundsForRent: { account_index: err.accountIndex } };
  }
  if (err instanceof native.TransactionErrorProgramExecutionTemporarilyRestricted) {
    return { ProgramExecutionTemporarilyRestricted: { account_index: err.accountIndex } };
  }
  throw new Error(`unrecognised LiteSVM transaction error: ${String(err)}`);
}

function toInstructionErrorJson(err: LiteSvmInstructionError): InstructionErrorJson {
  if (typeof err === "number") return fieldless(INSTRUCTION_ERROR_NAMES, err, "InstructionError");
  if (err instanceof native.InstructionErrorCustom) return { Custom: err.code };
  if (err instanceof native.InstructionErrorBorshIo) return { BorshIoError: err.msg };
  throw new Error(`unrecognised LiteSVM instruction error: ${String(err)}`);
}

function fieldless<T extends string>(names: readonly T[], index: number, what: string): T {
  const name = names[index];
  if (name === undefined) throw new Error(`unknown ${what} variant #${index} from LiteSVM`);
  return name;
}
