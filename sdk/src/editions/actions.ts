import { Keypair, PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";
import { ActionResult, sendAction } from "../actions/send-action";
import { MarketActionOptions, tokenProgramOfMint } from "../actions/market/common";
import { eventSourceFromTransaction } from "../events";
import { ndEditionsIdl, ndMarketIdl } from "../idl";
import { fetchDrop, fetchUnixTime } from "./accounts";
import { cheapPrintMint } from "./cheap-addresses";
import { editionsEventsNamed } from "./events";
import {
  CreateDropParams,
  UpdateDropParams,
  acceptDropAuthorityInstruction,
  closeDropInstruction,
  createDropInstruction,
  dropAddresses,
  mintEditionInstruction,
  proposeDropAuthorityInstruction,
  setDropPausedInstruction,
  updateDropInstruction,
} from "./instructions";
import { Allowlist, Hash } from "./merkle";
import { dropPhase } from "./phase";
import { EDITIONS_PROGRAM_ID, EditionsProgram, editionsProgram } from "./program";
import { MINT_ACCOUNT_LEN } from "./quote";
import { DropState } from "./state";
import { tokenMetadataErrors } from "./token-metadata-errors";
import { fitsOneTransaction, mintEditionInstructions } from "./transactions";

/** What every editions action takes: the market's action options, with the editions program's id. */
export interface EditionsActionOptions extends Omit<MarketActionOptions, "programId"> {
  /** Other deployments of the editions and market programs. */
  readonly programId?: PublicKey;
  readonly marketProgramId?: PublicKey;
}

const programOf = (o: EditionsActionOptions): EditionsProgram => editionsProgram(o.connection, o.programId ?? EDITIONS_PROGRAM_ID);

/** Sends one transaction; failures throw `NormalDanceTransactionError` named from the editions, market and Token Metadata errors. */
function send(o: EditionsActionOptions, instructions: readonly TransactionInstruction[], extraSigners: readonly Signer[] = []): Promise<ActionResult> {
  return sendAction({
    ...o,
    instructions,
    additionalSigners: [...(o.additionalSigners ?? []), ...extraSigners],
    errorSources: [ndEditionsIdl, ndMarketIdl, tokenMetadataErrors()],
  });
}

async function requiredDrop(o: EditionsActionOptions, drop: PublicKey): Promise<DropState> {
  const state = await fetchDrop(o.connection, drop, o.programId ?? EDITIONS_PROGRAM_ID);
  if (!state) throw new Error(`drop ${drop.toBase58()} does not exist`);
  return state;
}

/** Creating a master (metadata, master edition) takes more than the default 200k compute units. */
const CREATE_DROP_COMPUTE_UNITS = 400_000;

/** Creates a drop; the signer is its authority and pays every rent. */
export async function createDrop(
  p: EditionsActionOptions & Omit<CreateDropParams, "authority">,
): Promise<ActionResult & { readonly drop: PublicKey; readonly masterMint: PublicKey }> {
  const program = programOf(p);
  const authority = p.signer.publicKey;
  const ix = await createDropInstruction(program, { ...p, authority });
  const result = await send({ ...p, computeUnitLimit: p.computeUnitLimit ?? CREATE_DROP_COMPUTE_UNITS }, [ix]);
  const at = dropAddresses(program.programId, authority, p.dropId);
  return { ...result, drop: at.drop, masterMint: at.masterMint };
}

export interface MintEditionActionParams {
  readonly drop: PublicKey;
  /** Presale: the allowlist (the signer's proof is looked up in it) … */
  readonly allowlist?: Allowlist;
  /** … or the signer's entry directly. */
  readonly allowance?: bigint;
  readonly proof?: readonly Hash[];
  /** The price the buyer agreed to (default: the current phase's). */
  readonly expectedPrice?: bigint;
  /** The print's mint (default: a fresh keypair whose Token Metadata PDAs are cheap to derive). */
  readonly newMint?: Keypair;
  /**
   * A mint the signer prepared before (`prepareEditionMintInstructions`: supply 1 in its account,
   * the signer as authority), e.g. left by a two-transaction mint whose second transaction failed.
   */
  readonly prepared?: PublicKey;
}

/**
 * Buys the next edition of `drop` for the signer: creates the print's mint with its one token in
 * the signer's associated account, then `mint_edition`, in one transaction when it fits (else two,
 * the mint first). Returns the print's mint and number.
 */
export async function mintEdition(
  p: EditionsActionOptions & MintEditionActionParams,
): Promise<ActionResult & { readonly mint: PublicKey; readonly edition: bigint; readonly signatures: readonly string[] }> {
  const program = programOf(p);
  const buyer = p.signer.publicKey;
  const drop = await requiredDrop(p, p.drop);
  const phase = dropPhase(drop, await fetchUnixTime(p.connection));
  const expectedPrice = p.expectedPrice ?? (phase.kind === "presale" || phase.kind === "public" ? phase.price : drop.price);
  const entry = p.allowlist?.proofOf(buyer) ?? (p.allowance !== undefined ? { allowance: p.allowance, proof: [...(p.proof ?? [])] } : null);
  const newMint = p.prepared ? null : p.newMint ?? cheapPrintMint();
  const mint = newMint?.publicKey ?? p.prepared;
  if (!mint) throw new Error("no print mint");
  const params = {
    buyer,
    drop: { ...drop, address: p.drop },
    newMint: mint,
    expectedPrice,
    allowance: entry?.allowance,
    proof: entry?.proof,
    paymentTokenProgram: await tokenProgramOfMint(p.connection, drop.paymentMint),
    marketProgramId: p.marketProgramId,
    counted: drop.walletCap > 0 || phase.kind === "presale",
  };
  let result: ActionResult;
  const signatures: string[] = [];
  if (!newMint) {
    result = await send(p, [await mintEditionInstruction(program, params)]);
  } else {
    const mintRent = BigInt(await p.connection.getMinimumBalanceForRentExemption(MINT_ACCOUNT_LEN));
    const instructions = await mintEditionInstructions(program, { ...params, mintRent });
    if (fitsOneTransaction(instructions, buyer, p.addressLookupTables)) {
      result = await send(p, instructions, [newMint]);
    } else {
      signatures.push((await send(p, instructions.slice(0, -1), [newMint])).signature);
      result = await send(p, instructions.slice(-1));
    }
  }
  signatures.push(result.signature);
  const landed = await p.connection.getTransaction(result.signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
  const [minted] = landed ? editionsEventsNamed(eventSourceFromTransaction(landed), "editionMinted") : [];
  if (!minted) throw new Error(`transaction ${result.signature} minted no edition`);
  return { ...result, signatures, mint, edition: BigInt(minted.edition.toString()) };
}

/** Changes a drop's terms (signer: its authority); `uri` also rewrites the master's metadata. */
export async function updateDrop(p: EditionsActionOptions & Omit<UpdateDropParams, "authority" | "drop"> & { readonly drop: PublicKey }): Promise<ActionResult> {
  const drop = await requiredDrop(p, p.drop);
  return send(p, [await updateDropInstruction(programOf(p), { ...p, authority: p.signer.publicKey, drop: { address: p.drop, masterMetadata: drop.masterMetadata } })]);
}

export const setDropPaused = async (p: EditionsActionOptions & { readonly drop: PublicKey; readonly paused: boolean }): Promise<ActionResult> =>
  send(p, [await setDropPausedInstruction(programOf(p), { authority: p.signer.publicKey, drop: p.drop, paused: p.paused })]);

export const closeDrop = async (p: EditionsActionOptions & { readonly drop: PublicKey }): Promise<ActionResult> =>
  send(p, [await closeDropInstruction(programOf(p), { authority: p.signer.publicKey, drop: p.drop })]);

export const proposeDropAuthority = async (p: EditionsActionOptions & { readonly drop: PublicKey; readonly newAuthority: PublicKey }): Promise<ActionResult> =>
  send(p, [await proposeDropAuthorityInstruction(programOf(p), { authority: p.signer.publicKey, drop: p.drop, newAuthority: p.newAuthority })]);

export const acceptDropAuthority = async (p: EditionsActionOptions & { readonly drop: PublicKey }): Promise<ActionResult> =>
  send(p, [await acceptDropAuthorityInstruction(programOf(p), { newAuthority: p.signer.publicKey, drop: p.drop })]);
