import { IdlAccounts, utils } from "@coral-xyz/anchor";
import { AccountInfo, Connection, PublicKey } from "@solana/web3.js";
import { Buffer } from "buffer";
import { fetchEpoch, fetchPlatform, fetchTransferFeeConfig } from "../accounts/market";
import { NdEditions, ndEditionsIdl } from "../idl";
import { MARKET_PROGRAM_ID } from "../market/program";
import { Fetched } from "../market/state";
import { TOKEN_PROGRAM_ID } from "../programs";
import { dropFromRaw, walletMintsFromRaw } from "./decode";
import { findWalletMintsAddress } from "./pda";
import { DropStatus, dropStatus } from "./phase";
import { EDITIONS_PROGRAM_ID, editionsProgram } from "./program";
import { MINT_ACCOUNT_LEN, MintCosts, MintQuote, TOKEN_ACCOUNT_LEN, WALLET_MINTS_LEN, mintCosts, quoteMint } from "./quote";
import { DropState, WalletMintsState } from "./state";
import {
  TOKEN_METADATA_EDITION_LEN,
  TOKEN_METADATA_EDITION_MARKER_LEN,
  TOKEN_METADATA_METADATA_LEN,
  findEditionAddress,
} from "./token-metadata";

type Raw = IdlAccounts<NdEditions>;

function decode<N extends "drop" | "walletMints">(connection: Connection, name: N, info: AccountInfo<Buffer>, programId: PublicKey): Raw[N] {
  if (!info.owner.equals(programId)) throw new Error(`${name} account is owned by ${info.owner.toBase58()}, not the editions program`);
  return editionsProgram(connection, programId).coder.accounts.decode<Raw[N]>(name, info.data);
}

export async function fetchDrop(connection: Connection, drop: PublicKey, programId: PublicKey = EDITIONS_PROGRAM_ID): Promise<DropState | null> {
  const info = await connection.getAccountInfo(drop, "confirmed");
  return info ? dropFromRaw(decode(connection, "drop", info, programId)) : null;
}

async function fetchRequiredDrop(connection: Connection, drop: PublicKey, programId: PublicKey): Promise<DropState> {
  const state = await fetchDrop(connection, drop, programId);
  if (!state) throw new Error(`drop ${drop.toBase58()} does not exist`);
  return state;
}

/** What `wallet` has minted of `drop`; null before its first mint. */
export async function fetchWalletMints(
  connection: Connection,
  drop: PublicKey,
  wallet: PublicKey,
  programId: PublicKey = EDITIONS_PROGRAM_ID,
): Promise<WalletMintsState | null> {
  const info = await connection.getAccountInfo(findWalletMintsAddress(programId, drop, wallet).address, "confirmed");
  return info ? walletMintsFromRaw(decode(connection, "walletMints", info, programId)) : null;
}

/** Unix time of the chain (the Clock sysvar), which decides the sale phase. */
export async function fetchUnixTime(connection: Connection): Promise<bigint> {
  const clock = await connection.getAccountInfo(new PublicKey("SysvarC1ock11111111111111111111111111111111"), "confirmed");
  if (!clock) throw new Error("Clock sysvar missing");
  return Buffer.from(clock.data).readBigInt64LE(32);
}

/** A drop with its minted/remaining counts and the sale phase at the chain's current time. */
export interface DropView extends DropStatus {
  readonly address: PublicKey;
  readonly state: DropState;
  readonly now: bigint;
}

export async function fetchDropView(connection: Connection, drop: PublicKey, programId: PublicKey = EDITIONS_PROGRAM_ID): Promise<DropView> {
  const state = await fetchRequiredDrop(connection, drop, programId);
  const now = await fetchUnixTime(connection);
  return { address: drop, state, now, ...dropStatus(state, now) };
}

// Drop layout: 8-byte discriminator, then authority (32 bytes), creator, drop_id, master mint,
// master metadata, master edition, master tokens, split.
const DROP_AUTHORITY_OFFSET = 8;
const DROP_SPLIT_OFFSET = 8 + 32 + 32 + 8 + 32 * 4;

/** Every drop whose authority is `by.authority`, or that pays into `by.split`. */
export async function fetchDrops(
  connection: Connection,
  by: { readonly authority: PublicKey } | { readonly split: PublicKey },
  programId: PublicKey = EDITIONS_PROGRAM_ID,
): Promise<Fetched<DropState>[]> {
  // The IDL JSON spells account names as Rust does (`Drop`); the generated type in camelCase.
  const discriminator = ndEditionsIdl.accounts.find((a) => a.name.toLowerCase() === "drop")?.discriminator;
  if (!discriminator) throw new Error("the editions IDL has no Drop account");
  const [offset, key] = "authority" in by ? [DROP_AUTHORITY_OFFSET, by.authority] : [DROP_SPLIT_OFFSET, by.split];
  const accounts = await connection.getProgramAccounts(programId, {
    commitment: "confirmed",
    filters: [
      { memcmp: { offset: 0, bytes: utils.bytes.bs58.encode(Buffer.from(discriminator)) } },
      { memcmp: { offset, bytes: key.toBase58() } },
    ],
  });
  return accounts.map(({ pubkey, account }) => ({ address: pubkey, state: dropFromRaw(decode(connection, "drop", account, programId)) }));
}

