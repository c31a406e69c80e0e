// The SBF side: builds the sbf-probe program for one SBPF version and runs records through it
// in LiteSVM, batched through accounts (many records per transaction) or inline (instruction
// data in, return data out).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { address, getTransactionDecoder, lamports } from "@solana/kit";
import { ComputeBudgetProgram, Keypair, LAMPORTS_PER_SOL, PublicKey, Transaction, TransactionInstruction } from "@solana/web3.js";
import { FailedTransactionMetadata, LiteSVM, TransactionMetadata } from "litesvm";
import type { ProbeCase } from "./native";
import { WORKSPACE } from "./native";

export type Arch = "v0" | "v3";

/** The most a transaction may use. */
export const CU_LIMIT = 1_400_000;
/** What a batch aims to use, leaving room for records dearer than those seen so far. */
const BATCH_TARGET = 900_000;
/** Return data is limited to 1024 bytes; instruction data to what fits in a 1232-byte transaction. */
export const MAX_RETURN = 1024;
export const MAX_INLINE_INPUT = 900;

/**
 * Builds the probe for `arch` (with the toolchain gaps named in `gaps` compiled in, see
 * crates/sbf-probe-cases/src/gaps.rs) and keeps a copy per arch, since target/deploy holds only
 * the last build. The probe is a plain solana-program program: it has no Anchor IDL. A failed
 * build throws with the toolchain's diagnostics.
 */
export function buildProbe(arch: Arch, gaps = ""): { so: string; programId: PublicKey } {
  const { status, output } = runProbeBuild(arch, { SBF_PROBE_GAPS: gaps });
  if (status !== 0) {
    const diagnostics = output.split("\n").filter((l) => /sbf-legalise: error|LLVM ERROR|error(\[E\d+\])?:/.test(l));
    throw new Error(`building sbf_probe (SBPF ${arch}${gaps ? `, gaps ${gaps}` : ""}) failed:\n${(diagnostics.length ? diagnostics : output.split("\n").slice(-40)).map((l) => l.trim()).join("\n")}`);
  }
  process.stdout.write(output.split("\n").filter((l) => l.startsWith("[build]")).map((l) => `      ${l}\n`).join(""));
  const dir = join(WORKSPACE, "target", "differential");
  mkdirSync(dir, { recursive: true });
  const so = join(dir, `sbf_probe-${arch}${gaps ? `-${gaps.replaceAll(",", "+")}` : ""}.so`);
  copyFileSync(join(WORKSPACE, "target", "deploy", "sbf_probe.so"), so);
  return { so, programId: probeProgramId() };
}

