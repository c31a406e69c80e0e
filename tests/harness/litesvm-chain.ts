import { Address, Signature, getBase58Decoder, getTransactionDecoder, lamports as kitLamports } from "@solana/kit";
import {
  AccountInfo,
  AddressLookupTableAccount,
  CompiledInnerInstruction,
  PublicKey,
  TransactionReturnData,
  VersionedMessage,
  VersionedTransaction,
} from "@solana/web3.js";
import { FailedTransactionMetadata, LiteSVM, TransactionMetadata } from "litesvm";
import { TransactionErrorJson } from "../../sdk/src/svm-errors";
import { toTransactionErrorJson } from "./litesvm-errors";
import { TransactionFailedError } from "./sent-transaction";

export const BPF_LOADER_UPGRADEABLE_ID = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");
const LOADER_STATE_PROGRAM = 2;
const LOADER_STATE_PROGRAM_DATA = 3;
/** Program: u32 tag + programdata address. */
const PROGRAM_ACCOUNT_LEN = 36;
/** ProgramData before the ELF: u32 tag + u64 slot + Option<Pubkey> (1 + 32). */
const PROGRAM_DATA_HEADER_LEN = 45;

/** How many blockhashes stay valid, as on a cluster (MAX_PROCESSING_AGE). */
const BLOCKHASH_VALIDITY = 150;

const base58 = getBase58Decoder();
const transactionDecoder = getTransactionDecoder();

/** One executed transaction, kept so `getTransaction`/`getSignatureStatuses` answer as an RPC node would. */
export interface ExecutedTransaction {
  readonly signature: string;
  readonly signatures: string[];
  readonly message: VersionedMessage;
  readonly slot: number;
  readonly blockTime: number;
  readonly err: TransactionErrorJson | null;
  readonly logs: string[];
  readonly computeUnits: number;
  readonly fee: number;
  readonly accountKeys: PublicKey[];
  readonly loadedAddresses: { writable: PublicKey[]; readonly: PublicKey[] };
  readonly preBalances: number[];
  readonly postBalances: number[];
  readonly innerInstructions: CompiledInnerInstruction[];
  readonly returnData: TransactionReturnData | null;
}

export interface SimulationOutcome {
  readonly err: TransactionErrorJson | null;
  readonly logs: string[];
  readonly computeUnits: number;
  readonly returnData: TransactionReturnData | null;
  readonly innerInstructions: CompiledInnerInstruction[];
  /** Post-simulation state of the accounts the transaction touched, by base58 address. */
  readonly postAccounts: ReadonlyMap<string, AccountInfo<Buffer>>;
}

export interface ClockState {
  readonly slot: bigint;
  readonly epoch: bigint;
  readonly unixTimestamp: bigint;
}

export function toAddress(key: PublicKey): Address {
  return key.toBase58() as Address;
}

/**
 * The one place that talks to LiteSVM. It adds what a cluster does and LiteSVM leaves to its
 * embedder: a window of valid blockhashes that advances after every transaction (so identical
 * instructions sent twice get distinct signatures, and a resent signature is `AlreadyProcessed`),
 * preflight (a failing transaction is rejected without charging its fee, as an RPC node does
 * unless `skipPreflight`), and a record of executed transactions for `getTransaction`.
 */
export class LiteSvmChain {
  readonly svm: LiteSVM;
  private readonly recentBlockhashes: string[] = [];
  private readonly executed = new Map<string, ExecutedTransaction>();
  private readonly listeners = new Set<(tx: ExecutedTransaction) => void>();
  private blockHeight = 0;

  constructor() {
    // Blockhash validity is enforced here (a window, not only the latest hash).
    this.svm = new LiteSVM().withBlockhashCheck(false);
    // A fresh cluster's clock reads the wall time, not the epoch.
    const clock = this.svm.getClock();
    clock.unixTimestamp = BigInt(Math.floor(Date.now() / 1000));
    this.svm.setClock(clock);
    this.recentBlockhashes.push(this.svm.latestBlockhash());
  }