/** A print a wallet holds: its mint, the token account, the edition number and its master edition. */
export interface HeldEdition {
  readonly mint: PublicKey;
  readonly tokenAccount: PublicKey;
  readonly edition: bigint;
  readonly masterEdition: PublicKey;
}

// SPL Token account layout: mint (0..32), owner (32..64), amount (64..72).
// Token Metadata Edition layout: key (1 = EditionV1), parent (1..33), edition (33..41).
const EDITION_V1_KEY = 1;

/**
 * The Token Metadata prints `wallet` holds (token accounts with one token whose mint has an
 * Edition account), optionally only those of `drop`; sorted by edition number.
 */
export async function fetchWalletEditions(connection: Connection, wallet: PublicKey, drop?: Pick<DropState, "masterEdition">): Promise<HeldEdition[]> {
  const accounts = await connection.getProgramAccounts(TOKEN_PROGRAM_ID, {
    commitment: "confirmed",
    filters: [{ dataSize: TOKEN_ACCOUNT_LEN }, { memcmp: { offset: 32, bytes: wallet.toBase58() } }],
  });
  const held = accounts
    .map(({ pubkey, account }) => ({ tokenAccount: pubkey, data: Buffer.from(account.data) }))
    .filter(({ data }) => data.readBigUInt64LE(64) === 1n)
    .map(({ tokenAccount, data }) => ({ tokenAccount, mint: new PublicKey(data.subarray(0, 32)) }));
  const editions = await connection.getMultipleAccountsInfo(held.map((h) => findEditionAddress(h.mint).address), "confirmed");
  const out: HeldEdition[] = [];
  held.forEach((h, i) => {
    const info = editions[i];
    if (!info || info.data[0] !== EDITION_V1_KEY) return;
    const data = Buffer.from(info.data);
    const masterEdition = new PublicKey(data.subarray(1, 33));
    if (drop && !masterEdition.equals(drop.masterEdition)) return;
    out.push({ ...h, edition: data.readBigUInt64LE(33), masterEdition });
  });
  return out.sort((a, b) => (a.edition < b.edition ? -1 : a.edition > b.edition ? 1 : 0));
}

/** `quoteMint` with the live platform, transfer fee, clock and the buyer's lamport costs. */
export async function fetchMintQuote(
  connection: Connection,
  drop: PublicKey,
  buyer: PublicKey,
  programIds: { readonly editions?: PublicKey; readonly market?: PublicKey } = {},
): Promise<MintQuote & { readonly costs: MintCosts; readonly walletMints: WalletMintsState | null }> {
  const programId = programIds.editions ?? EDITIONS_PROGRAM_ID;
  const state = await fetchRequiredDrop(connection, drop, programId);
  const platform = await fetchPlatform(connection, programIds.market ?? MARKET_PROGRAM_ID);
  if (!platform) throw new Error("the market platform does not exist");
  const transferFee = await fetchTransferFeeConfig(connection, state.paymentMint);
  const quote = quoteMint({ drop: state, platform, now: await fetchUnixTime(connection), transferFee, epoch: transferFee ? await fetchEpoch(connection) : 0n });
  const walletMints = await fetchWalletMints(connection, drop, buyer, programId);
  const sizes = [MINT_ACCOUNT_LEN, TOKEN_ACCOUNT_LEN, TOKEN_METADATA_METADATA_LEN, TOKEN_METADATA_EDITION_LEN, TOKEN_METADATA_EDITION_MARKER_LEN, WALLET_MINTS_LEN];
  const rents = new Map<number, bigint>();
  for (const size of sizes) rents.set(size, BigInt(await connection.getMinimumBalanceForRentExemption(size)));
  const rent = (size: number) => {
    const value = rents.get(size);
    if (value === undefined) throw new Error(`no rent fetched for ${size} bytes`);
    return value;
  };
  // A counter is created by a wallet's first counted mint: capped drops and presale mints.
  const counted = state.walletCap > 0 || quote.phase.kind === "presale";
  return { ...quote, costs: mintCosts(rent, quote.edition, counted && walletMints === null), walletMints };
}
