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
