// The stakers' share of platform fees, end to end: sales in nd-market book it, route_staking_fees
// funds the nd-staking pool (platform token, payment mint) through fund_rewards, stakers claim it.
import { PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { claimStakingRewards, initStakingPool, keypairSigner, stakeTokens, stakingPoolKeys, StakingPoolKeys } from "../../sdk/src";
import { fetchVault } from "../../sdk/src/accounts/market";
import { routeStakingFeesInstruction, updatePlatformInstruction } from "../../sdk/src/instructions/market";
import { BalanceSnapshot, TestContext, TestMint, createAssociatedTokenAccount, createMint, createTestContext, mintTo, requireCapability, tokensOf } from "../harness";
import { expectRejected } from "../market/fixtures/failures";
import { MARKET, MarketEnv, marketEnvOn } from "../market/fixtures/market-env";
import { Payment, createPayment } from "../market/fixtures/payment";
import { TrackSetup, buy, createSaleSetup } from "../market/fixtures/sale-setup";
import { DAY, ND_STAKING, TIERS, warpTo } from "./fixture";

const PRICE = 1_000_000n;
// 2.5 % fee, of which the suites' platform routes 20 % to stakers.
const STAKERS_PER_SALE = 5_000n;

describe("fee share: market sales fund staking rewards", () => {
  let ctx: TestContext;
  let env: MarketEnv;
  let payment: Payment;
  let platformToken: TestMint;
  let track: TrackSetup;
  let pool: StakingPoolKeys;

  const poolFor = (stakeMint: TestMint): StakingPoolKeys =>
    stakingPoolKeys({
      programId: ctx.programIds[ND_STAKING],
      stakeMint: stakeMint.address,
      rewardMint: payment.mint,
      stakeTokenProgram: stakeMint.programId,
      rewardTokenProgram: payment.tokenProgram,
    });
  const openPool = async (keys: StakingPoolKeys) =>
    initStakingPool({ connection: ctx.connection, signer: keypairSigner(await ctx.createFundedKeypair()), pool: keys, earlyExitPenaltyBps: 0, minStake: 1_000n, tiers: TIERS });
  const route = (poolStakeMint: PublicKey) =>
    env.send([routeStakingFeesInstruction(env.program, { split: track.vault.split.address, mint: payment.mint, tokenProgram: payment.tokenProgram, stakeMint: poolStakeMint })]);
  const stakingOwed = async () => (await fetchVault(ctx.connection, track.vault.split.address, payment.mint, env.programId))?.stakingOwed;

  before(async function () {
    ctx = await createTestContext({ programs: [{ name: MARKET }, { name: ND_STAKING }] });
    // The suite creates the platform singleton and configures it: it needs a chain of its own.
    requireCapability(this, ctx, "isolatedChain");
    env = await marketEnvOn(ctx);
    payment = await createPayment(ctx, "spl");
    platformToken = await createMint(ctx);
    track = await createSaleSetup(env, payment, [1_000_000], { price: PRICE });
    pool = poolFor(platformToken);
    await openPool(pool);
  });

  after(async () => {
    await ctx?.close();
  });

  it("books the stakers' share of each fee and refuses to route it while the platform names no stake mint", async () => {
    for (let i = 0; i < 2; i++) {
      const fan = await ctx.createFundedKeypair();
      await payment.fund(fan.publicKey, PRICE);
      await buy(env, track, fan);
    }
    expect(await stakingOwed()).to.equal(2n * STAKERS_PER_SALE);
    await expectRejected(ctx, { vault: track.vault.money, rewards: tokensOf(pool.rewardVault) }, () => route(platformToken.address), "stakingRouteDisabled");
    await env.send([updatePlatformInstruction(env.program, { authority: env.authority.publicKey, stakeMint: platformToken.address })], [env.authority]);
    expect((await env.platform()).stakeMint.equals(platformToken.address)).to.equal(true);
  });

  it("refuses a pool that stakes another token, moving nothing", async () => {
    const other = await createMint(ctx);
    const squatted = poolFor(other);
    await openPool(squatted);
    await expectRejected(
      ctx,
      { vault: track.vault.money, rewards: tokensOf(pool.rewardVault), squatted: tokensOf(squatted.rewardVault) },
      () => route(other.address),
      "wrongStakingPool",
    );
  });

  it("routes exactly the booked share into the pool once, and the only staker claims all of it", async function () {
    requireCapability(this, ctx, "clockWarp");
    const alice = await ctx.createFundedKeypair();
    const aliceStake = await createAssociatedTokenAccount(ctx, platformToken, alice.publicKey);
    await mintTo(ctx, platformToken, aliceStake, 100_000n);
    await stakeTokens({ connection: ctx.connection, signer: keypairSigner(alice), pool, nonce: 0n, amount: 100_000n, lockSecs: 0n, ownerTokens: aliceStake });

    const routed = await BalanceSnapshot.take(ctx, { vault: track.vault.money, rewards: tokensOf(pool.rewardVault) });
    await route(platformToken.address);
    await routed.expectDeltas(ctx, { vault: -2n * STAKERS_PER_SALE, rewards: 2n * STAKERS_PER_SALE });
    expect(await stakingOwed()).to.equal(0n);
    await expectRejected(ctx, { vault: track.vault.money, rewards: tokensOf(pool.rewardVault) }, () => route(platformToken.address), "nothingToClaim");

    // A pool without a running period streams the routed amount over 7 days.
    const started = (await ctx.clock()).unixTimestamp;
    await warpTo(ctx, started + 7n * DAY);
    await payment.open(alice.publicKey);
    const claimed = await BalanceSnapshot.take(ctx, { alice: payment.balanceOf(alice.publicKey), rewards: tokensOf(pool.rewardVault) });
    await claimStakingRewards({ connection: ctx.connection, signer: keypairSigner(alice), pool, nonce: 0n, destination: payment.accountOf(alice.publicKey) });
    await claimed.expectDeltas(ctx, { alice: 2n * STAKERS_PER_SALE, rewards: -2n * STAKERS_PER_SALE });
  });
});
