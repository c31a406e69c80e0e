import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import {
  DecodedError,
  LockTierConfig,
  NormalDanceTransactionError,
  StakePositionAccount,
  StakingErrorName,
  StakingPool,
  StakingEvent,
  StakingPoolKeys,
  fetchStakePosition,
  fetchStakingPool,
  findStakePositionAddress,
  initStakingPool,
  keypairSigner,
  parseStakingEvents,
  stakingPoolKeys,
} from "../../sdk/src";
import {
  MintExtension,
  TestContext,
  TestMint,
  TokenProgram,
  createAssociatedTokenAccount,
  createMint,
  createTestContext,
  mintTo,
  requireCapability,
} from "../harness";

export const ND_STAKING = "nd_staking";

export const DAY = 86_400n;

/** 1.5x for a week, 2x for 30 days, 3x for a year. */
export const TIERS: readonly LockTierConfig[] = [
  { minLockSecs: 7n * DAY, multiplierBps: 15_000n },
  { minLockSecs: 30n * DAY, multiplierBps: 20_000n },
  { minLockSecs: 365n * DAY, multiplierBps: 30_000n },
];

export const stakingContext = (): Promise<TestContext> => createTestContext({ programs: [{ name: ND_STAKING }] });

/** What an action needs to act as `who`. */
export const as = (ctx: TestContext, who: Keypair) => ({ connection: ctx.connection, signer: keypairSigner(who) });

export interface PoolFixture {
  readonly ctx: TestContext;
  readonly authority: Keypair;
  readonly stakeMint: TestMint;
  readonly rewardMint: TestMint;
  readonly pool: StakingPoolKeys;
}

export interface PoolOptions {
  /** Stake and reward in one mint (needed for an early-exit penalty); default true. */
  readonly sameMint?: boolean;
  readonly earlyExitPenaltyBps?: number;
  readonly minStake?: bigint;
  readonly tiers?: readonly LockTierConfig[];
  readonly stakeProgram?: TokenProgram;
  readonly rewardProgram?: TokenProgram;
  readonly stakeExtensions?: readonly MintExtension[];
  readonly rewardExtensions?: readonly MintExtension[];
}

export async function createPool(ctx: TestContext, options: PoolOptions = {}): Promise<PoolFixture> {
  const sameMint = options.sameMint ?? true;
  const authority = await ctx.createFundedKeypair();
  const stakeMint = await createMint(ctx, { program: options.stakeProgram, extensions: options.stakeExtensions });
  const rewardMint = sameMint
    ? stakeMint
    : await createMint(ctx, { program: options.rewardProgram, extensions: options.rewardExtensions });
  const pool = stakingPoolKeys({
    programId: ctx.programIds[ND_STAKING],
    stakeMint: stakeMint.address,
    rewardMint: rewardMint.address,
    stakeTokenProgram: stakeMint.programId,
    rewardTokenProgram: rewardMint.programId,
  });
  await initStakingPool({
    ...as(ctx, authority),
    pool,
    earlyExitPenaltyBps: options.earlyExitPenaltyBps ?? (sameMint ? 1_000 : 0),
    minStake: options.minStake ?? 1_000n,
    tiers: options.tiers ?? TIERS,
  });
  return { ctx, authority, stakeMint, rewardMint, pool };
}

export interface User {
  readonly keypair: Keypair;
  readonly stakeTokens: PublicKey;
  readonly rewardTokens: PublicKey;
}

/** A funded wallet holding `stake` stake tokens (and `reward` reward tokens) in its ATAs. */
export async function createUser(f: PoolFixture, stake: bigint, reward = 0n): Promise<User> {
  const keypair = await f.ctx.createFundedKeypair();
  const stakeTokens = await createAssociatedTokenAccount(f.ctx, f.stakeMint, keypair.publicKey);
  const rewardTokens = await createAssociatedTokenAccount(f.ctx, f.rewardMint, keypair.publicKey);
  if (stake > 0n) await mintTo(f.ctx, f.stakeMint, stakeTokens, stake);
  if (reward > 0n) await mintTo(f.ctx, f.rewardMint, rewardTokens, reward);
  return { keypair, stakeTokens, rewardTokens };
}

export const positionAddress = (f: PoolFixture, owner: PublicKey, nonce: bigint): PublicKey =>
  findStakePositionAddress(f.pool.programId, f.pool.address, owner, nonce).address;

export async function poolState(f: PoolFixture): Promise<StakingPool> {
  const pool = await fetchStakingPool(f.ctx.connection, f.pool.address);
  if (!pool) throw new Error("pool missing");
  return pool;
}

export async function positionState(f: PoolFixture, owner: PublicKey, nonce: bigint): Promise<StakePositionAccount> {
  const position = await fetchStakePosition(f.ctx.connection, positionAddress(f, owner, nonce));
  if (!position) throw new Error("position missing");
  return position;
}

export async function now(ctx: TestContext): Promise<bigint> {
  return (await ctx.clock()).unixTimestamp;
}

/** Skips the test (saying why) in a lane that cannot move the clock. */
export const requireClockWarp = (test: Mocha.Context, ctx: TestContext): void => requireCapability(test, ctx, "clockWarp");

/** Sets the clock to `at` (unix seconds) and moves the slot on, so each step is a new block. */
export async function warpTo(ctx: TestContext, at: bigint): Promise<void> {
  const clock = await ctx.clock();
  await ctx.warpClock({ unixTimestamp: at, slot: clock.slot + 1n });
}

/** The name of a decoded error (custom codes no IDL explains have none). */
export function errorName(decoded: DecodedError | null): string | undefined {
  return decoded && "name" in decoded ? decoded.name : undefined;
}

/** Awaits a failing action and checks the program named the error `name`. */
export async function expectStakingError(promise: Promise<unknown>, name: StakingErrorName | string): Promise<NormalDanceTransactionError> {
  try {
    await promise;
  } catch (err) {
    expect(err, String(err)).to.be.instanceOf(NormalDanceTransactionError);
    const failure = err as NormalDanceTransactionError;
    expect(errorName(failure.decoded), `${failure.message}\n${failure.decoded?.logs.join("\n")}`).to.equal(name);
    return failure;
  }
  throw new Error(`expected the transaction to fail with ${name}`);
}

/** The staking events a landed transaction emitted. */
export async function eventsOf(ctx: TestContext, signature: string): Promise<StakingEvent[]> {
  return parseStakingEvents(await ctx.transaction(signature));
}

/** A u64/u128 event field (anchor decodes them as BN) as a bigint. */
export const big = (value: { toString(): string }): bigint => BigInt(value.toString());

/** Lamports one signature costs: every action here is signed by one wallet. */
export const TX_FEE = 5_000n;
