import { AnchorError, LangErrorCode, LangErrorMessage } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import camelcase from "camelcase";
import { KNOWN_PROGRAM_ERRORS, KnownProgramErrorName } from "./known-program-errors";
import {
  InstructionErrorName,
  TransactionErrorJson,
  TransactionErrorName,
  isTransactionErrorJson,
  transactionErrorFromMessage,
  transactionErrorMessage,
  transactionErrorName,
} from "./svm-errors";

/** What the decoder needs from a program's IDL (any anchor `Idl` fits). */
export interface ErrorSource {
  readonly address: string;
  readonly metadata: { readonly name: string };
  readonly errors?: readonly { readonly code: number; readonly name: string; readonly msg?: string }[];
}

export type IdlErrorName<S extends ErrorSource> = NonNullable<S["errors"]>[number]["name"];
export type AnchorFrameworkErrorName = keyof typeof LangErrorCode;

interface DecodedBase {
  /** Human-readable explanation. */
  readonly message: string;
  readonly logs: readonly string[];
}

/** A program's own error (`#[error_code]` in Anchor, or a known program's error enum). */
export interface DecodedProgramError<N extends string = string> extends DecodedBase {
  readonly kind: "program";
  readonly programId: PublicKey;
  readonly programName: string;
  readonly code: number;
  readonly name: N;
  readonly instructionIndex: number | null;
}

/** An error raised by the Anchor framework itself (constraints, account checks, …). */
export interface DecodedAnchorError extends DecodedBase {
  readonly kind: "anchor";
  readonly programId: PublicKey | null;
  readonly code: number;
  readonly name: AnchorFrameworkErrorName;
  readonly instructionIndex: number | null;
  /** The account or source location the program named, when it logged one. */
  readonly origin: string | null;
  /** The two values a failed comparison constraint logged, as text. */
  readonly comparedValues: readonly [string, string] | null;
}

/** A custom error code no known IDL explains. */
export interface DecodedCustomError extends DecodedBase {
  readonly kind: "custom";
  readonly programId: PublicKey | null;
  readonly code: number;
  readonly instructionIndex: number | null;
}

/** A runtime failure of one instruction (missing signature, account data too small, …). */
export interface DecodedInstructionError extends DecodedBase {
  readonly kind: "instruction";
  readonly programId: PublicKey | null;
  readonly name: InstructionErrorName;
  readonly instructionIndex: number;
}

/** A failure of the transaction as a whole (blockhash not found, fee not payable, …). */
export interface DecodedTransactionError extends DecodedBase {
  readonly kind: "transaction";
  readonly name: TransactionErrorName;
}

export type DecodedError<N extends string = string> =
  | DecodedProgramError<N>
  | DecodedAnchorError
  | DecodedCustomError
  | DecodedInstructionError
  | DecodedTransactionError;

/**
 * Decodes any error a send/simulate/confirm path produces — web3.js `SendTransactionError`,
 * anchor `AnchorError`/`ProgramError`, a confirmation's `err` value, the test harness's errors —
 * into a typed error. Program errors are named from the given IDLs (then from the known
 * System/SPL Token tables); Anchor framework errors from anchor's own table; runtime errors by
 * their variant. Returns null when `err` carries nothing recognisable.
 */
