import { IdlAccounts, utils } from "@coral-xyz/anchor";
import { AccountInfo, Connection, GetProgramAccountsFilter, PublicKey, SYSVAR_CLOCK_PUBKEY } from "@solana/web3.js";
import { Buffer } from "buffer";
import { NdMarket, ndMarketIdl } from "../idl";
import { grantsAccess } from "../market/access";
import { RecipientClaim, recipientClaims, vaultOwed } from "../market/claimable";
import {
  advancesFromRaw,
  creditFromRaw,
  isSolMint,
  ledgersFromRaw,
  platformFromRaw,
  purchaseFromRaw,
  splitFromRaw,
  trackFromRaw,
  vaultFromRaw,
} from "../market/decode";
import { MARKET_PROGRAM_ID, marketProgram } from "../market/program";
import { BuyOptions, BuyQuote, quoteBuy } from "../market/quote-buy";
import {
  AdvancesState,
  CreditState,
  Fetched,
  LedgersState,
  PlatformState,
  PurchaseState,
  SplitState,
  TrackState,
  VaultState,
} from "../market/state";
import { TransferFeeConfig, transferFeeConfigOf } from "../market/transfer-fee";
import {
  findAdvancesAddress,
  findCreditAddress,
  findLedgersAddress,
  findPlatformAddress,
  findPurchaseAddress,
  findVaultAddress,
} from "../pda";

type Raw = IdlAccounts<NdMarket>;
// The market IDL also lists nd-staking's Pool (route_staking_fees reads it); the staking SDK decodes that one.
export type MarketAccountName = Exclude<keyof Raw & string, "pool">;

const DECODERS: { readonly [N in MarketAccountName]: (raw: Raw[N]) => unknown } = {
  advances: advancesFromRaw,
  credit: creditFromRaw,
  ledgers: ledgersFromRaw,
  platform: platformFromRaw,
  purchase: purchaseFromRaw,
  split: splitFromRaw,
  track: trackFromRaw,
  vault: vaultFromRaw,
};

/** Decoded state of each market account type. */
export interface MarketAccountStates {
  advances: AdvancesState;
  credit: CreditState;
  ledgers: LedgersState;
  platform: PlatformState;
  purchase: PurchaseState;
  split: SplitState;
  track: TrackState;
  vault: VaultState;
}

/** The 8-byte discriminator that starts every account of type `name`. */
export function marketAccountDiscriminator(name: MarketAccountName): Uint8Array {
  // The IDL JSON spells account names as Rust does (`Purchase`); the types use camelCase.
  const account = ndMarketIdl.accounts.find((a) => a.name.toLowerCase() === name.toLowerCase());
  if (!account) throw new Error(`the market IDL has no account ${name}`);
  return Uint8Array.from(account.discriminator);
}

/** A `getProgramAccounts` filter selecting accounts of type `name`. */
export function marketAccountFilter(name: MarketAccountName): GetProgramAccountsFilter {
  return { memcmp: { offset: 0, bytes: utils.bytes.bs58.encode(Buffer.from(marketAccountDiscriminator(name))) } };
}

/**
 * Decodes a market account of type `name`; throws if it is not one (wrong owner or
 * discriminator), so a substituted account is never read as the expected kind.
 */
export function decodeMarketAccount<N extends MarketAccountName>(
  connection: Connection,
  name: N,
  info: Pick<AccountInfo<Buffer>, "owner" | "data">,
  programId: PublicKey = MARKET_PROGRAM_ID,
): MarketAccountStates[N] {
  if (!info.owner.equals(programId)) throw new Error(`${name} account is owned by ${info.owner.toBase58()}, not the market program`);
  const raw = marketProgram(connection, programId).coder.accounts.decode<Raw[N]>(name, info.data);
  return DECODERS[name](raw) as MarketAccountStates[N];
}

