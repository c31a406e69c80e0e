// A program driven by hand-encoded instructions in a bare LiteSVM, for the toolchain suites that
// check the .so itself rather than a client library: Anchor discriminators, little-endian
// integers, one signed transaction per call with its logs and compute units.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { getTransactionDecoder } from "@solana/kit";
import { ComputeBudgetProgram, Keypair, LAMPORTS_PER_SOL, PublicKey, Transaction, TransactionInstruction } from "@solana/web3.js";
import { FailedTransactionMetadata, LiteSVM, TransactionMetadata } from "litesvm";

const decoder = getTransactionDecoder();

/** Anchor's 8-byte discriminator, e.g. disc("global", "increment"). */
export const disc = (namespace: string, name: string): Buffer => createHash("sha256").update(`${namespace}:${name}`).digest().subarray(0, 8);

export function u64le(v: bigint | string): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
}

export function u128le(v: bigint | string): Buffer {
  const n = BigInt(v);
  return Buffer.concat([u64le(n & ((1n << 64n) - 1n)), u64le(n >> 64n)]);
}

export interface Sent {
  readonly failed: boolean;
  readonly err: string;
  readonly logs: string[];
  readonly computeUnits: number;
  readonly returnData: Buffer;
}

export class RawProgram {
  readonly svm = new LiteSVM();
  readonly programId: PublicKey;
  readonly payer = Keypair.generate();

  /** Loads `so` at the address of `keypairPath` and funds a payer. */
  constructor(so: string, keypairPath: string) {
    const secret = JSON.parse(readFileSync(keypairPath, "utf8")) as number[];
    this.programId = Keypair.fromSecretKey(Uint8Array.from(secret)).publicKey;
    this.svm.addProgramFromFile(this.programId.toBase58() as never, so);
    this.airdrop(this.payer.publicKey, 1000n * BigInt(LAMPORTS_PER_SOL));
  }

  airdrop(to: PublicKey, lamports: bigint): void {
    this.svm.airdrop(to.toBase58() as never, lamports as never);
  }

  lamports(key: PublicKey): bigint {
    return BigInt(this.svm.getBalance(key.toBase58() as never) ?? 0n);
  }

  /** The account's data, throwing if it does not exist. */
  data(key: PublicKey): Buffer {
    const account = this.svm.getAccount(key.toBase58() as never);
    if (!account.exists) throw new Error(`account ${key.toBase58()} does not exist`);
    return Buffer.from(account.data);
  }

  send(data: Buffer, keys: TransactionInstruction["keys"] = [], signer: Keypair = this.payer, computeUnitLimit?: number): Sent {
    const tx = new Transaction({ feePayer: signer.publicKey, recentBlockhash: this.svm.latestBlockhash() });
    if (computeUnitLimit) tx.add(ComputeBudgetProgram.setComputeUnitLimit({ units: computeUnitLimit }));
    tx.add(new TransactionInstruction({ programId: this.programId, keys, data }));
    tx.sign(signer);
    const r = this.svm.sendTransaction(decoder.decode(tx.serialize()) as never);
    // Identical instructions sent again must get a new signature, as on a cluster.
    this.svm.expireBlockhash();
    const failed = r instanceof FailedTransactionMetadata;
    const meta = failed ? r.meta() : (r as TransactionMetadata);
    return {
      failed,
      err: failed ? String(r.err()) : "",
      logs: meta.logs(),
      computeUnits: Number(meta.computeUnitsConsumed()),
      returnData: Buffer.from(meta.returnData().data()),
    };
  }
}
