import { AddressLookupTableAccount, PACKET_DATA_SIZE, PublicKey, TransactionInstruction, TransactionMessage, VersionedTransaction } from "@solana/web3.js";
import { BuildTransactionParams, buildTransaction } from "../transactions/build-transaction";
import {
  CreateDropParams,
  MintEditionParams,
  UpdateDropParams,
  acceptDropAuthorityInstruction,
  closeDropInstruction,
  createDropInstruction,
  mintEditionInstruction,
  prepareEditionMintInstructions,
  proposeDropAuthorityInstruction,
  setDropPausedInstruction,
  updateDropInstruction,
} from "./instructions";
import { EditionsProgram } from "./program";

/** Blockhash, fee payer, compute budget and lookup tables of a transaction. */
export type EditionsTransactionEnvelope = Omit<BuildTransactionParams, "instructions">;

export type MintEditionFlowParams = MintEditionParams & {
  /** Rent-exempt minimum of an SPL Token mint (82 bytes), which the buyer pays for `newMint`. */
  readonly mintRent: bigint;
};

/** Everything one edition mint takes: the buyer's new mint (created, one token minted) and `mint_edition`. */
export async function mintEditionInstructions(program: EditionsProgram, p: MintEditionFlowParams): Promise<TransactionInstruction[]> {
  return [...prepareEditionMintInstructions({ buyer: p.buyer, newMint: p.newMint, mintRent: p.mintRent }), await mintEditionInstruction(program, p)];
}

/**
 * Whether `instructions` fit one version-0 transaction (1232 bytes with its signatures): a presale
 * mint with a long proof, paid in tokens, may need two (or lookup tables).
 */
export function fitsOneTransaction(instructions: readonly TransactionInstruction[], payer: PublicKey, addressLookupTables?: readonly AddressLookupTableAccount[]): boolean {
  try {
    const message = new TransactionMessage({ payerKey: payer, recentBlockhash: PublicKey.default.toBase58(), instructions: [...instructions] }).compileToV0Message(
      addressLookupTables ? [...addressLookupTables] : undefined,
    );
    const signatures = message.header.numRequiredSignatures;
    return 1 + 64 * signatures + message.serialize().length <= PACKET_DATA_SIZE;
  } catch {
    // web3.js throws when the message itself overruns its buffer
    return false;
  }
}

const envelope = (instructions: TransactionInstruction[], e: EditionsTransactionEnvelope): VersionedTransaction => buildTransaction({ ...e, instructions });

/** Unsigned transactions for a wallet adapter; the mint flow also needs the new mint keypair's signature. */
export const buildCreateDropTransaction = async (program: EditionsProgram, p: CreateDropParams, e: EditionsTransactionEnvelope) =>
  envelope([await createDropInstruction(program, p)], e);
export const buildMintEditionTransaction = async (program: EditionsProgram, p: MintEditionFlowParams, e: EditionsTransactionEnvelope) =>
  envelope(await mintEditionInstructions(program, p), e);
export const buildUpdateDropTransaction = async (program: EditionsProgram, p: UpdateDropParams, e: EditionsTransactionEnvelope) =>
  envelope([await updateDropInstruction(program, p)], e);
export const buildSetDropPausedTransaction = async (program: EditionsProgram, p: Parameters<typeof setDropPausedInstruction>[1], e: EditionsTransactionEnvelope) =>
  envelope([await setDropPausedInstruction(program, p)], e);
export const buildCloseDropTransaction = async (program: EditionsProgram, p: Parameters<typeof closeDropInstruction>[1], e: EditionsTransactionEnvelope) =>
  envelope([await closeDropInstruction(program, p)], e);
export const buildProposeDropAuthorityTransaction = async (
  program: EditionsProgram,
  p: Parameters<typeof proposeDropAuthorityInstruction>[1],
  e: EditionsTransactionEnvelope,
) => envelope([await proposeDropAuthorityInstruction(program, p)], e);
export const buildAcceptDropAuthorityTransaction = async (
  program: EditionsProgram,
  p: Parameters<typeof acceptDropAuthorityInstruction>[1],
  e: EditionsTransactionEnvelope,
) => envelope([await acceptDropAuthorityInstruction(program, p)], e);
