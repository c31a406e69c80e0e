import {
  Connection,
  Keypair,
  Signer,
  Transaction,
  TransactionInstruction,
  sendAndConfirmTransaction,
} from "@solana/web3.js";
import { getBase58Decoder } from "@solana/kit";

const base58 = getBase58Decoder();
const ATTEMPTS = 3;
const IN_FLIGHT = 16;
// Transactions signed with one blockhash: well inside the 150 a cluster accepts.
const GROUP = 64;
const POLL_MS = 400;

interface Sent {
  readonly index: number;
  readonly wire: Buffer;
  readonly signature: string;
  readonly lastValidBlockHeight: number;
}

/** Counts what a deploy run changed on chain: a run that changes nothing sends nothing. */
export class Sender {
  transactions = 0;

  constructor(
    readonly connection: Connection,
    readonly payer: Keypair,
  ) {}

  /** One transaction, confirmed; re-signed with a new blockhash if the previous one expired. */
  async send(instructions: readonly TransactionInstruction[], signers: readonly Signer[] = []): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        const signature = await sendAndConfirmTransaction(this.connection, new Transaction().add(...instructions), [this.payer, ...signers], {
          commitment: "confirmed",
        });
        this.transactions += 1;
        return signature;
      } catch (err) {
        if (attempt >= ATTEMPTS || !/block height exceeded|expired/i.test(String(err))) throw err;
      }
    }
  }

  /**
   * Many independent transactions (buffer writes), sent concurrently in groups, each group signed
   * with a blockhash fetched for it (a chain may retire blockhashes per transaction, not only per
   * block); any that did not land before its blockhash expired goes again in the next round.
   */
  async sendAll(batches: readonly (readonly TransactionInstruction[])[], signers: readonly Signer[] = []): Promise<void> {
    let pending = batches.map((_, i) => i);
    for (let round = 1; pending.length > 0; round++) {
      if (round > ATTEMPTS + 2) throw new Error(`${pending.length} of ${batches.length} transactions did not land after ${round - 1} rounds`);
      const sent: Sent[] = [];
      const retry: number[] = [];
      for (let g = 0; g < pending.length; g += GROUP) {
        const { blockhash, lastValidBlockHeight } = await this.connection.getLatestBlockhash("confirmed");
        const group = pending.slice(g, g + GROUP).map((index) => {
          const tx = new Transaction({ feePayer: this.payer.publicKey, blockhash, lastValidBlockHeight }).add(...batches[index]);
          tx.sign(this.payer, ...signers);
          return { index, wire: tx.serialize(), signature: base58.decode(tx.signature ?? new Uint8Array(64)), lastValidBlockHeight };
        });
        for (let i = 0; i < group.length; i += IN_FLIGHT) {
          await Promise.all(
            group.slice(i, i + IN_FLIGHT).map(async (s) => {
              try {
                // A failing write still lands (and fails) and is reported below; preflight would double the work.
                await this.connection.sendRawTransaction(s.wire, { skipPreflight: true });
                sent.push(s);
              } catch (err) {
                if (!/blockhash not found/i.test(String(err))) throw err;
                retry.push(s.index);
              }
            }),
          );
        }
      }
      this.transactions += sent.length;
      pending = [...retry, ...(await this.unconfirmed(sent))];
    }
  }

  /** Waits for `sent` to confirm; returns those whose blockhash expired first. */
  private async unconfirmed(sent: readonly Sent[]): Promise<number[]> {
    let waiting = [...sent];
    const expired: number[] = [];
    while (waiting.length > 0) {
      const statuses: Awaited<ReturnType<Connection["getSignatureStatuses"]>>["value"] = [];
      for (let i = 0; i < waiting.length; i += 256) {
        statuses.push(...(await this.connection.getSignatureStatuses(waiting.slice(i, i + 256).map((s) => s.signature))).value);
      }
      const failed = statuses.find((s) => s?.err);
      if (failed) throw new Error(`a transaction failed: ${JSON.stringify(failed.err)}`);
      waiting = waiting.filter((_, i) => !["confirmed", "finalized"].includes(statuses[i]?.confirmationStatus ?? ""));
      if (waiting.length === 0) break;
      const height = await this.connection.getBlockHeight("confirmed");
      expired.push(...waiting.filter((s) => s.lastValidBlockHeight < height).map((s) => s.index));
      waiting = waiting.filter((s) => s.lastValidBlockHeight >= height);
      if (waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return expired;
  }
}
