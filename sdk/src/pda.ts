import { PublicKey } from "@solana/web3.js";
import { ASSOCIATED_TOKEN_PROGRAM_ID, TOKEN_PROGRAM_ID } from "./programs";

/**
 * Seed encoders matching how Anchor programs write seeds (`b"name"`, `key.as_ref()`,
 * `value.to_le_bytes()`). Program issues add one `find<Thing>Address` function per PDA here.
 */
export const seeds = {
  utf8: (text: string): Uint8Array => new TextEncoder().encode(text),
  pubkey: (key: PublicKey): Uint8Array => key.toBytes(),
  u8: (value: number): Uint8Array => littleEndian(BigInt(value), 1, false),
  u16: (value: number): Uint8Array => littleEndian(BigInt(value), 2, false),
  u32: (value: number): Uint8Array => littleEndian(BigInt(value), 4, false),
  u64: (value: bigint | number): Uint8Array => littleEndian(BigInt(value), 8, false),
  i64: (value: bigint | number): Uint8Array => littleEndian(BigInt(value), 8, true),
} as const;

function littleEndian(value: bigint, bytes: number, signed: boolean): Uint8Array {
  const bits = BigInt(bytes * 8);
  const min = signed ? -(1n << (bits - 1n)) : 0n;
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (value < min || value > max) throw new RangeError(`${value} does not fit in ${signed ? "i" : "u"}${bits}`);
  let unsigned = value < 0n ? value + (1n << bits) : value;
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) {
    out[i] = Number(unsigned & 0xffn);
    unsigned >>= 8n;
  }
  return out;
}

export interface ProgramAddress {
  readonly address: PublicKey;
  readonly bump: number;
}

export function findProgramAddress(programId: PublicKey, seedList: readonly Uint8Array[]): ProgramAddress {
  const [address, bump] = PublicKey.findProgramAddressSync([...seedList], programId);
  return { address, bump };
}

/** The owner's associated token account for `mint` under `tokenProgram` (SPL Token or Token-2022). */
export function findAssociatedTokenAddress(owner: PublicKey, mint: PublicKey, tokenProgram: PublicKey = TOKEN_PROGRAM_ID): PublicKey {
  return findProgramAddress(ASSOCIATED_TOKEN_PROGRAM_ID, [owner.toBytes(), tokenProgram.toBytes(), mint.toBytes()]).address;
}

/**
 * The market program's PDAs (seeds as `programs/nd-market` declares them). Native SOL is the
 * all-zero mint (`SOL_MINT`) wherever a mint appears, in seeds too.
 */
export const SOL_MINT: PublicKey = PublicKey.default;

export const findPlatformAddress = (programId: PublicKey): ProgramAddress => findProgramAddress(programId, [seeds.utf8("platform")]);

export const findSplitAddress = (programId: PublicKey, creator: PublicKey, splitId: bigint | number): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("split"), seeds.pubkey(creator), seeds.u64(splitId)]);

export const findVaultAddress = (programId: PublicKey, split: PublicKey, mint: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("vault"), seeds.pubkey(split), seeds.pubkey(mint)]);

/** The token account holding a token vault's money (authority: the Vault PDA). */
export const findVaultTokensAddress = (programId: PublicKey, vault: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("vault_tokens"), seeds.pubkey(vault)]);

export const findLedgersAddress = (programId: PublicKey, vault: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("ledgers"), seeds.pubkey(vault)]);

export const findAdvancesAddress = (programId: PublicKey, vault: PublicKey, recipientIndex: number): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("advances"), seeds.pubkey(vault), seeds.u8(recipientIndex)]);

export const findCreditAddress = (programId: PublicKey, vault: PublicKey, owner: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("credit"), seeds.pubkey(vault), seeds.pubkey(owner)]);

export const findTrackAddress = (programId: PublicKey, artist: PublicKey, trackId: bigint | number): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("track"), seeds.pubkey(artist), seeds.u64(trackId)]);

export const findPurchaseAddress = (programId: PublicKey, track: PublicKey, beneficiary: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("purchase"), seeds.pubkey(track), seeds.pubkey(beneficiary)]);