export function decodeProgramError<S extends ErrorSource>(
  sources: S | readonly S[],
  err: unknown,
): DecodedError<IdlErrorName<S> | KnownProgramErrorName> | null {
  const idls: readonly ErrorSource[] = [...(isSourceList(sources) ? sources : [sources]), ...KNOWN_PROGRAM_ERRORS];
  const logs = logsOf(err);
  const txError = txErrorOf(err);
  const instructionIndex = txError !== null && typeof txError === "object" && "InstructionError" in txError ? txError.InstructionError[0] : null;
  const failing = failingProgram(logs);
  type Name = IdlErrorName<S> | KnownProgramErrorName;

  const anchorError = parseAnchorError(logs);
  if (anchorError) {
    const code = anchorError.error.errorCode.number;
    const programId = programOf(anchorError) ?? failing?.programId ?? null;
    const source = programId ? idls.find((s) => s.address === programId.toBase58()) : undefined;
    const fromIdl = source?.errors?.find((e) => e.code === code);
    if (programId && (fromIdl || !isFrameworkCode(code))) {
      return {
        kind: "program",
        programId,
        programName: source?.metadata.name ?? programId.toBase58(),
        code,
        name: camel(fromIdl?.name ?? anchorError.error.errorCode.code) as Name,
        message: fromIdl?.msg ?? anchorError.error.errorMessage,
        instructionIndex,
        logs,
      };
    }
    return {
      kind: "anchor",
      programId,
      code,
      name: frameworkName(code) ?? (anchorError.error.errorCode.code as AnchorFrameworkErrorName),
      message: anchorError.error.errorMessage,
      instructionIndex,
      origin: originText(anchorError.error.origin),
      comparedValues: comparedText(anchorError.error.comparedValues),
      logs,
    };
  }

  const innerError = instructionIndex !== null && txError !== null && typeof txError === "object" && "InstructionError" in txError
    ? txError.InstructionError[1]
    : null;
  const customCode = innerError !== null && typeof innerError === "object" && "Custom" in innerError ? innerError.Custom : failing?.customCode;
  if (customCode !== undefined) {
    const programId = failing?.programId ?? null;
    const source = programId ? idls.find((s) => s.address === programId.toBase58()) : undefined;
    const fromIdl = source?.errors?.find((e) => e.code === customCode);
    if (programId && source && fromIdl) {
      return {
        kind: "program",
        programId,
        programName: source.metadata.name,
        code: customCode,
        name: camel(fromIdl.name) as Name,
        message: fromIdl.msg ?? fromIdl.name,
        instructionIndex,
        logs,
      };
    }
    const knownNonAnchor = source !== undefined && KNOWN_PROGRAM_ERRORS.includes(source);
    const framework = frameworkName(customCode);
    if (framework && !knownNonAnchor) {
      return {
        kind: "anchor",
        programId,
        code: customCode,
        name: framework,
        message: LangErrorMessage.get(customCode) ?? framework,
        instructionIndex,
        origin: null,
        comparedValues: null,
        logs,
      };
    }
    return {
      kind: "custom",
      programId,
      code: customCode,
      message: `custom program error: 0x${customCode.toString(16)}`,
      instructionIndex,
      logs,
    };
  }

  if (txError === null) return null;
  if (instructionIndex !== null && typeof innerError === "string") {
    return {
      kind: "instruction",
      programId: failing?.programId ?? null,
      name: innerError,
      instructionIndex,
      message: transactionErrorMessage(txError),
      logs,
    };
  }
  if (instructionIndex !== null && innerError !== null && typeof innerError === "object" && "BorshIoError" in innerError) {
    return {
      kind: "instruction",
      programId: failing?.programId ?? null,
      name: "BorshIoError",
      instructionIndex,
      message: transactionErrorMessage(txError),
      logs,
    };
  }
  return { kind: "transaction", name: transactionErrorName(txError), message: transactionErrorMessage(txError), logs };
}

/** An error thrown by this SDK's actions: the decoded error plus what was sent. */
export class NormalDanceTransactionError<N extends string = string> extends Error {
  readonly decoded: DecodedError<N> | null;
  readonly signature: string | null;
  readonly logs: readonly string[];

  constructor(args: { decoded: DecodedError<N> | null; signature: string | null; cause: unknown }) {
    const detail = args.decoded ? describeDecodedError(args.decoded) : messageOf(args.cause);
    super(args.signature ? `transaction ${args.signature} failed: ${detail}` : `transaction failed: ${detail}`, { cause: args.cause });
    this.name = "NormalDanceTransactionError";
    this.decoded = args.decoded;
    this.signature = args.signature;
    this.logs = args.decoded?.logs ?? logsOf(args.cause);
  }
}

