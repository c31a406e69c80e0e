import type { IdlEvents } from "@coral-xyz/anchor";
import type { NdMarket } from "../idl";
import { ndMarketIdl } from "../idl";
import { EventSource, ParsedEvent, parseEvents } from "../events";

export type MarketEvent = ParsedEvent<NdMarket>;
export type MarketEventName = MarketEvent["name"];
/** The data of the event named `N` (amounts as anchor `BN`, keys as `PublicKey`). */
export type MarketEventData<N extends MarketEventName> = IdlEvents<NdMarket>[N];

/** The market events of a transaction (`emit!` from its logs, `emit_cpi!` from inner instructions). */
export function parseMarketEvents(source: EventSource | readonly string[]): MarketEvent[] {
  return parseEvents(ndMarketIdl, source);
}

/** The data of every `name` event in the transaction, in order. */
export function marketEventsNamed<N extends MarketEventName>(source: EventSource | readonly string[], name: N): MarketEventData<N>[] {
  // parseEvents pairs each name with its own data type; the name check selects that pairing.
  return parseMarketEvents(source)
    .filter((event) => event.name === name)
    .map((event) => event.data as MarketEventData<N>);
}
