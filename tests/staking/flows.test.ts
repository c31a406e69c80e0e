import { PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import {
  StakingPool,
  addStake,
  claimStakingRewards,
  closeStakePosition,
  earlyExit,
  fetchStakePosition,
  fetchStakePositionsOf,
  fundStakingRewards,
  refreshStakePosition,
  stakeClaimableAt,
  stakeTokens,
  stakingPoolAprBps,
  unstakeTokens,
} from "../../sdk/src";
import { BalanceSnapshot, TestContext, lamportsOf, mintTo, tokensOf } from "../harness";
import {
  DAY,
  PoolFixture,
  TX_FEE,
  User,
  as,
  big,
  createPool,
  createUser,
  eventsOf,
  now,
  poolState,
  positionAddress,
  positionState,
  requireClockWarp,
  stakingContext,
  warpTo,
} from "./fixture";

/** What `claim` would pay `user`'s position `nonce` at the current clock, per the SDK quote. */
async function claimable(f: PoolFixture, user: User, nonce: bigint): Promise<bigint> {
  return stakeClaimableAt(await poolState(f), await positionState(f, user.keypair.publicKey, nonce), await now(f.ctx));
}

const stake = (f: PoolFixture, user: User, nonce: bigint, amount: bigint, lockSecs = 0n) =>
  stakeTokens({ ...as(f.ctx, user.keypair), pool: f.pool, nonce, amount, lockSecs, ownerTokens: user.stakeTokens });
const claim = (f: PoolFixture, user: User, nonce: bigint) =>
  claimStakingRewards({ ...as(f.ctx, user.keypair), pool: f.pool, nonce, destination: user.rewardTokens });
const unstake = (f: PoolFixture, user: User, nonce: bigint, amount: bigint) =>
  unstakeTokens({ ...as(f.ctx, user.keypair), pool: f.pool, nonce, amount, destination: user.stakeTokens });
const exitEarly = (f: PoolFixture, user: User, nonce: bigint, amount: bigint) =>
  earlyExit({ ...as(f.ctx, user.keypair), pool: f.pool, nonce, amount, destination: user.stakeTokens });
const fund = (f: PoolFixture, funder: User, amount: bigint, periodSecs: bigint) =>
  fundStakingRewards({ ...as(f.ctx, funder.keypair), pool: f.pool, amount, periodSecs, funderTokens: funder.rewardTokens });

/** Token balances of the vaults and of each user's reward (or stake) account. */
const vaults = (f: PoolFixture) => ({ stakeVault: tokensOf(f.pool.stakeVault), rewardVault: tokensOf(f.pool.rewardVault) });

/** Claims and checks that exactly `expected` moved from the reward vault to the user. */
async function claimExactly(f: PoolFixture, user: User, nonce: bigint, expected: bigint): Promise<void> {
  expect(await claimable(f, user, nonce), "SDK quote of the claim").to.equal(expected);
  const snap = await BalanceSnapshot.take(f.ctx, { ...vaults(f), user: tokensOf(user.rewardTokens) });
  const { signature } = await claim(f, user, nonce);
  await snap.expectDeltas(f.ctx, { stakeVault: 0n, rewardVault: -expected, user: expected });
  const [event] = (await eventsOf(f.ctx, signature)).filter((e) => e.name === "rewardsClaimed");
  expect(event?.via).to.equal("cpi");
  expect(big(event.data.amount)).to.equal(expected);
}

describe("staking flows", () => {
  let ctx: TestContext;
  let t0: bigint;

  beforeEach(async () => {
    ctx = await stakingContext();
    t0 = await now(ctx);
  });

  afterEach(async () => {
    await ctx?.close();
  });

  const at = (offset: bigint) => warpTo(ctx, t0 + offset);

  it("single staker: stake, stream, claim twice, unstake, close the position for its rent", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx);
    const alice = await createUser(f, 1_000_000n);
    const funder = await createUser(f, 0n, 100_000n);
    const position = positionAddress(f, alice.keypair.publicKey, 0n);
    const parties = { ...vaults(f), alice: tokensOf(alice.stakeTokens), aliceSol: lamportsOf(alice.keypair.publicKey), position: lamportsOf(position) };

    let snap = await BalanceSnapshot.take(ctx, parties);
    const staked = await stake(f, alice, 0n, 100_000n);
    const rent = await ctx.balance(position);
    expect(rent).to.equal(await ctx.rentExemptMinimum((await ctx.getAccount(position))!.data.length));
    await snap.expectDeltas(ctx, { stakeVault: 100_000n, rewardVault: 0n, alice: -100_000n, aliceSol: -rent - TX_FEE, position: rent });
    const [stakedEvent] = await eventsOf(ctx, staked.signature);
    expect(stakedEvent.name).to.equal("staked");

    const funding = await BalanceSnapshot.take(ctx, { ...vaults(f), funder: tokensOf(funder.rewardTokens) });
    await fund(f, funder, 10_000n, 100n);
    await funding.expectDeltas(ctx, { stakeVault: 0n, rewardVault: 10_000n, funder: -10_000n });

    // The rewards are the stake mint too, so alice's one token account receives both.
    const aliceRewards = { ...alice, rewardTokens: alice.stakeTokens };
    await at(40n);
    await claimExactly(f, aliceRewards, 0n, 4_000n);
    await at(250n);
    await claimExactly(f, aliceRewards, 0n, 6_000n);

    snap = await BalanceSnapshot.take(ctx, parties);
    await unstake(f, alice, 0n, 100_000n);
    await snap.expectDeltas(ctx, { stakeVault: -100_000n, rewardVault: 0n, alice: 100_000n, aliceSol: -TX_FEE, position: 0n });

    snap = await BalanceSnapshot.take(ctx, parties);
    await closeStakePosition({ ...as(ctx, alice.keypair), pool: f.pool, nonce: 0n });
    await snap.expectDeltas(ctx, { stakeVault: 0n, rewardVault: 0n, alice: 0n, aliceSol: rent - TX_FEE, position: -rent });
    expect(await ctx.getAccount(position)).to.equal(null);

    const pool = await poolState(f);
    expect([pool.totalStaked, pool.totalFunded, pool.totalClaimed, pool.rewards.totalWeight]).to.deep.equal([0n, 10_000n, 10_000n, 0n]);
  });

  it("many stakers entering and leaving across three fundings share exactly pro rata", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx, { sameMint: false });
    const [alice, bob, carol] = [await createUser(f, 100_000n), await createUser(f, 400_000n), await createUser(f, 200_000n)];
    const funder = await createUser(f, 0n, 100_000n);

    await stake(f, alice, 0n, 100_000n);
    await fund(f, funder, 40_000n, 100n); // 400 a second over [0, 100]
    await at(25n); // 0..25: alice alone, 10,000
    await stake(f, bob, 0n, 400_000n);
    await at(75n); // 25..75: 20,000 at 1:4
    await unstake(f, alice, 0n, 100_000n);
    expect(await claimable(f, alice, 0n)).to.equal(14_000n);
    await at(150n); // 75..100: bob alone, 10,000; then nothing streams
    expect(await claimable(f, bob, 0n)).to.equal(26_000n);
    await stake(f, carol, 0n, 200_000n);

    await at(200n);
    await fund(f, funder, 30_000n, 60n); // 500 a second over [200, 260]
    await at(230n); // 200..230: 15,000 at bob 2 : carol 1
    await unstake(f, bob, 0n, 200_000n);
    await at(240n); // 230..240: 5,000 at 1:1; 10,000 of the stream left for 20 s
    await fund(f, funder, 6_000n, 20n); // joins the running period: 16,000 over [240, 260]
    await at(300n); // 240..260: 16,000 at 1:1

    await claimExactly(f, alice, 0n, 14_000n);
    await claimExactly(f, bob, 0n, 26_000n + 10_000n + 2_500n + 8_000n);
    await claimExactly(f, carol, 0n, 5_000n + 2_500n + 8_000n);
    const pool = await poolState(f);
    expect(pool.totalFunded).to.equal(76_000n);
    expect(pool.totalClaimed).to.equal(76_000n);
    expect(await ctx.connection.getTokenAccountBalance(f.pool.rewardVault)).to.have.nested.property("value.amount", "0");
  });

  it("rewards released while nobody is staked roll into the next funding", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx);
    const alice = await createUser(f, 100_000n);
    const funder = await createUser(f, 0n, 10_000n);
    await fund(f, funder, 1_000n, 100n);
    await at(50n); // 0..50: nobody staked, 500 wait in `unassigned`
    await stake(f, alice, 0n, 100_000n);
    expect((await poolState(f)).rewards.unassigned).to.equal(500n);
    await at(100n);
    await fund(f, funder, 1_000n, 100n);
    const pool = await poolState(f);
    expect([pool.rewards.budget, pool.rewards.unassigned]).to.deep.equal([1_500n, 0n]);
    await at(200n);
    await claimExactly(f, { ...alice, rewardTokens: alice.stakeTokens }, 0n, 500n + 1_500n);
  });

  it("lock tiers weigh positions by their multiplier until the lock ends", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx, { sameMint: false });
    const [alice, bob] = [await createUser(f, 100_000n), await createUser(f, 100_000n)];
    const funder = await createUser(f, 0n, 100_000n);
    await stake(f, alice, 0n, 100_000n); // 1x
    await stake(f, bob, 0n, 100_000n, 30n * DAY); // 2x until t0 + 30 days
    const bobPosition = await positionState(f, bob.keypair.publicKey, 0n);
    expect([bobPosition.stake.multiplierBps, bobPosition.stake.weight, bobPosition.stake.lockEnd]).to.deep.equal([20_000n, 200_000n, t0 + 30n * DAY]);

    await fund(f, funder, 30_000n, 10n * DAY);
    await at(10n * DAY);
    await claimExactly(f, alice, 0n, 10_000n);
    await claimExactly(f, bob, 0n, 20_000n);

    await at(20n * DAY);
    await fund(f, funder, 40_000n, 20n * DAY);
    await at(30n * DAY);
    // A keeper ends bob's boost right at its end, so alice is not diluted by a stale 2x.
    await refreshStakePosition({ ...as(ctx, funder.keypair), pool: f.pool, position: bobPosition.address });
    expect((await positionState(f, bob.keypair.publicKey, 0n)).stake.weight).to.equal(100_000n);
    await at(40n * DAY);
    // 20..30 days: 20,000 at 1:2 → 6,666 / 13,333 (floors); 30..40: 20,000 at 1:1. One unit of
    // dust stays in the vault.
    await claimExactly(f, alice, 0n, 16_666n);
    await claimExactly(f, bob, 0n, 13_333n + 10_000n);
    expect(await ctx.connection.getTokenAccountBalance(f.pool.rewardVault)).to.have.nested.property("value.amount", "1");
  });

  it("early exit pays the penalty to the stakers that remain, and nothing after the lock", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx, { earlyExitPenaltyBps: 1_000 });
    const [alice, bob, carol] = [await createUser(f, 100_000n), await createUser(f, 100_000n), await createUser(f, 50_000n)];
    await stake(f, alice, 0n, 100_000n);
    await stake(f, bob, 0n, 100_000n, 30n * DAY); // 2x
    await stake(f, carol, 0n, 50_000n, 7n * DAY); // 1.5x
    const parties = { ...vaults(f), bob: tokensOf(bob.stakeTokens) };

    await at(DAY);
    let snap = await BalanceSnapshot.take(ctx, parties);
    const exited = await exitEarly(f, bob, 0n, 50_000n);
    await snap.expectDeltas(ctx, { stakeVault: -50_000n, rewardVault: 5_000n, bob: 45_000n });
    const [event] = await eventsOf(ctx, exited.signature);
    expect(event.name).to.equal("unstaked");
    if (event.name !== "unstaked") throw new Error("unreachable");
    expect([big(event.data.returned), big(event.data.penalty), big(event.data.penaltyReceived)]).to.deep.equal([45_000n, 5_000n, 5_000n]);
    // After bob's weight drops to 100,000: alice 100,000, bob 100,000, carol 75,000.
    expect(await claimable(f, alice, 0n)).to.equal(1_818n);
    expect(await claimable(f, bob, 0n)).to.equal(1_818n);
    expect(await claimable(f, carol, 0n)).to.equal(1_363n);

    snap = await BalanceSnapshot.take(ctx, parties);
    await exitEarly(f, bob, 0n, 50_000n);
    await snap.expectDeltas(ctx, { stakeVault: -50_000n, rewardVault: 5_000n, bob: 45_000n });
    // The second 5,000 goes to alice (100,000) and carol (75,000) only.
    // 5,000 × 10^18 / 175,000 is added to the accumulator; each reads its share with one floor.
    expect(await claimable(f, alice, 0n)).to.equal(4_675n);
    expect(await claimable(f, carol, 0n)).to.equal(3_506n);

    // After carol's lock an early exit costs nothing.
    await at(8n * DAY);
    const afterLock = await BalanceSnapshot.take(ctx, { ...vaults(f), carol: tokensOf(carol.stakeTokens) });
    await exitEarly(f, carol, 0n, 50_000n);
    await afterLock.expectDeltas(ctx, { stakeVault: -50_000n, rewardVault: 0n, carol: 50_000n });

    const reward = (u: User) => ({ ...u, rewardTokens: u.stakeTokens });
    await claimExactly(f, reward(bob), 0n, 1_818n);
    await closeStakePosition({ ...as(ctx, bob.keypair), pool: f.pool, nonce: 0n });
    expect(await fetchStakePosition(ctx.connection, positionAddress(f, bob.keypair.publicKey, 0n))).to.equal(null);
    const pool = await poolState(f);
    expect([pool.totalPenalties, pool.totalStaked]).to.deep.equal([10_000n, 100_000n]);
  });

  it("adds stake to a position at its multiplier, keeping the lock end", async () => {
    const f = await createPool(ctx);
    const alice = await createUser(f, 300_000n);
    await stake(f, alice, 7n, 100_000n, 7n * DAY);
    const opened = await positionState(f, alice.keypair.publicKey, 7n);
    const snap = await BalanceSnapshot.take(ctx, { ...vaults(f), alice: tokensOf(alice.stakeTokens) });
    await addStake({ ...as(ctx, alice.keypair), pool: f.pool, nonce: 7n, amount: 100_001n });
    await snap.expectDeltas(ctx, { stakeVault: 100_001n, rewardVault: 0n, alice: -100_001n });
    const p = await positionState(f, alice.keypair.publicKey, 7n);
    expect([p.stake.amount, p.stake.weight, p.stake.lockEnd, p.nonce]).to.deep.equal([200_001n, 300_001n, opened.openedAt + 7n * DAY, 7n]);
    expect((await poolState(f)).totalStaked).to.equal(200_001n);
  });

  it("books only what the vaults receive from a Token-2022 mint with a transfer fee", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx, {
      earlyExitPenaltyBps: 1_000,
      stakeExtensions: [{ kind: "transferFee", feeBasisPoints: 100, maximumFee: 1_000_000n }],
    });
    const [alice, bob] = [await createUser(f, 200_000n), await createUser(f, 100_000n)];
    const funder = await createUser(f, 0n, 0n);
    await mintTo(ctx, f.stakeMint, funder.stakeTokens, 10_000n);
    const parties = { ...vaults(f), alice: tokensOf(alice.stakeTokens), bob: tokensOf(bob.stakeTokens) };

    let snap = await BalanceSnapshot.take(ctx, parties);
    await stake(f, alice, 0n, 100_000n); // 1 % fee: the vault receives 99,000
    await snap.expectDeltas(ctx, { stakeVault: 99_000n, rewardVault: 0n, alice: -100_000n, bob: 0n });
    expect((await positionState(f, alice.keypair.publicKey, 0n)).stake.amount).to.equal(99_000n);

    await fund(f, { ...funder, rewardTokens: funder.stakeTokens }, 10_000n, 100n);
    expect((await poolState(f)).rewards.budget).to.equal(9_900n);

    await stake(f, bob, 0n, 50_000n, 30n * DAY); // 49,500 booked, 2x
    snap = await BalanceSnapshot.take(ctx, parties);
    // Penalty 4,950 → the reward vault receives 4,900 (fee ⌈49.5⌉); bob receives 44,550 − 446.
    await exitEarly(f, bob, 0n, 49_500n);
    await snap.expectDeltas(ctx, { stakeVault: -49_500n, rewardVault: 4_900n, alice: 0n, bob: 44_104n });
    expect((await poolState(f)).totalPenalties).to.equal(4_900n);

    await at(200n);
    snap = await BalanceSnapshot.take(ctx, parties);
    // 4,900 + 9,900 over alice's weight 99,000: 4,900 × 10^18 / 99,000 is not whole, so the
    // accumulator floors and alice is paid 14,799 (2 units of dust stay); the fee takes 148.
    await claim(f, { ...alice, rewardTokens: alice.stakeTokens }, 0n);
    await snap.expectDeltas(ctx, { stakeVault: 0n, rewardVault: -14_799n, alice: 14_799n - 148n, bob: 0n });
    snap = await BalanceSnapshot.take(ctx, parties);
    await unstake(f, alice, 0n, 99_000n);
    await snap.expectDeltas(ctx, { stakeVault: -99_000n, rewardVault: 0n, alice: 99_000n - 990n, bob: 0n });
  });

  it("pays rewards of another mint (SPL stake, Token-2022 rewards); such a pool has no early exit", async function () {
    requireClockWarp(this, ctx);
    const f = await createPool(ctx, { sameMint: false, rewardProgram: "token-2022" });
    const alice = await createUser(f, 100_000n);
    const funder = await createUser(f, 0n, 5_000n);
    await stake(f, alice, 0n, 100_000n);
    await fund(f, funder, 5_000n, 50n);
    await at(50n);
    await claimExactly(f, alice, 0n, 5_000n);
    const pool = await poolState(f);
    expect(pool.earlyExitPenaltyBps).to.equal(0);
    expect(pool.rewardTokenProgram.toBase58()).to.equal(f.rewardMint.programId.toBase58());
  });

  it("quotes APR at the current rate and lists an owner's positions", async () => {
    const f = await createPool(ctx, { sameMint: false });
    const alice = await createUser(f, 300_000n);
    const funder = await createUser(f, 0n, 36_500n);
    await stake(f, alice, 2n, 100_000n);
    await stake(f, alice, 1n, 100_000n, 365n * DAY); // 3x
    await fund(f, funder, 36_500n, 365n * DAY);
    const pool: StakingPool = await poolState(f);
    // 36,500 a year over weight 400,000: 9.125 % for 1x, 27.375 % for 3x.
    expect(stakingPoolAprBps(pool, await now(ctx))).to.equal(912n);
    expect(stakingPoolAprBps(pool, await now(ctx), { multiplierBps: 30_000n })).to.equal(2_737n);
    expect(stakingPoolAprBps(pool, t0 + 366n * DAY)).to.equal(0n);
    const positions = await fetchStakePositionsOf(ctx.connection, f.pool, alice.keypair.publicKey);
    expect(positions.map((p) => p.nonce)).to.deep.equal([1n, 2n]);
    expect(positions.every((p) => p.owner.equals(alice.keypair.publicKey) && p.pool.equals(f.pool.address))).to.equal(true);
    expect(await fetchStakePositionsOf(ctx.connection, f.pool, PublicKey.unique())).to.deep.equal([]);
  });
});
