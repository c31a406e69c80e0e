import { ComputeBudgetProgram, Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import { existsSync, readFileSync } from "fs";
import {
  BUFFER_HEADER_BYTES,
  PROGRAM_ACCOUNT_BYTES,
  UPGRADEABLE_LOADER_ID,
  deployWithMaxDataLenInstruction,
  initializeBufferInstruction,
  readLoadedProgram,
  sameElf,
  upgradeInstruction,
  writeInstruction,
} from "./loader";
import { ProjectProgram, readKeypair } from "./project-programs";
import { Sender } from "./send";

const PACKET_BYTES = 1232;
// Deploying verifies the whole ELF; large programs need more than the default 200k CU.
const DEPLOY_COMPUTE_UNITS = 1_400_000;

export type ProgramOutcome = "unchanged" | "deployed" | "upgraded";

/**
 * Makes `program` run `target/deploy/<name>.so` on the cluster: nothing to do when its ProgramData
 * already holds exactly these bytes; a first deploy through a buffer when the id is free (needs
 * `keys/<name>-keypair.json`); an upgrade when the bytes differ, only if `allowUpgrade` and the
 * wallet is the program's upgrade authority.
 */
export async function ensureProgram(
  sender: Sender,
  program: ProjectProgram,
  options: { allowUpgrade: boolean; log: (line: string) => void },
): Promise<ProgramOutcome> {
  if (!program.so) throw new Error(`program ${program.name} not built: target/deploy/${program.name}.so is missing (npm run build:programs)`);
  const elf = readFileSync(program.so);
  const wallet = sender.payer.publicKey;
  const loaded = await readLoadedProgram(sender.connection, program.programId);

  if (!loaded) {
    const existing = await sender.connection.getAccountInfo(program.programId);
    if (existing) throw new Error(`program ${program.name}: ${program.programId.toBase58()} holds a non-executable account; refusing to deploy over it`);
    if (!existsSync(program.keypairPath)) throw new Error(`program ${program.name}: a first deploy needs its keypair ${program.keypairPath}`);
    const programKeypair = readKeypair(program.keypairPath);
    if (!programKeypair.publicKey.equals(program.programId)) {
      throw new Error(`program ${program.name}: ${program.keypairPath} is ${programKeypair.publicKey.toBase58()}, Anchor.toml says ${program.programId.toBase58()}`);
    }
    options.log(`${program.name}: deploying ${elf.length} bytes to ${program.programId.toBase58()}`);
    const buffer = await writeBuffer(sender, elf);
    const programRent = await sender.connection.getMinimumBalanceForRentExemption(PROGRAM_ACCOUNT_BYTES);
    await sender.send(
      [
        ComputeBudgetProgram.setComputeUnitLimit({ units: DEPLOY_COMPUTE_UNITS }),
        SystemProgram.createAccount({
          fromPubkey: wallet,
          newAccountPubkey: program.programId,
          lamports: programRent,
          space: PROGRAM_ACCOUNT_BYTES,
          programId: UPGRADEABLE_LOADER_ID,
        }),
        // Twice the size, as `solana program deploy` does, so later upgrades fit.
        deployWithMaxDataLenInstruction({ payer: wallet, programId: program.programId, buffer, authority: wallet, maxDataLen: elf.length * 2 }),
      ],
      [programKeypair],
    );
    return "deployed";
  }

  if (sameElf(loaded, elf)) return "unchanged";
  if (loaded.loader !== "upgradeable" || !loaded.upgradeAuthority) {
    throw new Error(`program ${program.name}: the deployed program differs from ${program.so} and cannot be upgraded (immutable)`);
  }
  if (!options.allowUpgrade) {
    throw new Error(`program ${program.name}: the deployed program differs from ${program.so}; pass --upgrade to replace it`);
  }
  if (!loaded.upgradeAuthority.equals(wallet)) {
    throw new Error(`program ${program.name}: its upgrade authority is ${loaded.upgradeAuthority.toBase58()}, not the wallet ${wallet.toBase58()}`);
  }
  if (elf.length > loaded.elf.length) {
    throw new Error(`program ${program.name}: the new build (${elf.length} bytes) exceeds the program's maximum length (${loaded.elf.length}); extend it first`);
  }
  options.log(`${program.name}: upgrading ${program.programId.toBase58()} to ${elf.length} bytes`);
  const buffer = await writeBuffer(sender, elf);
  await sender.send([
    ComputeBudgetProgram.setComputeUnitLimit({ units: DEPLOY_COMPUTE_UNITS }),
    upgradeInstruction({ programId: program.programId, buffer, spill: wallet, authority: wallet }),
  ]);
  return "upgraded";
}

/** A loader buffer holding `elf`, written by the wallet (its authority) in packet-sized pieces. */
async function writeBuffer(sender: Sender, elf: Buffer): Promise<PublicKey> {
  const wallet = sender.payer.publicKey;
  const buffer = Keypair.generate();
  const space = BUFFER_HEADER_BYTES + elf.length;
  await sender.send(
    [
      SystemProgram.createAccount({
        fromPubkey: wallet,
        newAccountPubkey: buffer.publicKey,
        lamports: await sender.connection.getMinimumBalanceForRentExemption(space),
        space,
        programId: UPGRADEABLE_LOADER_ID,
      }),
      initializeBufferInstruction(buffer.publicKey, wallet),
    ],
    [buffer],
  );
  const chunk = writeChunkBytes(buffer.publicKey, wallet);
  const writes = [];
  for (let offset = 0; offset < elf.length; offset += chunk) {
    writes.push([writeInstruction(buffer.publicKey, wallet, offset, elf.subarray(offset, offset + chunk))]);
  }
  await sender.sendAll(writes);
  return buffer.publicKey;
}

/** The largest write whose transaction still fits a packet (data length grows to a 2-byte prefix). */
function writeChunkBytes(buffer: PublicKey, wallet: PublicKey): number {
  const empty = new Transaction({ feePayer: wallet, blockhash: PublicKey.default.toBase58(), lastValidBlockHeight: 0 }).add(
    writeInstruction(buffer, wallet, 0, Buffer.alloc(0)),
  );
  const bytes = empty.serialize({ requireAllSignatures: false, verifySignatures: false }).length;
  return PACKET_BYTES - bytes - 1;
}