  latestBlockhash(): { blockhash: string; lastValidBlockHeight: number } {
    return { blockhash: this.currentBlockhash(), lastValidBlockHeight: this.blockHeight + BLOCKHASH_VALIDITY };
  }

  currentBlockHeight(): number {
    return this.blockHeight;
  }

  private currentBlockhash(): string {
    return this.recentBlockhashes[this.recentBlockhashes.length - 1];
  }

  private advanceBlockhash(): void {
    this.svm.expireBlockhash();
    this.blockHeight += 1;
    this.recentBlockhashes.push(this.svm.latestBlockhash());
    if (this.recentBlockhashes.length > BLOCKHASH_VALIDITY) this.recentBlockhashes.shift();
  }

  /**
   * Executes a signed wire transaction. Preflight failures (and stale or repeated
   * transactions) throw `TransactionFailedError` and change nothing; otherwise the transaction
   * lands, and its record (possibly with `err`) is returned.
   */
  execute(wire: Uint8Array, opts: { skipPreflight?: boolean } = {}): ExecutedTransaction {
    const tx = VersionedTransaction.deserialize(wire);
    const signature = base58.decode(tx.signatures[0]);
    const action = opts.skipPreflight ? "send" : "simulate";
    const reject = (txError: TransactionErrorJson, logs: string[] = [], computeUnits = 0): never => {
      throw new TransactionFailedError({ action, signature, txError, logs, computeUnits });
    };
    // LiteSVM's own check would throw a bare kit error; a cluster reports it as a signature failure.
    if (tx.signatures.some((sig) => sig.every((byte) => byte === 0))) reject("SignatureFailure");
    if (this.executed.has(signature)) reject("AlreadyProcessed");
    if (!this.recentBlockhashes.includes(tx.message.recentBlockhash)) reject("BlockhashNotFound");

    const kitTx = transactionDecoder.decode(wire);
    if (!opts.skipPreflight) {
      const preflight = this.svm.simulateTransaction(kitTx);
      if (preflight instanceof FailedTransactionMetadata) {
        const meta = preflight.meta();
        reject(toTransactionErrorJson(preflight.err()), meta.logs(), Number(meta.computeUnitsConsumed()));
      }
    }

    const { accountKeys, loadedAddresses } = this.resolveAccountKeys(tx.message);
    const preBalances = accountKeys.map((key) => this.lamports(key));
    const outcome = this.svm.sendTransaction(kitTx);
    const postBalances = accountKeys.map((key) => this.lamports(key));
    const meta = outcome instanceof FailedTransactionMetadata ? outcome.meta() : outcome;
    const clock = this.svm.getClock();
    const record: ExecutedTransaction = {
      signature,
      signatures: tx.signatures.map((s) => base58.decode(s)),
      message: tx.message,
      slot: Number(clock.slot),
      blockTime: Number(clock.unixTimestamp),
      err: outcome instanceof FailedTransactionMetadata ? toTransactionErrorJson(outcome.err()) : null,
      logs: meta.logs(),
      computeUnits: Number(meta.computeUnitsConsumed()),
      fee: feeOf(meta),
      accountKeys,
      loadedAddresses,
      preBalances,
      postBalances,
      innerInstructions: innerInstructionsOf(meta),
      returnData: returnDataOf(meta),
    };
    this.executed.set(signature, record);
    this.advanceBlockhash();
    for (const listener of this.listeners) listener(record);
    return record;
  }

  simulate(wire: Uint8Array, opts: { sigVerify: boolean }): SimulationOutcome {
    const kitTx = transactionDecoder.decode(wire);
    // RPC simulation does not need signatures unless asked to verify them.
    this.svm.withSigverify(opts.sigVerify);
    let result;
    try {
      result = this.svm.simulateTransaction(kitTx);
    } finally {
      this.svm.withSigverify(true);
    }
    if (result instanceof FailedTransactionMetadata) {
      const meta = result.meta();
      return {
        err: toTransactionErrorJson(result.err()),
        logs: meta.logs(),
        computeUnits: Number(meta.computeUnitsConsumed()),
        returnData: returnDataOf(meta),
        innerInstructions: innerInstructionsOf(meta),
        postAccounts: new Map(),
      };
    }
    const meta = result.meta();
    const postAccounts = new Map<string, AccountInfo<Buffer>>();
    for (const account of result.postAccounts()) {
      postAccounts.set(account.address, {
        executable: account.executable,
        owner: new PublicKey(account.programAddress),
        lamports: Number(account.lamports),
        data: Buffer.from(account.data),
      });
    }
    return {
      err: null,
      logs: meta.logs(),
      computeUnits: Number(meta.computeUnitsConsumed()),
      returnData: returnDataOf(meta),
      innerInstructions: innerInstructionsOf(meta),
      postAccounts,
    };
  }

