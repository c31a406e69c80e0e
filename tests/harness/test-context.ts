import type { Idl, Program, Provider, Wallet } from "@coral-xyz/anchor";
import type {
  AccountInfo,
  Connection,
  Keypair,
  PublicKey,
  Signer,
  Transaction,
  TransactionInstruction,
  VersionedTransaction,
} from "@solana/web3.js";
import type { Lane, LaneCapabilities } from "./lane";
import type { SentTransaction } from "./sent-transaction";

/** An anchor provider with everything suites rely on (AnchorProvider satisfies it too). */
export type TestProvider = Provider &
  Required<Pick<Provider, "sendAndConfirm" | "sendAll" | "simulate">> & { readonly wallet: Wallet; readonly publicKey: PublicKey };

/**
 * A program to load: `programId` defaults to the `address` in `target/idl/<name>.json`, `so` to
 * `target/deploy/<name>.so`.
 */
export interface ProgramSpec {
  readonly name: string;
  readonly programId?: PublicKey;
  readonly so?: string;
  /**
   * Upgrade authority recorded in the program's ProgramData (lanes that load programs
   * themselves): defaults to the context's `upgradeAuthority`; `null` loads it immutable.
   */
  readonly upgradeAuthority?: Keypair | null;
}

export interface TestContextOptions {
  readonly programs?: readonly ProgramSpec[];
  /** Lamports given to the payer (default 1,000 SOL). */
  readonly payerLamports?: bigint;
  /** Defaults to `ND_LANE` (itself defaulting to `litesvm`). */
  readonly lane?: Lane;
  /** Upgrade authority of the loaded programs (a fresh keypair by default). */
  readonly upgradeAuthority?: Keypair;
}

export interface ClockState {
  readonly slot: bigint;
  readonly epoch: bigint;
  readonly unixTimestamp: bigint;
}

export interface AccountState {
  readonly lamports: bigint;
  readonly data: Uint8Array;
  readonly owner: PublicKey;
  readonly executable?: boolean;
}

export interface SendOptions {
  /** Let the transaction land even if it fails (its fee is charged; `send` still throws). */
  readonly skipPreflight?: boolean;
  /** Pays the fee instead of the context payer; also signs. */
  readonly feePayer?: Signer;
}

/**
 * Everything a suite may touch. Suites use only this interface, so each lane (LiteSVM in-process,
 * later a solana-test-validator over JSON-RPC) provides its own implementation of it.
 */
export interface TestContext {
  readonly lane: Lane;
  readonly capabilities: LaneCapabilities;
  readonly provider: TestProvider;
  readonly connection: Connection;
  readonly wallet: Wallet;
  /** Funded fee payer and default signer of every transaction. */
  readonly payer: Keypair;
  /**
   * Upgrade authority of the loaded programs: each is an upgradeable (BPF loader v3) program
   * whose ProgramData records this key, unless its ProgramSpec chose another.
   */
  readonly upgradeAuthority: Keypair;
  /** Ids of the programs loaded for this context, by name. */
  readonly programIds: Readonly<Record<string, PublicKey>>;

  /** An anchor client for `idl` on this context's provider. */
  program<I extends Idl>(idl: I): Program<I>;
  /**
   * Sends and confirms; resolves with compute units, logs, fee, inner instructions. Failure throws
   * `TransactionFailedError` (logs, computeUnits, txError, and `landed` when it executed).
   */
  send(
    tx: Transaction | VersionedTransaction | readonly TransactionInstruction[],
    signers?: readonly Signer[],
    opts?: SendOptions,
  ): Promise<SentTransaction>;
  /** Details of any transaction sent earlier (e.g. by `program.methods.x().rpc()`). */
  transaction(signature: string): Promise<SentTransaction>;

  airdrop(to: PublicKey, lamports: bigint): Promise<void>;
  /** A new keypair holding `lamports` (default 10 SOL). */
  createFundedKeypair(lamports?: bigint): Promise<Keypair>;
  balance(address: PublicKey): Promise<bigint>;
  getAccount(address: PublicKey): Promise<AccountInfo<Buffer> | null>;
  rentExemptMinimum(dataLength: number): Promise<bigint>;
  clock(): Promise<ClockState>;

  /** Needs `capabilities.setAccount`. */
  setAccount(address: PublicKey, account: AccountState): Promise<void>;
  /** Needs `capabilities.clockWarp`. Sets slot and/or unix timestamp. */
  warpClock(to: { slot?: bigint | number; unixTimestamp?: bigint | number }): Promise<void>;
  /** Needs `capabilities.clockWarp`. Moves the clock forward. */
  advanceClock(by: { slots?: bigint | number; seconds?: bigint | number }): Promise<void>;
  /**
   * Lets time pass until the Clock sysvar reaches `to` (slot and/or unix time), in every lane: a
   * warp where the lane has `clockWarp`, otherwise real waiting (the validator), refused when that
   * would take longer than `maxWaitSeconds` (default 60). Resolves with the clock then.
   */
  waitForClock(to: { slot?: bigint | number; unixTimestamp?: bigint | number }, opts?: { maxWaitSeconds?: number }): Promise<ClockState>;

  /** Releases the lane's resources; the context is unusable afterwards. */
  close(): Promise<void>;
}
