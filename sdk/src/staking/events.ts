import { EventSource, ParsedEvent, parseEvents } from "../events";
import { NdStaking, ndStakingIdl } from "../idl";

export type StakingEvent = ParsedEvent<NdStaking>;

/** The staking program's events in a transaction (`emit_cpi!` money moves and `emit!` changes). */
export function parseStakingEvents(source: EventSource | readonly string[]): StakingEvent[] {
  return parseEvents(ndStakingIdl, source);
}
