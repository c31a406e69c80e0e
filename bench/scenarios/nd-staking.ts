import { Keypair } from "@solana/web3.js";
import {
  StakingPoolKeys,
  addStake,
  claimStakingRewards,
  closeStakePosition,
  earlyExit,
  findAssociatedTokenAddress,
  findStakePositionAddress,
  fundStakingRewards,
  initStakingPool,
  keypairSigner,
  refreshStakePosition,
  stakeTokens,
  stakingPoolKeys,
  unstakeTokens,
} from "../../sdk/src";
import { SentTransaction, TestContext, TestMint, createAssociatedTokenAccount, createMint, mintTo } from "../../tests/harness";
import { BenchScenario, benchKeypair, defineScenarios } from "../scenario";

// The staking program's money-moving instructions, with the measured staker alone in the pool
// and among MANY others: the figures must not depend on how many stakers there are.
const programs = [{ name: "nd_staking" }];
const MANY = 64;
const DAY = 86_400n;
const TIERS = [
  { minLockSecs: 7n * DAY, multiplierBps: 15_000n },
  { minLockSecs: 30n * DAY, multiplierBps: 20_000n },
];

interface Bench {
  readonly ctx: TestContext;
  readonly pool: StakingPoolKeys;
  readonly mint: TestMint;
  readonly alice: Keypair;
}

const as = (ctx: TestContext, who: Keypair) => ({ connection: ctx.connection, signer: keypairSigner(who) });

async function wallet(ctx: TestContext, mint: TestMint, label: string, tokens: bigint): Promise<Keypair> {
  const keypair = benchKeypair(`nd-staking-${label}`);
  await ctx.airdrop(keypair.publicKey, 10_000_000_000n);
  await mintTo(ctx, mint, await createAssociatedTokenAccount(ctx, mint, keypair.publicKey), tokens);
  return keypair;
}

/** SPL Token, or Token-2022 with a 1 % transfer fee (the vault's receipt is measured). */
type Flavour = "spl" | "token_2022_fee";

async function benchMint(ctx: TestContext, flavour: Flavour): Promise<TestMint> {
  const keypair = benchKeypair(`nd-staking-mint-${flavour}`);
  if (flavour === "spl") return createMint(ctx, { keypair });
  return createMint(ctx, { keypair, extensions: [{ kind: "transferFee", feeBasisPoints: 100, maximumFee: 1_000_000_000n }] });
}

/** A funded pool (rewards in the stake mint, 10 % early-exit penalty) with `others` stakers besides alice. */
async function benchPool(ctx: TestContext, others: number, flavour: Flavour = "spl"): Promise<Bench> {
  const authority = benchKeypair("nd-staking-authority");
  await ctx.airdrop(authority.publicKey, 10_000_000_000n);
  const mint = await benchMint(ctx, flavour);
  const pool = stakingPoolKeys({
    programId: ctx.programIds.nd_staking,
    stakeMint: mint.address,
    rewardMint: mint.address,
    stakeTokenProgram: mint.programId,
  });
  await initStakingPool({ ...as(ctx, authority), pool, earlyExitPenaltyBps: 1_000, minStake: 1_000n, tiers: TIERS });
  for (let i = 0; i < others; i++) {
    const staker = await wallet(ctx, mint, `staker-${i}`, 1_000_000n);
    await stakeTokens({ ...as(ctx, staker), pool, nonce: 0n, amount: 100_000n + BigInt(i), lockSecs: i % 2 === 0 ? 0n : 30n * DAY });
  }
  const alice = await wallet(ctx, mint, "alice", 10_000_000n);
  await fundStakingRewards({ ...as(ctx, alice), pool, amount: 1_000_000n, periodSecs: 30n * DAY });
  return { ctx, pool, mint, alice };
}

/** Alice's position 0 (locked 30 days) and position 1 (unlocked), an hour of rewards accrued. */
async function withAlice(b: Bench): Promise<Bench> {
  await stakeTokens({ ...as(b.ctx, b.alice), pool: b.pool, nonce: 0n, amount: 500_000n, lockSecs: 30n * DAY });
  await stakeTokens({ ...as(b.ctx, b.alice), pool: b.pool, nonce: 1n, amount: 500_000n, lockSecs: 0n });
  const clock = await b.ctx.clock();
  await b.ctx.warpClock({ unixTimestamp: clock.unixTimestamp + 3_600n, slot: clock.slot + 9_000n });
  return b;
}

function scenario(instruction: string, measured: (b: Bench) => Promise<{ signature: string }>, withToken2022 = false): BenchScenario[] {
  const variant = (others: number, flavour: Flavour, suffix: string): BenchScenario => ({
    key: `nd_staking.${instruction}${suffix}`,
    programs,
    run: async (ctx): Promise<SentTransaction> => ctx.transaction((await measured(await withAlice(await benchPool(ctx, others, flavour)))).signature),
  });
  const variants = [variant(0, "spl", ""), variant(MANY, "spl", "/many_stakers")];
  return withToken2022 ? [...variants, variant(0, "token_2022_fee", "/token_2022_fee")] : variants;
}

// An explicit destination: the measured transaction holds the staking instruction only.
const alice = (b: Bench) => ({ ...as(b.ctx, b.alice), pool: b.pool, destination: findAssociatedTokenAddress(b.alice.publicKey, b.mint.address, b.mint.programId) });

export const scenarios = defineScenarios([
  {
    key: "nd_staking.init_pool",
    programs,
    run: async (ctx) => {
      const authority = benchKeypair("nd-staking-authority");
      await ctx.airdrop(authority.publicKey, 10_000_000_000n);
      const mint = await createMint(ctx, { keypair: benchKeypair("nd-staking-mint") });
      const pool = stakingPoolKeys({ programId: ctx.programIds.nd_staking, stakeMint: mint.address, rewardMint: mint.address });
      const { signature } = await initStakingPool({ ...as(ctx, authority), pool, earlyExitPenaltyBps: 1_000, minStake: 1_000n, tiers: TIERS });
      return ctx.transaction(signature);
    },
  },
  // A new position: its account is created (rent) as the stake moves in.
  ...scenario("stake", (b) => stakeTokens({ ...alice(b), nonce: 2n, amount: 100_000n, lockSecs: 7n * DAY }), true),
  ...scenario("add_stake", (b) => addStake({ ...alice(b), nonce: 1n, amount: 100_000n })),
  ...scenario("unstake", (b) => unstakeTokens({ ...alice(b), nonce: 1n, amount: 100_000n })),
  ...scenario("early_exit", (b) => earlyExit({ ...alice(b), nonce: 0n, amount: 100_000n }), true),
  ...scenario("claim", (b) => claimStakingRewards({ ...alice(b), nonce: 1n }), true),
  ...scenario("fund_rewards", (b) => fundStakingRewards({ ...alice(b), amount: 100_000n, periodSecs: 30n * DAY }), true),
  ...scenario("refresh_position", (b) => refreshStakePosition({ ...alice(b), position: findStakePositionAddress(b.pool.programId, b.pool.address, b.alice.publicKey, 1n).address })),
  ...scenario("close_position", async (b) => {
    await unstakeTokens({ ...alice(b), nonce: 1n, amount: 500_000n });
    await claimStakingRewards({ ...alice(b), nonce: 1n });
    return closeStakePosition({ ...alice(b), nonce: 1n });
  }),
]);