/** Runs build.mjs on the probe with `env` added (SBF_PROBE_GAPS, SBF_PROBE_REJECT, ...). */
export function runProbeBuild(arch: Arch, env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync("nice", ["-n", "10", process.execPath, join(__dirname, "..", "..", "build.mjs"), "--workspace", WORKSPACE, "--arch", arch, "--program", "sbf_probe", "--no-idl"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

export function probeProgramId(): PublicKey {
  const secret = JSON.parse(readFileSync(join(WORKSPACE, "keys", "sbf_probe-keypair.json"), "utf8")) as number[];
  return Keypair.fromSecretKey(Uint8Array.from(secret)).publicKey;
}

/** Instruction data of an inline run: `[1][case u16][records…]`. */
export function inlineData(c: ProbeCase, records: readonly Buffer[]): Buffer {
  const header = Buffer.alloc(3);
  header[0] = 1;
  header.writeUInt16LE(c.index, 1);
  return Buffer.concat([header, ...records]);
}

export interface Sent {
  readonly ok: boolean;
  readonly err: string;
  readonly logs: readonly string[];
  readonly computeUnits: number;
  readonly returnData: Buffer;
}

export interface BatchRun {
  readonly outputs: Buffer;
  readonly transactions: number;
  readonly computeUnits: number;
}

const decoder = getTransactionDecoder();

export class ProbeVm {
  private readonly svm = new LiteSVM();
  private readonly payer = Keypair.generate();

  constructor(readonly programId: PublicKey, so: string) {
    this.svm.addProgramFromFile(address(programId.toBase58()), so);
    const funded = this.svm.airdrop(address(this.payer.publicKey.toBase58()), lamports(BigInt(100 * LAMPORTS_PER_SOL)));
    if (!funded || funded instanceof FailedTransactionMetadata) throw new Error(`airdrop to the probe's fee payer failed: ${String(funded)}`);
  }

  send(data: Buffer, keys: TransactionInstruction["keys"] = []): Sent {
    const tx = new Transaction({ feePayer: this.payer.publicKey, recentBlockhash: this.svm.latestBlockhash() });
    tx.add(ComputeBudgetProgram.setComputeUnitLimit({ units: CU_LIMIT }));
    tx.add(new TransactionInstruction({ programId: this.programId, keys, data }));
    tx.sign(this.payer);
    const r = this.svm.sendTransaction(decoder.decode(tx.serialize()));
    // Identical transactions (the same inline input twice) would otherwise be rejected as duplicates.
    this.svm.expireBlockhash();
    const failed = r instanceof FailedTransactionMetadata;
    const meta: TransactionMetadata = failed ? r.meta() : r;
    return {
      ok: !failed,
      err: failed ? r.toString() : "",
      logs: meta.logs(),
      computeUnits: Number(meta.computeUnitsConsumed()),
      returnData: Buffer.from(meta.returnData().data()),
    };
  }

  /**
   * Runs every record through account-held batches; returns the output account's records.
   * Batches are sized from the compute units the previous ones used, aiming at BATCH_TARGET,
   * and at most `maxPerTx` records (allocating cases fill the heap first); one that still runs
   * out is retried at half the size (a failed transaction writes nothing).
   */
  runBatch(c: ProbeCase, records: readonly Buffer[], maxPerTx = records.length): BatchRun {
    const input = Keypair.generate().publicKey;
    const output = Keypair.generate().publicKey;
    this.setAccount(input, Buffer.concat(records));
    // A fill byte no case writes for every field, so a record the program skipped cannot pass.
    this.setAccount(output, Buffer.alloc(records.length * c.output, 0xa5));
    let first = 0;
    let transactions = 0;
    let computeUnits = 0;
    let unitsPerRecord = 0;
    let size = Math.min(maxPerTx, 16);
    while (first < records.length) {
      const count = Math.min(size, records.length - first);
      const data = Buffer.alloc(11);
      data[0] = 0;
      data.writeUInt16LE(c.index, 1);
      data.writeUInt32LE(first, 3);
      data.writeUInt32LE(count, 7);
      const r = this.send(data, [
        { pubkey: input, isSigner: false, isWritable: false },
        { pubkey: output, isSigner: false, isWritable: true },
      ]);
      transactions++;
      computeUnits += r.computeUnits;
      // Out of compute units, or of the 32 KiB bump heap, which never frees: try fewer records.
      if (!r.ok && count > 1 && r.logs.some((l) => l.includes("exceeded CUs meter") || l.includes("memory allocation failed"))) {
        size = Math.max(1, Math.floor(count / 2));
        continue;
      }
      if (!r.ok) throw new Error(`${c.name}: batch at record ${first} failed: ${r.err}\n${r.logs.join("\n")}\ninput: ${records[first].toString("hex")}`);
      if (r.returnData.length !== 4 || r.returnData.readUInt32LE(0) !== count) throw new Error(`${c.name}: batch at record ${first} returned ${r.returnData.toString("hex")}, expected the count ${count}`);
      first += count;
      unitsPerRecord = Math.max(unitsPerRecord, r.computeUnits / count);
      size = Math.max(1, Math.min(maxPerTx, Math.floor(BATCH_TARGET / unitsPerRecord)));
    }
    const account = this.svm.getAccount(address(output.toBase58()));
    if (!account.exists) throw new Error(`${c.name}: the output account disappeared`);
    return { outputs: Buffer.from(account.data), transactions, computeUnits };
  }

  runInline(c: ProbeCase, records: readonly Buffer[]): Sent {
    return this.send(inlineData(c, records));
  }

  private setAccount(key: PublicKey, data: Buffer): void {
    this.svm.setAccount({
      address: address(key.toBase58()),
      lamports: lamports(this.svm.minimumBalanceForRentExemption(BigInt(data.length))),
      data,
      programAddress: address(this.programId.toBase58()),
      executable: false,
      space: BigInt(data.length),
    });
  }
}
