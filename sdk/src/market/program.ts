import { Program } from "@coral-xyz/anchor";
import { Connection, PublicKey } from "@solana/web3.js";
import { NdMarket, ndMarketIdl } from "../idl";
import { ProgramAddress, findProgramAddress, seeds } from "../pda";
import { PROGRAM_IDS, programClientFor } from "../programs";

/** An anchor client of the market program (used to build instructions and decode accounts). */
export type MarketProgram = Program<NdMarket>;

export const MARKET_PROGRAM_ID: PublicKey = PROGRAM_IDS.nd_market;

const clients = new WeakMap<Connection, Map<string, MarketProgram>>();

/**
 * The market client on `connection`, for the deployed program id or another deployment of the
 * same program. Clients are cached per connection and id (building one parses the IDL).
 */
export function marketProgram(connection: Connection, programId: PublicKey = MARKET_PROGRAM_ID): MarketProgram {
  let byId = clients.get(connection);
  if (!byId) {
    byId = new Map();
    clients.set(connection, byId);
  }
  const key = programId.toBase58();
  let client = byId.get(key);
  if (!client) {
    // The generated type pins the address literal; another deployment differs only there.
    const idl = programId.equals(MARKET_PROGRAM_ID) ? ndMarketIdl : ({ ...ndMarketIdl, address: key } as Omit<NdMarket, "address"> as NdMarket);
    client = programClientFor(idl, connection);
    byId.set(key, client);
  }
  return client;
}

/** Signer of the program's `emit_cpi!` self-invocations (Anchor's `__event_authority` PDA). */
export const findEventAuthorityAddress = (programId: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("__event_authority")]);