/** The account at `address` decoded as `name`, or null if it does not exist. */
export async function fetchMarketAccount<N extends MarketAccountName>(
  connection: Connection,
  name: N,
  address: PublicKey,
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<MarketAccountStates[N] | null> {
  const info = await connection.getAccountInfo(address, "confirmed");
  return info ? decodeMarketAccount(connection, name, info, programId) : null;
}

async function fetchRequired<N extends MarketAccountName>(connection: Connection, name: N, address: PublicKey, programId: PublicKey): Promise<MarketAccountStates[N]> {
  const state = await fetchMarketAccount(connection, name, address, programId);
  if (!state) throw new Error(`${name} ${address.toBase58()} does not exist`);
  return state;
}

export const fetchPlatform = (connection: Connection, programId: PublicKey = MARKET_PROGRAM_ID): Promise<PlatformState | null> =>
  fetchMarketAccount(connection, "platform", findPlatformAddress(programId).address, programId);

export const fetchTrack = (connection: Connection, track: PublicKey, programId: PublicKey = MARKET_PROGRAM_ID): Promise<TrackState | null> =>
  fetchMarketAccount(connection, "track", track, programId);

export const fetchSplit = (connection: Connection, split: PublicKey, programId: PublicKey = MARKET_PROGRAM_ID): Promise<SplitState | null> =>
  fetchMarketAccount(connection, "split", split, programId);

export const fetchVault = (
  connection: Connection,
  split: PublicKey,
  mint: PublicKey,
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<VaultState | null> => fetchMarketAccount(connection, "vault", findVaultAddress(programId, split, mint).address, programId);

export const fetchCredit = (
  connection: Connection,
  vault: PublicKey,
  owner: PublicKey,
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<CreditState | null> => fetchMarketAccount(connection, "credit", findCreditAddress(programId, vault, owner).address, programId);

export const fetchPurchase = (
  connection: Connection,
  track: PublicKey,
  beneficiary: PublicKey,
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<PurchaseState | null> => fetchMarketAccount(connection, "purchase", findPurchaseAddress(programId, track, beneficiary).address, programId);

/** Whether `wallet` may play `track`: its purchase receipt exists and was not refunded. */
export async function hasAccess(connection: Connection, track: PublicKey, wallet: PublicKey, programId: PublicKey = MARKET_PROGRAM_ID): Promise<boolean> {
  return grantsAccess(await fetchPurchase(connection, track, wallet, programId));
}

// Purchase layout: 8-byte discriminator, then track, buyer, beneficiary (32 bytes each).
const PURCHASE_BUYER_OFFSET = 8 + 32;
const PURCHASE_BENEFICIARY_OFFSET = 8 + 64;

/** Every purchase `wallet` paid for (`by: "buyer"`) or received access by (`by: "beneficiary"`). */
export async function fetchPurchasesOf(
  connection: Connection,
  wallet: PublicKey,
  by: "buyer" | "beneficiary" = "buyer",
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<Fetched<PurchaseState>[]> {
  const accounts = await connection.getProgramAccounts(programId, {
    commitment: "confirmed",
    filters: [
      marketAccountFilter("purchase"),
      { memcmp: { offset: by === "buyer" ? PURCHASE_BUYER_OFFSET : PURCHASE_BENEFICIARY_OFFSET, bytes: wallet.toBase58() } },
    ],
  });
  return accounts
    .map(({ pubkey, account }) => ({ address: pubkey, state: decodeMarketAccount(connection, "purchase", account, programId) }))
    .sort((a, b) => (a.state.purchasedAt < b.state.purchasedAt ? -1 : a.state.purchasedAt > b.state.purchasedAt ? 1 : 0));
}

/** A split's vault for one mint with every recipient's claimable amount, computed as `claim` would. */
export interface SplitVaultView {
  readonly split: Fetched<SplitState>;
  readonly vault: Fetched<VaultState>;
  readonly ledgers: LedgersState;
  /** Advances accounts of slots with outstanding advances, by slot index. */
  readonly advances: ReadonlyMap<number, AdvancesState>;
  readonly claims: readonly RecipientClaim[];
  /** Everything the vault owes (escrow, fees, staking share, credits, unclaimed earnings). */
  readonly owed: bigint;
  /** The money the vault holds (lamports above rent for SOL, its token balance otherwise). */
  readonly held: bigint;
}

export async function fetchSplitVault(
  connection: Connection,
  split: PublicKey,
  mint: PublicKey,
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<SplitVaultView> {
  const splitState = await fetchRequired(connection, "split", split, programId);
  const vaultAddress = findVaultAddress(programId, split, mint).address;
  const vault = await fetchRequired(connection, "vault", vaultAddress, programId);
  const ledgers = await fetchRequired(connection, "ledgers", findLedgersAddress(programId, vaultAddress).address, programId);
  const advances = new Map<number, AdvancesState>();
  for (let index = 0; index < splitState.recipients.length; index++) {
    if ((ledgers.advanceMask & (1 << index)) === 0) continue;
    advances.set(index, await fetchRequired(connection, "advances", findAdvancesAddress(programId, vaultAddress, index).address, programId));
  }
  return {
    split: { address: split, state: splitState },
    vault: { address: vaultAddress, state: vault },
    ledgers,
    advances,
    claims: recipientClaims(splitState, vault, ledgers, advances),
    owed: vaultOwed(vault, ledgers, splitState.recipients.length),
    held: await fetchVaultHeld(connection, vaultAddress, vault),
  };
}

/** Money a vault holds: lamports above its rent-exempt minimum for SOL, its token balance otherwise. */
export async function fetchVaultHeld(connection: Connection, vaultAddress: PublicKey, vault: VaultState): Promise<bigint> {
  if (isSolMint(vault.mint)) {
    const info = await connection.getAccountInfo(vaultAddress, "confirmed");
    if (!info) throw new Error(`vault ${vaultAddress.toBase58()} does not exist`);
    const rent = BigInt(await connection.getMinimumBalanceForRentExemption(info.data.length));
    return BigInt(info.lamports) - rent;
  }
  const tokens = await connection.getAccountInfo(vault.tokens, "confirmed");
  if (!tokens) throw new Error(`vault token account ${vault.tokens.toBase58()} does not exist`);
  // Both token programs share the base account layout: the amount is at bytes 64..72.
  return Buffer.from(tokens.data).readBigUInt64LE(64);
}

/** The mint's Token-2022 transfer-fee configuration (null for SOL and mints without one). */
export async function fetchTransferFeeConfig(connection: Connection, mint: PublicKey): Promise<TransferFeeConfig | null> {
  if (isSolMint(mint)) return null;
  const info = await connection.getAccountInfo(mint, "confirmed");
  if (!info) throw new Error(`mint ${mint.toBase58()} does not exist`);
  return transferFeeConfigOf(info.owner, info.data);
}

/** The current epoch, from the Clock sysvar (selects the transfer-fee schedule). */
export async function fetchEpoch(connection: Connection): Promise<bigint> {
  const clock = await connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY, "confirmed");
  if (!clock) throw new Error("Clock sysvar missing");
  return Buffer.from(clock.data).readBigUInt64LE(16);
}

/** `quoteBuy` for `track` with the live platform rates, the mint's transfer fee and the epoch. */
export async function fetchBuyQuote(
  connection: Connection,
  track: PublicKey,
  options: BuyOptions = {},
  programId: PublicKey = MARKET_PROGRAM_ID,
): Promise<BuyQuote> {
  const trackState = await fetchRequired(connection, "track", track, programId);
  const platform = await fetchRequired(connection, "platform", findPlatformAddress(programId).address, programId);
  const transferFee = await fetchTransferFeeConfig(connection, trackState.paymentMint);
  return quoteBuy({ platform, track: trackState, transferFee, epoch: transferFee ? await fetchEpoch(connection) : 0n }, options);
}
