import type { IdlEvents } from "@coral-xyz/anchor";
import { EventSource, ParsedEvent, parseEvents } from "../events";
import { NdEditions, ndEditionsIdl } from "../idl";

export type EditionsEvent = ParsedEvent<NdEditions>;
export type EditionsEventName = EditionsEvent["name"];
/** The data of the event named `N` (amounts as anchor `BN`, keys as `PublicKey`). */
export type EditionsEventData<N extends EditionsEventName> = IdlEvents<NdEditions>[N];

/** The editions events of a transaction (`emit!` from its logs, `emit_cpi!` from inner instructions). */
export function parseEditionsEvents(source: EventSource | readonly string[]): EditionsEvent[] {
  return parseEvents(ndEditionsIdl, source);
}

/** The data of every `name` event in the transaction, in order. */
export function editionsEventsNamed<N extends EditionsEventName>(source: EventSource | readonly string[], name: N): EditionsEventData<N>[] {
  return parseEditionsEvents(source)
    .filter((event) => event.name === name)
    .map((event) => event.data as EditionsEventData<N>);
}
