/**
 * The upgradeable BPF loader (loader v3) as a client sees it: its account layouts and the
 * instructions a deploy needs, encoded as the runtime's bincode enum
 * (solana-loader-v3-interface): a u32 variant index, then the fields.
 */
import {
  AccountInfo,
  Connection,
  PublicKey,
  SYSVAR_CLOCK_PUBKEY,
  SYSVAR_RENT_PUBKEY,
  SystemProgram,
  TransactionInstruction,
} from "@solana/web3.js";

export const UPGRADEABLE_LOADER_ID = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");
const LEGACY_LOADER_IDS = ["BPFLoader2111111111111111111111111111111111", "BPFLoader1111111111111111111111111111111111"];

/** Sizes of the account headers that precede the ELF. */
export const BUFFER_HEADER_BYTES = 37;
export const PROGRAM_ACCOUNT_BYTES = 36;
export const PROGRAMDATA_HEADER_BYTES = 45;

enum LoaderInstruction {
  InitializeBuffer = 0,
  Write = 1,
  DeployWithMaxDataLen = 2,
  Upgrade = 3,
}

enum LoaderState {
  Uninitialized = 0,
  Buffer = 1,
  Program = 2,
  ProgramData = 3,
}

export function programDataAddress(programId: PublicKey): PublicKey {
  return PublicKey.findProgramAddressSync([programId.toBuffer()], UPGRADEABLE_LOADER_ID)[0];
}

/** A deployed program as loaded: its ELF bytes and, for loader v3, its upgrade authority (null: immutable). */
export interface LoadedProgram {
  readonly loader: "upgradeable" | "legacy";
  readonly programData: PublicKey | null;
  readonly upgradeAuthority: PublicKey | null;
  readonly deploySlot: bigint | null;
  /** The ProgramData account's bytes after its header (the ELF, zero-padded up to the max length). */
  readonly elf: Buffer;
}

/** Reads the program at `programId`; null when nothing executable is there. */
export async function readLoadedProgram(connection: Connection, programId: PublicKey): Promise<LoadedProgram | null> {
  const program = await connection.getAccountInfo(programId);
  if (!program || !program.executable) return null;
  if (LEGACY_LOADER_IDS.includes(program.owner.toBase58())) {
    return { loader: "legacy", programData: null, upgradeAuthority: null, deploySlot: null, elf: program.data };
  }
  if (!program.owner.equals(UPGRADEABLE_LOADER_ID)) return null;
  const programData = programAccountTarget(program);
  const data = await connection.getAccountInfo(programData);
  if (!data || data.data.length < PROGRAMDATA_HEADER_BYTES || data.data.readUInt32LE(0) !== LoaderState.ProgramData) {
    throw new Error(`program ${programId.toBase58()}: ${programData.toBase58()} is not its ProgramData account`);
  }
  const hasAuthority = data.data[12] === 1;
  return {
    loader: "upgradeable",
    programData,
    upgradeAuthority: hasAuthority ? new PublicKey(data.data.subarray(13, 45)) : null,
    deploySlot: data.data.readBigUInt64LE(4),
    elf: data.data.subarray(PROGRAMDATA_HEADER_BYTES),
  };
}

/**
 * Whether a loaded program runs exactly `so`: the same bytes, and nothing but the zero padding a
 * larger maximum length leaves after them.
 */
export function sameElf(loaded: LoadedProgram, so: Buffer): boolean {
  if (loaded.elf.length < so.length) return false;
  if (!loaded.elf.subarray(0, so.length).equals(so)) return false;
  return loaded.elf.subarray(so.length).every((b) => b === 0);
}

function programAccountTarget(program: AccountInfo<Buffer>): PublicKey {
  if (program.data.length < PROGRAM_ACCOUNT_BYTES || program.data.readUInt32LE(0) !== LoaderState.Program) {
    throw new Error("account is owned by the upgradeable loader but is not a Program account");
  }
  return new PublicKey(program.data.subarray(4, 36));
}

export function initializeBufferInstruction(buffer: PublicKey, authority: PublicKey): TransactionInstruction {
  return new TransactionInstruction({
    programId: UPGRADEABLE_LOADER_ID,
    keys: [
      { pubkey: buffer, isSigner: false, isWritable: true },
      { pubkey: authority, isSigner: false, isWritable: false },
    ],
    data: u32(LoaderInstruction.InitializeBuffer),
  });
}

export function writeInstruction(buffer: PublicKey, authority: PublicKey, offset: number, bytes: Buffer): TransactionInstruction {
  const header = Buffer.alloc(16);
  header.writeUInt32LE(LoaderInstruction.Write, 0);
  header.writeUInt32LE(offset, 4);
  header.writeBigUInt64LE(BigInt(bytes.length), 8);
  return new TransactionInstruction({
    programId: UPGRADEABLE_LOADER_ID,
    keys: [
      { pubkey: buffer, isSigner: false, isWritable: true },
      { pubkey: authority, isSigner: true, isWritable: false },
    ],
    data: Buffer.concat([header, bytes]),
  });
}

export function deployWithMaxDataLenInstruction(args: {
  payer: PublicKey;
  programId: PublicKey;
  buffer: PublicKey;
  authority: PublicKey;
  maxDataLen: number;
}): TransactionInstruction {
  const data = Buffer.alloc(12);
  data.writeUInt32LE(LoaderInstruction.DeployWithMaxDataLen, 0);
  data.writeBigUInt64LE(BigInt(args.maxDataLen), 4);
  return new TransactionInstruction({
    programId: UPGRADEABLE_LOADER_ID,
    keys: [
      { pubkey: args.payer, isSigner: true, isWritable: true },
      { pubkey: programDataAddress(args.programId), isSigner: false, isWritable: true },
      { pubkey: args.programId, isSigner: false, isWritable: true },
      { pubkey: args.buffer, isSigner: false, isWritable: true },
      { pubkey: SYSVAR_RENT_PUBKEY, isSigner: false, isWritable: false },
      { pubkey: SYSVAR_CLOCK_PUBKEY, isSigner: false, isWritable: false },
      { pubkey: SystemProgram.programId, isSigner: false, isWritable: false },
      { pubkey: args.authority, isSigner: true, isWritable: false },
    ],
    data,
  });
}

export function upgradeInstruction(args: { programId: PublicKey; buffer: PublicKey; spill: PublicKey; authority: PublicKey }): TransactionInstruction {
  return new TransactionInstruction({
    programId: UPGRADEABLE_LOADER_ID,
    keys: [
      { pubkey: programDataAddress(args.programId), isSigner: false, isWritable: true },
      { pubkey: args.programId, isSigner: false, isWritable: true },
      { pubkey: args.buffer, isSigner: false, isWritable: true },
      { pubkey: args.spill, isSigner: false, isWritable: true },
      { pubkey: SYSVAR_RENT_PUBKEY, isSigner: false, isWritable: false },
      { pubkey: SYSVAR_CLOCK_PUBKEY, isSigner: false, isWritable: false },
      { pubkey: args.authority, isSigner: true, isWritable: false },
    ],
    data: u32(LoaderInstruction.Upgrade),
  });
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value, 0);
  return b;
}