  transaction(signature: string): ExecutedTransaction | null {
    return this.executed.get(signature) ?? null;
  }

  /** Called after every landed transaction (log subscriptions). Returns an unsubscribe function. */
  onExecuted(listener: (tx: ExecutedTransaction) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getAccount(key: PublicKey): AccountInfo<Buffer> | null {
    const account = this.svm.getAccount(toAddress(key));
    if (!account.exists) return null;
    return {
      executable: account.executable,
      owner: new PublicKey(account.programAddress),
      lamports: Number(account.lamports),
      data: Buffer.from(account.data),
    };
  }

  setAccount(key: PublicKey, account: { lamports: bigint; data: Uint8Array; owner: PublicKey; executable?: boolean }): void {
    this.svm.setAccount({
      address: toAddress(key),
      lamports: kitLamports(account.lamports),
      data: account.data,
      programAddress: toAddress(account.owner),
      executable: account.executable ?? false,
      space: BigInt(account.data.length),
    });
  }

  programAccounts(owner: PublicKey): { pubkey: PublicKey; account: AccountInfo<Buffer> }[] {
    return this.svm.getProgramAccounts(toAddress(owner)).map((account) => ({
      pubkey: new PublicKey(account.address),
      account: {
        executable: account.executable,
        owner: new PublicKey(account.programAddress),
        lamports: Number(account.lamports),
        data: Buffer.from(account.data),
      },
    }));
  }

  lamports(key: PublicKey): number {
    return Number(this.svm.getBalance(toAddress(key)) ?? 0n);
  }

  /** Credits lamports the way a faucet does: a real System transfer, fee-free for the recipient. */
  airdrop(to: PublicKey, lamports: bigint): string {
    const result = this.svm.airdrop(toAddress(to), kitLamports(lamports));
    if (!result || result instanceof FailedTransactionMetadata) {
      throw new Error(`airdrop of ${lamports} lamports to ${to.toBase58()} failed: ${String(result)}`);
    }
    // The faucet transaction reuses the latest blockhash; a repeat airdrop must not collide with it.
    this.advanceBlockhash();
    return base58.decode(result.signature());
  }

  /** Outcome of any landed transaction, including faucet transfers that only LiteSVM's history holds. */
  landedStatus(signature: string): { slot: number; err: TransactionErrorJson | null } | null {
    const executed = this.executed.get(signature);
    if (executed) return { slot: executed.slot, err: executed.err };
    const history = this.svm.getTransaction(signature as Signature);
    if (!history) return null;
    const err = history instanceof FailedTransactionMetadata ? toTransactionErrorJson(history.err()) : null;
    return { slot: Number(this.svm.getClock().slot), err };
  }

  rentExemptMinimum(dataLength: number): bigint {
    return this.svm.minimumBalanceForRentExemption(BigInt(dataLength));
  }

  clock(): ClockState {
    const clock = this.svm.getClock();
    return { slot: clock.slot, epoch: clock.epoch, unixTimestamp: clock.unixTimestamp };
  }

  warpClock(to: { slot?: bigint; unixTimestamp?: bigint }): void {
    if (to.slot !== undefined) this.svm.warpToSlot(to.slot);
    if (to.unixTimestamp !== undefined) {
      const clock = this.svm.getClock();
      clock.unixTimestamp = to.unixTimestamp;
      this.svm.setClock(clock);
    }
  }

  /**
   * Deploys `elf` as the BPF upgradeable loader does: a ProgramData account at the loader PDA of
   * `programId` (deployment slot, upgrade authority, ELF) and an executable Program account
   * pointing at it, so programs can check their upgrade authority. LiteSVM compiles a program
   * into its cache when the Program account is written, reading the ProgramData then, so the
   * ProgramData must be written first.
   */
  addUpgradeableProgram(programId: PublicKey, elf: Uint8Array, upgradeAuthority: PublicKey | null): void {
    const programData = PublicKey.findProgramAddressSync([programId.toBuffer()], BPF_LOADER_UPGRADEABLE_ID)[0];
    // bincode of UpgradeableLoaderState::ProgramData { slot, upgrade_authority_address }.
    const header = Buffer.alloc(PROGRAM_DATA_HEADER_LEN);
    header.writeUInt32LE(LOADER_STATE_PROGRAM_DATA, 0);
    header.writeBigUInt64LE(this.svm.getClock().slot, 4);
    if (upgradeAuthority) {
      header.writeUInt8(1, 12);
      upgradeAuthority.toBuffer().copy(header, 13);
    }
    const programDataBytes = Buffer.concat([header, elf]);
    // bincode of UpgradeableLoaderState::Program { programdata_address }.
    const programBytes = Buffer.alloc(PROGRAM_ACCOUNT_LEN);
    programBytes.writeUInt32LE(LOADER_STATE_PROGRAM, 0);
    programData.toBuffer().copy(programBytes, 4);
    const write = (address: PublicKey, data: Buffer, executable: boolean) =>
      this.setAccount(address, { lamports: this.rentExemptMinimum(data.length), data, owner: BPF_LOADER_UPGRADEABLE_ID, executable });
    write(programData, programDataBytes, false);
    write(programId, programBytes, true);
  }

  /** Static keys, then keys loaded from lookup tables (writable, then read-only), as the runtime orders them. */
  private resolveAccountKeys(message: VersionedMessage): Pick<ExecutedTransaction, "accountKeys" | "loadedAddresses"> {
    const writable: PublicKey[] = [];
    const readonly: PublicKey[] = [];
    for (const lookup of message.addressTableLookups) {
      const table = this.getAccount(lookup.accountKey);
      if (!table) continue; // the runtime rejects it; the record then has no loaded keys
      const addresses = AddressLookupTableAccount.deserialize(table.data).addresses;
      for (const i of lookup.writableIndexes) if (addresses[i]) writable.push(addresses[i]);
      for (const i of lookup.readonlyIndexes) if (addresses[i]) readonly.push(addresses[i]);
    }
    return {
      accountKeys: [...message.staticAccountKeys, ...writable, ...readonly],
      loadedAddresses: { writable, readonly },
    };
  }
}

/**
 * LiteSVM computes the fee but only shows it in its metadata's Debug text (`…, fee: 5000 }`);
 * reading it there keeps the number the runtime charged instead of re-deriving fee rules.
 */
function feeOf(meta: TransactionMetadata): number {
  const matches = [...meta.toString().matchAll(/\bfee: (\d+)/g)];
  const last = matches[matches.length - 1];
  if (!last) throw new Error("LiteSVM transaction metadata no longer shows the fee; update feeOf()");
  return Number(last[1]);
}

function innerInstructionsOf(meta: TransactionMetadata): CompiledInnerInstruction[] {
  return meta
    .innerInstructions()
    .map((inner, index) => ({
      index,
      instructions: inner.map((ix) => {
        const compiled = ix.instruction();
        return {
          programIdIndex: compiled.programIdIndex(),
          accounts: Array.from(compiled.accounts()),
          data: base58.decode(compiled.data()),
        };
      }),
    }))
    .filter((inner) => inner.instructions.length > 0);
}

function returnDataOf(meta: TransactionMetadata): TransactionReturnData | null {
  const returned = meta.returnData();
  const data = returned.data();
  if (data.length === 0) return null;
  return { programId: base58.decode(returned.programId()), data: [Buffer.from(data).toString("base64"), "base64"] };
}
