import type { BN, IdlAccounts, IdlTypes } from "@coral-xyz/anchor";
import type { NdEditions } from "../idl";
import { DropState, PresaleTerms, WalletMintsState } from "./state";

type Raw = IdlAccounts<NdEditions>;
type Types = IdlTypes<NdEditions>;

const big = (value: BN): bigint => BigInt(value.toString());

export function presaleFromRaw(raw: Types["presale"]): PresaleTerms {
  return { merkleRoot: Uint8Array.from(raw.merkleRoot), start: big(raw.start), end: big(raw.end), price: big(raw.price) };
}

export function dropFromRaw(raw: Raw["drop"]): DropState {
  return {
    authority: raw.authority,
    pendingAuthority: raw.pendingAuthority ?? null,
    creator: raw.creator,
    dropId: big(raw.dropId),
    masterMint: raw.masterMint,
    masterMetadata: raw.masterMetadata,
    masterEdition: raw.masterEdition,
    masterTokens: raw.masterTokens,
    split: raw.split,
    vault: raw.vault,
    paymentMint: raw.paymentMint,
    price: big(raw.price),
    maxSupply: big(raw.maxSupply),
    minted: big(raw.minted),
    saleStart: big(raw.saleStart),
    saleEnd: big(raw.saleEnd),
    walletCap: raw.walletCap,
    gross: big(raw.gross),
    paused: raw.paused,
    presale: raw.presale ? presaleFromRaw(raw.presale) : null,
    bump: raw.bump,
  };
}

export function walletMintsFromRaw(raw: Raw["walletMints"]): WalletMintsState {
  return { drop: raw.drop, wallet: raw.wallet, minted: raw.minted, presaleMinted: raw.presaleMinted, bump: raw.bump };
}
