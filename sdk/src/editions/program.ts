import { Program } from "@coral-xyz/anchor";
import { Connection, PublicKey } from "@solana/web3.js";
import { NdEditions, ndEditionsIdl } from "../idl";
import { PROGRAM_IDS, programClientFor } from "../programs";

/** An anchor client of the editions program (builds instructions, decodes accounts). */
export type EditionsProgram = Program<NdEditions>;

export const EDITIONS_PROGRAM_ID: PublicKey = PROGRAM_IDS.nd_editions;

const clients = new WeakMap<Connection, Map<string, EditionsProgram>>();

/** The editions client on `connection` for the deployed id or another deployment (cached: building one parses the IDL). */
export function editionsProgram(connection: Connection, programId: PublicKey = EDITIONS_PROGRAM_ID): EditionsProgram {
  const byId = clients.get(connection) ?? new Map<string, EditionsProgram>();
  clients.set(connection, byId);
  const key = programId.toBase58();
  const cached = byId.get(key);
  if (cached) return cached;
  // The generated type pins the address literal; another deployment differs only there.
  const idl = programId.equals(EDITIONS_PROGRAM_ID) ? ndEditionsIdl : ({ ...ndEditionsIdl, address: key } as Omit<NdEditions, "address"> as NdEditions);
  const client = programClientFor(idl, connection);
  byId.set(key, client);
  return client;
}
