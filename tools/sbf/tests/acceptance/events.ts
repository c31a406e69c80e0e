// Reads the acceptance program's events back from a transaction: `emit!` writes them to the log
// ("Program data: …"), `emit_cpi!` as the data of a self-invocation through the event authority.
import { BN, EventParser, Program, utils } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import type { SentTransaction } from "../../../../tests/harness";
import type { NdAcceptance } from "./client";

/** anchor-lang's EVENT_IX_TAG (0x1d9acb512ea545e4) in little-endian: marks a self-CPI event. */
const EVENT_IX_TAG_LE = Buffer.from([0xe4, 0x45, 0xa5, 0x2e, 0x51, 0xcb, 0x9a, 0x1d]);

/** An event with keys as base58 and integers as decimal strings, easy to compare with deep.equal. */
export interface PlainEvent {
  readonly name: string;
  readonly data: Readonly<Record<string, string | number | boolean>>;
}

export function logEvents(program: Program<NdAcceptance>, sent: SentTransaction): PlainEvent[] {
  const parser = new EventParser(program.programId, program.coder);
  return [...parser.parseLogs([...sent.logs])].map((e) => plain(e.name, e.data));
}

export function cpiEvents(program: Program<NdAcceptance>, sent: SentTransaction): PlainEvent[] {
  const events: PlainEvent[] = [];
  for (const inner of sent.innerInstructions) {
    for (const ix of inner.instructions) {
      if (!sent.accountKeys[ix.programIdIndex]?.equals(program.programId)) continue;
      const data = Buffer.from(utils.bytes.bs58.decode(ix.data));
      if (!data.subarray(0, 8).equals(EVENT_IX_TAG_LE)) continue;
      const decoded = program.coder.events.decode(data.subarray(8).toString("base64"));
      if (!decoded) throw new Error("a self-CPI event did not decode with the IDL's events");
      events.push(plain(decoded.name, decoded.data));
    }
  }
  return events;
}

function plain(name: string, data: object): PlainEvent {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value instanceof PublicKey) out[key] = value.toBase58();
    else if (BN.isBN(value)) out[key] = value.toString();
    else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") out[key] = value;
    else throw new Error(`event ${name}: field ${key} has an unexpected type`);
  }
  return { name, data: out };
}
