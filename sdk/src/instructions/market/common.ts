// bn.js directly: ESM cannot import `BN` by name from anchor's CommonJS build.
import BN from "bn.js";
import { PublicKey } from "@solana/web3.js";
import { isSolMint } from "../../market/decode";
import { findEventAuthorityAddress } from "../../market/program";
import { findAssociatedTokenAddress, findVaultAddress, findVaultTokensAddress } from "../../pda";

export const bn = (value: bigint | number): BN => new BN(value.toString());

/** A split's vault for one mint; `tokenProgram` is required for token mints, ignored for SOL. */
export interface VaultKey {
  readonly split: PublicKey;
  readonly mint: PublicKey;
  readonly tokenProgram?: PublicKey;
}

/** The optional token-side accounts of a vault operation: all null for native SOL. */
export interface TokenSide {
  readonly mint: PublicKey | null;
  readonly vaultTokens: PublicKey | null;
  readonly tokenProgram: PublicKey | null;
}

export function vaultAddress(programId: PublicKey, vault: VaultKey): PublicKey {
  return findVaultAddress(programId, vault.split, vault.mint).address;
}

export function tokenProgramOf(mint: PublicKey, tokenProgram: PublicKey | undefined): PublicKey {
  if (!tokenProgram) throw new Error(`token mint ${mint.toBase58()} needs its token program`);
  return tokenProgram;
}

export function tokenSide(programId: PublicKey, vault: PublicKey, mint: PublicKey, tokenProgram: PublicKey | undefined): TokenSide {
  if (isSolMint(mint)) return { mint: null, vaultTokens: null, tokenProgram: null };
  return { mint, vaultTokens: findVaultTokensAddress(programId, vault).address, tokenProgram: tokenProgramOf(mint, tokenProgram) };
}

/** Where a payout to `wallet` goes by default: the wallet for SOL, its associated token account otherwise. */
export function defaultDestination(wallet: PublicKey, mint: PublicKey, tokenProgram: PublicKey | undefined): PublicKey {
  return isSolMint(mint) ? wallet : findAssociatedTokenAddress(wallet, mint, tokenProgramOf(mint, tokenProgram));
}

/** The two accounts `#[event_cpi]` adds to an instruction. */
export function eventAccounts(programId: PublicKey): { eventAuthority: PublicKey; program: PublicKey } {
  return { eventAuthority: findEventAuthorityAddress(programId).address, program: programId };
}

/** Non-signer accounts appended after the declared ones (the program reads them in order). */
export const remaining = (keys: readonly PublicKey[], isWritable: boolean) =>
  keys.map((pubkey) => ({ pubkey, isSigner: false, isWritable }));
