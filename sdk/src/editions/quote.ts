import { PlatformState } from "../market/state";
import { BuyQuote, quoteBuy } from "../market/quote-buy";
import { TransferFeeConfig } from "../market/transfer-fee";
import { DropPhase, dropPhase } from "./phase";
import { DropState } from "./state";
import {
  TOKEN_METADATA_CREATE_FEE,
  TOKEN_METADATA_EDITION_LEN,
  TOKEN_METADATA_EDITION_MARKER_LEN,
  TOKEN_METADATA_METADATA_LEN,
  printCreatesMarker,
} from "./token-metadata";

export interface MintQuoteInput {
  readonly drop: Pick<DropState, "presale" | "price" | "saleStart" | "saleEnd" | "minted" | "maxSupply">;
  readonly platform: PlatformState;
  /** Unix time the mint lands at (selects presale or public price). */
  readonly now: bigint;
  /** The payment mint's Token-2022 transfer fee, if any. */
  readonly transferFee?: TransferFeeConfig | null;
  readonly epoch?: bigint;
}

/** Every amount of one edition mint, as `mint_edition` and the market's `pay_split` book it. */
export interface MintQuote extends Omit<BuyQuote, "tip" | "referral" | "escrowed"> {
  readonly phase: DropPhase;
  /** The `expected_price` the mint must state: the phase's price. */
  readonly expectedPrice: bigint;
  /** The number the print gets. */
  readonly edition: bigint;
}

/**
 * The exact breakdown of minting the next edition at `now`: what leaves the buyer, what the split
 * vault receives, the platform fee (and its staking share) and what the split is credited. Throws
 * when no sale is open or the drop is sold out.
 */
export function quoteMint(input: MintQuoteInput): MintQuote {
  const phase = dropPhase(input.drop, input.now);
  if (phase.kind !== "presale" && phase.kind !== "public") throw new Error(`no sale is open (${phase.kind})`);
  if (input.drop.minted >= input.drop.maxSupply) throw new Error("the drop is sold out");
  // A mint books as an instant sale without tip or referral.
  const q = quoteBuy({
    platform: input.platform,
    track: { price: phase.price, referralBps: 0, mode: { kind: "instant" } },
    transferFee: input.transferFee,
    epoch: input.epoch,
  });
  return {
    phase,
    expectedPrice: phase.price,
    edition: input.drop.minted + 1n,
    amount: q.amount,
    transferFee: q.transferFee,
    received: q.received,
    price: q.price,
    fee: q.fee,
    stakingFee: q.stakingFee,
    treasuryFee: q.treasuryFee,
    seller: q.seller,
    toSplit: q.toSplit,
  };
}

/** Rent-exempt minimums by account size (e.g. from `getMinimumBalanceForRentExemption`). */
export type RentOf = (dataLength: number) => bigint;

/** SPL Token account sizes (mint, token account) and the program's `WalletMints` (8 + 32 + 32 + 4 + 4 + 1). */
export const MINT_ACCOUNT_LEN = 82;
export const TOKEN_ACCOUNT_LEN = 165;
export const WALLET_MINTS_LEN = 81;

/** Lamports a mint costs the buyer besides the price: rents and Token Metadata's fee. */
export interface MintCosts {
  readonly printMint: bigint;
  readonly printTokenAccount: bigint;
  readonly metadata: bigint;
  readonly edition: bigint;
  /** The edition marker, paid by the first print of each 248. */
  readonly marker: bigint;
  /** The wallet's counter, paid by its first counted mint (capped drops, presale mints). */
  readonly walletMints: bigint;
  /** Token Metadata's fee, kept in the print's metadata account. */
  readonly tokenMetadataFee: bigint;
  readonly total: bigint;
}

export function mintCosts(rent: RentOf, edition: bigint, createsWalletMints: boolean): MintCosts {
  const parts = {
    printMint: rent(MINT_ACCOUNT_LEN),
    printTokenAccount: rent(TOKEN_ACCOUNT_LEN),
    metadata: rent(TOKEN_METADATA_METADATA_LEN),
    edition: rent(TOKEN_METADATA_EDITION_LEN),
    marker: printCreatesMarker(edition) ? rent(TOKEN_METADATA_EDITION_MARKER_LEN) : 0n,
    walletMints: createsWalletMints ? rent(WALLET_MINTS_LEN) : 0n,
    tokenMetadataFee: TOKEN_METADATA_CREATE_FEE,
  };
  return { ...parts, total: Object.values(parts).reduce((a, b) => a + b, 0n) };
}
