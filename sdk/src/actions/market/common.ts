import { AddressLookupTableAccount, Commitment, Connection, PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";
import { ndMarketIdl } from "../../idl";
import { ComputeBudgetOptions } from "../../instructions/compute-budget";
import { isSolMint } from "../../market/decode";
import { MarketProgram, marketProgram } from "../../market/program";
import { ActionResult, sendAction } from "../send-action";
import { TransactionSigner } from "../signer";

/** What every market action takes: where to send, who signs and pays, and send options. */
export interface MarketActionOptions extends ComputeBudgetOptions {
  readonly connection: Connection;
  /** Pays the fee and signs as the acting party (creator, artist, buyer, controller, …). */
  readonly signer: TransactionSigner;
  /** Other signatures the instruction needs (e.g. the recipient consenting to an advance). */
  readonly additionalSigners?: readonly Signer[];
  readonly addressLookupTables?: readonly AddressLookupTableAccount[];
  /** Another deployment of the market program. */
  readonly programId?: PublicKey;
  readonly commitment?: Commitment;
  readonly skipPreflight?: boolean;
}

export function programFor(options: MarketActionOptions): MarketProgram {
  return marketProgram(options.connection, options.programId);
}

/** Sends `instructions` as one transaction; failures throw `NormalDanceTransactionError` named from the market IDL. */
export function sendMarket(options: MarketActionOptions, instructions: readonly TransactionInstruction[]): Promise<ActionResult> {
  return sendAction({ ...options, instructions, errorSources: [ndMarketIdl] });
}

/** The token program that owns `mint` (undefined for native SOL). */
export async function tokenProgramOfMint(connection: Connection, mint: PublicKey): Promise<PublicKey | undefined> {
  if (isSolMint(mint)) return undefined;
  const info = await connection.getAccountInfo(mint, "confirmed");
  if (!info) throw new Error(`mint ${mint.toBase58()} does not exist`);
  return info.owner;
}
