import { Idl, Program } from "@coral-xyz/anchor";
import { Connection, PublicKey } from "@solana/web3.js";
import { IDLS, Idls, ProgramName } from "./idl";

export const SYSTEM_PROGRAM_ID = new PublicKey("11111111111111111111111111111111");
export const TOKEN_PROGRAM_ID = new PublicKey("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
export const TOKEN_2022_PROGRAM_ID = new PublicKey("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");
export const ASSOCIATED_TOKEN_PROGRAM_ID = new PublicKey("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");
export const TOKEN_METADATA_PROGRAM_ID = new PublicKey("metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s");
export const COMPUTE_BUDGET_PROGRAM_ID = new PublicKey("ComputeBudget111111111111111111111111111111");

export type ProgramIds = { readonly [N in ProgramName]: PublicKey };

/**
 * The project's program ids, from each synced IDL's `address` (which the build takes from the
 * program's `declare_id!`, itself matching `target/deploy/<name>-keypair.json` and Anchor.toml).
 */
export const PROGRAM_IDS: ProgramIds = Object.freeze(
  Object.fromEntries(Object.entries<Idl>(IDLS).map(([name, idl]) => [name, new PublicKey(idl.address)])),
) as ProgramIds;

/** A read-only anchor client (instruction builders, account fetch) for one of the project's programs. */
export function programClient<N extends ProgramName>(name: N, connection: Connection): Program<Idls[N]> {
  return programClientFor(IDLS[name], connection);
}

/** A read-only anchor client for any IDL; transactions are signed and sent by `actions/`, not by it. */
export function programClientFor<I extends Idl>(idl: I, connection: Connection): Program<I> {
  return new Program<I>(idl, { connection });
}