/** One line naming the error: `splToken.insufficientFunds (1): Insufficient funds`. */
export function describeDecodedError(decoded: DecodedError): string {
  switch (decoded.kind) {
    case "program":
      return `${decoded.programName}.${decoded.name} (${decoded.code}): ${decoded.message}`;
    case "anchor":
      return `anchor.${decoded.name} (${decoded.code}): ${decoded.message}${decoded.origin ? ` [${decoded.origin}]` : ""}`;
    case "custom":
      return `${decoded.programId?.toBase58() ?? "unknown program"}: ${decoded.message}`;
    case "instruction":
      return `instruction ${decoded.instructionIndex} ${decoded.name}: ${decoded.message}`;
    case "transaction":
      return `${decoded.name}: ${decoded.message}`;
  }
}

function isSourceList<S extends ErrorSource>(sources: S | readonly S[]): sources is readonly S[] {
  return Array.isArray(sources);
}

function isFrameworkCode(code: number): boolean {
  return LangErrorMessage.has(code);
}

let frameworkNames: Map<number, AnchorFrameworkErrorName> | null = null;
function frameworkName(code: number): AnchorFrameworkErrorName | null {
  frameworkNames ??= new Map(
    (Object.entries(LangErrorCode) as [AnchorFrameworkErrorName, number][]).map(([name, number]) => [number, name]),
  );
  return frameworkNames.get(code) ?? null;
}

/** IDL JSON spells error names as Rust does; the generated types (and anchor's Program) use camelCase. */
function camel(name: string): string {
  return camelcase(name, { locale: false });
}

function property(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : null;
}

function logsOf(err: unknown): string[] {
  for (const key of ["logs", "logLines", "transactionLogs", "logMessages"]) {
    const found = stringArray(property(err, key));
    if (found) return found;
  }
  const nested = stringArray(property(property(err, "simulationResponse"), "logs")) ?? stringArray(property(property(err, "meta"), "logMessages"));
  return nested ?? [];
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === "string" ? err : "";
}

function txErrorOf(err: unknown): TransactionErrorJson | null {
  const candidates = [
    err,
    property(err, "txError"),
    property(err, "err"),
    property(property(err, "value"), "err"),
    property(property(err, "meta"), "err"),
    property(property(err, "simulationResponse"), "err"),
  ];
  for (const candidate of candidates) if (isTransactionErrorJson(candidate)) return candidate;
  return transactionErrorFromMessage(messageOf(err));
}

/** The innermost program that failed, from `Program <id> failed: …` (the first such line). */
function failingProgram(logs: readonly string[]): { programId: PublicKey; customCode?: number } | null {
  for (const line of logs) {
    const failed = /^Program ([1-9A-HJ-NP-Za-km-z]{32,44}) failed: (.*)$/.exec(line);
    if (!failed) continue;
    const custom = /custom program error: 0x([0-9a-fA-F]+)/.exec(failed[2]);
    return { programId: new PublicKey(failed[1]), customCode: custom ? parseInt(custom[1], 16) : undefined };
  }
  return null;
}

function parseAnchorError(logs: readonly string[]): AnchorError | null {
  try {
    return AnchorError.parse([...logs]);
  } catch {
    // A truncated or unusual log tail is not an AnchorError.
    return null;
  }
}

function programOf(error: AnchorError): PublicKey | null {
  const stack = error.programErrorStack;
  return stack.length > 0 ? stack[stack.length - 1] : null;
}

function originText(origin: AnchorError["error"]["origin"]): string | null {
  if (origin === undefined) return null;
  return typeof origin === "string" ? origin : `${origin.file}:${origin.line}`;
}

function comparedText(values: AnchorError["error"]["comparedValues"]): readonly [string, string] | null {
  if (!values || values.length < 2) return null;
  return [values[0].toString(), values[1].toString()];
}
