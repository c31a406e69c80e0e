import { AccountInfo, GetProgramAccountsFilter, PublicKey } from "@solana/web3.js";
import BN from "bn.js";
import { Buffer } from "buffer";
import { RewardPool } from "../quote/rewards";
import { StakePosition } from "../quote/stake";
import { stakingCoder } from "./encode";
import { LockTierConfig } from "./instructions";
import { StakingPoolKeys } from "./keys";

/** A decoded `Pool` account; `rewards` is the `nd_math::RewardPool` the quote module takes. */
export interface StakingPool extends StakingPoolKeys {
  readonly authority: PublicKey;
  /** `PublicKey.default` when no handover is proposed. */
  readonly pendingAuthority: PublicKey;
  readonly stakeDecimals: number;
  readonly rewardDecimals: number;
  readonly bump: number;
  readonly paused: boolean;
  readonly earlyExitPenaltyBps: number;
  /** The tiers new positions get (only the first `tier_count` stored). */
  readonly tiers: readonly LockTierConfig[];
  readonly minStake: bigint;
  readonly totalStaked: bigint;
  readonly totalFunded: bigint;
  readonly totalPenalties: bigint;
  readonly totalClaimed: bigint;
  readonly rewards: RewardPool;
}

/** A decoded `Position` account; `stake` is the `nd_math::StakePosition` the quote module takes. */
export interface StakePositionAccount {
  readonly address: PublicKey;
  readonly pool: PublicKey;
  readonly owner: PublicKey;
  readonly nonce: bigint;
  readonly bump: number;
  readonly openedAt: bigint;
  readonly totalClaimed: bigint;
  readonly stake: StakePosition;
}

/** What the decoder needs from a connection (a `Connection` has it, so does the test harness's). */
export interface AccountReader {
  getAccountInfo(address: PublicKey): Promise<AccountInfo<Buffer> | null>;
}

export interface ProgramAccountsReader {
  getProgramAccounts(
    programId: PublicKey,
    config: { readonly filters: GetProgramAccountsFilter[] },
  ): Promise<readonly { readonly pubkey: PublicKey; readonly account: AccountInfo<Buffer> }[]>;
}

const big = (v: unknown): bigint => {
  if (BN.isBN(v)) return BigInt((v as BN).toString());
  if (typeof v === "number" || typeof v === "bigint") return BigInt(v);
  // `PodU128`: the program keeps 128-bit values as 16 little-endian bytes (zero-copy accounts
  // are only 8-byte aligned).
  const bytes = field(v, "leBytes");
  if (Array.isArray(bytes) && bytes.length === 16) return bytes.reduceRight((acc: bigint, b: number) => (acc << 8n) | BigInt(b), 0n);
  throw new TypeError(`expected an integer, got ${String(v)}`);
};
const key = (v: unknown): PublicKey => {
  if (v instanceof PublicKey) return v;
  throw new TypeError(`expected a public key, got ${String(v)}`);
};
const num = (v: unknown): number => Number(big(v));
function field(o: unknown, name: string): unknown {
  return typeof o === "object" && o !== null ? (o as Record<string, unknown>)[name] : undefined;
}

function rewardPoolOf(raw: unknown): RewardPool {
  const f = (n: string) => big(field(raw, n));
  return {
    accPerWeight: f("accPerWeight"),
    carry: f("carry"),
    totalWeight: f("totalWeight"),
    budget: f("budget"),
    streamed: f("streamed"),
    unassigned: f("unassigned"),
    periodStart: f("periodStart"),
    periodEnd: f("periodEnd"),
    lastUpdate: f("lastUpdate"),
  };
}

function stakePositionOf(raw: unknown): StakePosition {
  const f = (n: string) => big(field(raw, n));
  return {
    weight: f("weight"),
    accCheckpoint: f("accCheckpoint"),
    pending: f("pending"),
    amount: f("amount"),
    multiplierBps: f("multiplierBps"),
    lockEnd: f("lockEnd"),
  };
}

export function decodeStakingPool(address: PublicKey, programId: PublicKey, data: Buffer): StakingPool {
  const raw: unknown = stakingCoder().coder.accounts.decode("pool", data);
  const f = (n: string) => field(raw, n);
  const tierCount = num(f("tierCount"));
  const tiers = (f("tiers") as readonly unknown[]).slice(0, tierCount).map((t) => ({
    minLockSecs: big(field(t, "minLockSecs")),
    multiplierBps: big(field(t, "multiplierBps")),
  }));
  return {
    programId,
    address,
    stakeMint: key(f("stakeMint")),
    rewardMint: key(f("rewardMint")),
    stakeVault: key(f("stakeVault")),
    rewardVault: key(f("rewardVault")),
    stakeTokenProgram: key(f("stakeTokenProgram")),
    rewardTokenProgram: key(f("rewardTokenProgram")),
    authority: key(f("authority")),
    pendingAuthority: key(f("pendingAuthority")),
    stakeDecimals: num(f("stakeDecimals")),
    rewardDecimals: num(f("rewardDecimals")),
    bump: num(f("bump")),
    paused: num(f("paused")) !== 0,
    earlyExitPenaltyBps: num(f("earlyExitPenaltyBps")),
    tiers,
    minStake: big(f("minStake")),
    totalStaked: big(f("totalStaked")),
    totalFunded: big(f("totalFunded")),
    totalPenalties: big(f("totalPenalties")),
    totalClaimed: big(f("totalClaimed")),
    rewards: rewardPoolOf(f("rewards")),
  };
}

export function decodeStakePosition(address: PublicKey, data: Buffer): StakePositionAccount {
  const raw: unknown = stakingCoder().coder.accounts.decode("position", data);
  const f = (n: string) => field(raw, n);
  return {
    address,
    pool: key(f("pool")),
    owner: key(f("owner")),
    nonce: big(f("nonce")),
    bump: num(f("bump")),
    openedAt: big(f("openedAt")),
    totalClaimed: big(f("totalClaimed")),
    stake: stakePositionOf(f("stake")),
  };
}

/** The pool at `address`, or null when it does not exist. */
export async function fetchStakingPool(connection: AccountReader, address: PublicKey): Promise<StakingPool | null> {
  const info = await connection.getAccountInfo(address);
  return info ? decodeStakingPool(address, info.owner, info.data) : null;
}

/** The position at `address`, or null when it does not exist (or was closed). */
export async function fetchStakePosition(connection: AccountReader, address: PublicKey): Promise<StakePositionAccount | null> {
  const info = await connection.getAccountInfo(address);
  return info ? decodeStakePosition(address, info.data) : null;
}

/** Every open position of `owner` in `pool` (`Position.pool` at offset 8, `owner` at 40). */
export async function fetchStakePositionsOf(
  connection: ProgramAccountsReader,
  pool: Pick<StakingPoolKeys, "programId" | "address">,
  owner: PublicKey,
): Promise<StakePositionAccount[]> {
  const discriminator: unknown = stakingCoder().coder.accounts.memcmp("position");
  const accounts = await connection.getProgramAccounts(pool.programId, {
    filters: [
      { memcmp: { offset: 0, bytes: String(field(discriminator, "bytes")) } },
      { memcmp: { offset: 8, bytes: pool.address.toBase58() } },
      { memcmp: { offset: 40, bytes: owner.toBase58() } },
    ],
  });
  return accounts.map((a) => decodeStakePosition(a.pubkey, a.account.data)).sort((a, b) => (a.nonce < b.nonce ? -1 : a.nonce > b.nonce ? 1 : 0));
}
