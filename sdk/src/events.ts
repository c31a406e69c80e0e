import { BorshCoder, Idl, IdlEvents, utils } from "@coral-xyz/anchor";
import { PublicKey, VersionedTransactionResponse } from "@solana/web3.js";
import { Buffer } from "buffer";
import { camelCaseIdl } from "./idl-names";

/** Anchor's `emit_cpi!` prefix: the little-endian bytes of `EVENT_IX_TAG` (0x1d9acb512ea545e4). */
export const EVENT_IX_TAG_LE: Uint8Array = Uint8Array.from([0xe4, 0x45, 0xa5, 0x2e, 0x51, 0xcb, 0x9a, 0x1d]);

type EventKey<I extends Idl> = keyof IdlEvents<I> & string;

/** A decoded event, typed from the IDL: `name` narrows `data`. */
export type ParsedEvent<I extends Idl> = {
  [N in EventKey<I>]: {
    readonly name: N;
    readonly data: IdlEvents<I>[N];
    readonly programId: PublicKey;
    /** `log` for `emit!` ("Program data:"), `cpi` for `emit_cpi!` (self-invocation). */
    readonly via: "log" | "cpi";
    /** Top-level instruction that produced it. */
    readonly instructionIndex: number;
  };
}[EventKey<I>];

export interface InnerInstructionLike {
  readonly programIdIndex: number;
  /** Base58, as RPC nodes return it. */
  readonly data: string;
}

/** The parts of a transaction events live in; `logs` alone is enough for `emit!`. */
export interface EventSource {
  readonly logs?: readonly string[] | null;
  readonly accountKeys?: readonly PublicKey[];
  readonly innerInstructions?: readonly { readonly index: number; readonly instructions: readonly InnerInstructionLike[] }[] | null;
}

/** The event-bearing parts of a `getTransaction(sig, { maxSupportedTransactionVersion: 0 })` answer. */
export function eventSourceFromTransaction(tx: VersionedTransactionResponse): EventSource {
  const loaded = tx.meta?.loadedAddresses ?? { writable: [], readonly: [] };
  return {
    logs: tx.meta?.logMessages ?? [],
    accountKeys: [...tx.transaction.message.staticAccountKeys, ...loaded.writable, ...loaded.readonly],
    innerInstructions: tx.meta?.innerInstructions ?? [],
  };
}

const coders = new WeakMap<Idl, BorshCoder>();
function coderFor(idl: Idl): BorshCoder {
  let coder = coders.get(idl);
  if (!coder) {
    coder = new BorshCoder(camelCaseIdl(idl));
    coders.set(idl, coder);
  }
  return coder;
}

/**
 * All events `idl`'s program emitted in a transaction: `emit!` events from its own
 * "Program data:" log lines (never those of other programs, even when they share a
 * discriminator), then `emit_cpi!` events from its self-invocations, in instruction order.
 */
export function parseEvents<I extends Idl>(idl: I, source: EventSource | readonly string[]): ParsedEvent<I>[] {
  const normalised: EventSource = isLogList(source) ? { logs: source } : source;
  return [...parseLogEvents(idl, normalised.logs ?? []), ...parseCpiEvents(idl, normalised)];
}

export function parseLogEvents<I extends Idl>(idl: I, logs: readonly string[]): ParsedEvent<I>[] {
  const programId = idl.address;
  const coder = coderFor(idl);
  const stack: string[] = [];
  const events: ParsedEvent<I>[] = [];
  let instructionIndex = -1;
  for (const line of logs) {
    const invoke = /^Program ([1-9A-HJ-NP-Za-km-z]+) invoke \[(\d+)\]$/.exec(line);
    if (invoke) {
      if (invoke[2] === "1") instructionIndex += 1;
      stack.push(invoke[1]);
      continue;
    }
    if (/^Program [1-9A-HJ-NP-Za-km-z]+ (success|failed: )/.test(line)) {
      stack.pop();
      continue;
    }
    if (line.startsWith("Program data: ") && stack[stack.length - 1] === programId) {
      const decoded = coder.events.decode(line.slice("Program data: ".length));
      if (decoded) events.push(toEvent<I>(decoded, programId, "log", instructionIndex));
    }
  }
  return events;
}

export function parseCpiEvents<I extends Idl>(idl: I, source: EventSource): ParsedEvent<I>[] {
  const keys = source.accountKeys ?? [];
  const coder = coderFor(idl);
  const events: ParsedEvent<I>[] = [];
  for (const inner of source.innerInstructions ?? []) {
    for (const ix of inner.instructions) {
      if (keys[ix.programIdIndex]?.toBase58() !== idl.address) continue;
      const data = Buffer.from(utils.bytes.bs58.decode(ix.data));
      if (data.length < 16 || !data.subarray(0, 8).equals(EVENT_IX_TAG_LE)) continue;
      const decoded = coder.events.decode(data.subarray(8).toString("base64"));
      if (decoded) events.push(toEvent<I>(decoded, idl.address, "cpi", inner.index));
    }
  }
  return events;
}

function toEvent<I extends Idl>(
  decoded: { name: string; data: unknown },
  programId: string,
  via: "log" | "cpi",
  instructionIndex: number,
): ParsedEvent<I> {
  return { name: decoded.name, data: decoded.data, programId: new PublicKey(programId), via, instructionIndex } as ParsedEvent<I>;
}

function isLogList(source: EventSource | readonly string[]): source is readonly string[] {
  return Array.isArray(source);
}
