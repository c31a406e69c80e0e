import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import {
  LockTierConfig,
  StakingPoolKeys,
  U128_MAX,
  U64_MAX,
  acceptStakingAuthority,
  addStake,
  claimStakingRewards,
  closeStakePosition,
  earlyExit,
  fundStakingRewards,
  initStakingPool,
  proposeStakingAuthority,
  setStakingPaused,
  setStakingTiers,
  stakeTokens,
  stakingPoolKeys,
  unstakeTokens,
  TOKEN_2022_PROGRAM_ID as SDK_TOKEN_2022,
  REWARD_SCALE,
} from "../../sdk/src";
import { BalanceSnapshot, BalanceTarget, MintExtension, TestContext, createMint, createTokenAccount, mintTo, tokensOf, transferChecked } from "../harness";
import {
  DAY,
  ND_STAKING,
  PoolFixture,
  TIERS,
  User,
  as,
  createPool,
  createUser,
  expectStakingError,
  now,
  poolState,
  positionAddress,
  positionState,
  requireClockWarp,
  stakingContext,
  warpTo,
} from "./fixture";

/** `promise` must fail with `name`, and no token balance of `parties` may change. */
async function rejected(ctx: TestContext, parties: Record<string, BalanceTarget>, promise: () => Promise<unknown>, name: string): Promise<void> {
  const snap = await BalanceSnapshot.take(ctx, parties);
  await expectStakingError(promise(), name);
  await snap.expectDeltas(ctx, Object.fromEntries(Object.keys(parties).map((k) => [k, 0n])));
}

/** The same `amount` out of `user`'s position `nonce` through unstake or early_exit. */
type Leave = typeof unstakeTokens;

describe("staking attacks", () => {
  let ctx: TestContext;
  let f: PoolFixture;
  let alice: User;
  let mallory: User;
  let parties: Record<string, BalanceTarget>;

  beforeEach(async () => {
    ctx = await stakingContext();
    f = await createPool(ctx, { earlyExitPenaltyBps: 1_000, minStake: 1_000n });
    alice = await createUser(f, 1_000_000n);
    mallory = await createUser(f, 1_000_000n);
    // alice: position 0 locked for 30 days, position 1 unlocked; rewards streaming.
    await stakeTokens({ ...as(ctx, alice.keypair), pool: f.pool, nonce: 0n, amount: 100_000n, lockSecs: 30n * DAY });
    await stakeTokens({ ...as(ctx, alice.keypair), pool: f.pool, nonce: 1n, amount: 100_000n, lockSecs: 0n });
    await stakeTokens({ ...as(ctx, mallory.keypair), pool: f.pool, nonce: 0n, amount: 10_000n, lockSecs: 0n });
    await fundStakingRewards({ ...as(ctx, alice.keypair), pool: f.pool, amount: 10_000n, periodSecs: 100n });
    // Rewards accrue for 50 s (a lane that cannot warp just runs on; the tests that need the
    // accrual skip there).
    if (ctx.capabilities.clockWarp) await warpTo(ctx, (await now(ctx)) + 50n);
    parties = {
      stakeVault: tokensOf(f.pool.stakeVault),
      rewardVault: tokensOf(f.pool.rewardVault),
      alice: tokensOf(alice.stakeTokens),
      mallory: tokensOf(mallory.stakeTokens),
    };
  });

  afterEach(async () => {
    await ctx?.close();
  });

  const asMallory = () => as(ctx, mallory.keypair);
  const alicePosition = (nonce: bigint) => positionAddress(f, alice.keypair.publicKey, nonce);

  describe("someone else's position", () => {
    it("cannot claim it", () =>
      rejected(ctx, parties, () => claimStakingRewards({ ...asMallory(), pool: f.pool, position: alicePosition(1n), destination: mallory.stakeTokens }), "notPositionOwner"));

    for (const [name, leave] of [["unstake", unstakeTokens], ["early_exit", earlyExit]] as [string, Leave][]) {
      it(`cannot ${name} it`, () =>
        rejected(ctx, parties, () => leave({ ...asMallory(), pool: f.pool, position: alicePosition(name === "unstake" ? 1n : 0n), amount: 1_000n, destination: mallory.stakeTokens }), "notPositionOwner"));
    }

    it("cannot add to it or close it", async () => {
      await rejected(ctx, parties, () => addStake({ ...asMallory(), pool: f.pool, position: alicePosition(1n), amount: 1_000n }), "notPositionOwner");
      await rejected(ctx, parties, () => closeStakePosition({ ...asMallory(), pool: f.pool, position: alicePosition(1n) }), "notPositionOwner");
    });

    it("cannot use a position of another pool", async () => {
      const other = await createPool(ctx);
      const m = await createUser(other, 10_000n);
      await stakeTokens({ ...as(ctx, m.keypair), pool: other.pool, nonce: 0n, amount: 10_000n, lockSecs: 0n });
      await rejected(
        ctx,
        parties,
        () => claimStakingRewards({ ...as(ctx, m.keypair), pool: f.pool, position: positionAddress(other, m.keypair.publicKey, 0n), destination: mallory.stakeTokens }),
        "wrongPool",
      );
    });
  });

  describe("wrong mints, vaults and programs", () => {
    let otherMint: Awaited<ReturnType<typeof createMint>>;
    let malloryOther: PublicKey;
    beforeEach(async () => {
      otherMint = await createMint(ctx);
      malloryOther = await createTokenAccount(ctx, otherMint, mallory.keypair.publicKey);
      await mintTo(ctx, otherMint, malloryOther, 1_000_000n);
      parties.malloryOther = tokensOf(malloryOther);
    });
    const withKeys = (keys: Partial<StakingPoolKeys>): StakingPoolKeys => ({ ...f.pool, ...keys });

    it("stake of another mint", () =>
      rejected(ctx, parties, () => stakeTokens({ ...asMallory(), pool: withKeys({ stakeMint: otherMint.address }), nonce: 1n, amount: 5_000n, lockSecs: 0n, ownerTokens: malloryOther }), "wrongStakeMint"));

    it("stake from a token account of another mint", () =>
      rejected(ctx, parties, () => stakeTokens({ ...asMallory(), pool: f.pool, nonce: 1n, amount: 5_000n, lockSecs: 0n, ownerTokens: malloryOther }), "mintMismatch"));

    it("claim in another mint", () =>
      rejected(ctx, parties, () => claimStakingRewards({ ...asMallory(), pool: withKeys({ rewardMint: otherMint.address }), nonce: 0n, destination: malloryOther }), "wrongRewardMint"));

    it("substituted vaults", async () => {
      const fake = await createTokenAccount(ctx, f.stakeMint, mallory.keypair.publicKey);
      parties.fake = tokensOf(fake);
      await rejected(ctx, parties, () => stakeTokens({ ...asMallory(), pool: withKeys({ stakeVault: fake }), nonce: 1n, amount: 5_000n, lockSecs: 0n }), "wrongStakeVault");
      // The reward vault is the pool's too: unstaking "from" it would drain the rewards.
      await rejected(ctx, parties, () => unstakeTokens({ ...asMallory(), pool: withKeys({ stakeVault: f.pool.rewardVault }), nonce: 0n, amount: 5_000n }), "wrongStakeVault");
      await rejected(ctx, parties, () => claimStakingRewards({ ...asMallory(), pool: withKeys({ rewardVault: fake }), nonce: 0n }), "wrongRewardVault");
      await rejected(ctx, parties, () => claimStakingRewards({ ...asMallory(), pool: withKeys({ rewardVault: f.pool.stakeVault }), nonce: 0n }), "wrongRewardVault");
      await rejected(ctx, parties, () => fundStakingRewards({ ...asMallory(), pool: withKeys({ rewardVault: fake }), amount: 5_000n, periodSecs: 50n }), "wrongRewardVault");
      await rejected(
        ctx,
        parties,
        () => earlyExit({ ...as(ctx, alice.keypair), pool: withKeys({ rewardVault: fake }), nonce: 0n, amount: 5_000n }),
        "wrongRewardVault",
      );
    });

    it("another token program", () =>
      rejected(ctx, parties, () => unstakeTokens({ ...asMallory(), pool: withKeys({ stakeTokenProgram: SDK_TOKEN_2022 }), nonce: 0n, amount: 5_000n, destination: mallory.stakeTokens }), "wrongTokenProgram"));
  });

  describe("amounts and locks", () => {
    it("unstaking more than staked", () =>
      rejected(ctx, parties, () => unstakeTokens({ ...asMallory(), pool: f.pool, nonce: 0n, amount: 10_001n }), "insufficientStake"));

    it("unstaking before the lock ends without the early-exit path", () =>
      rejected(ctx, parties, () => unstakeTokens({ ...as(ctx, alice.keypair), pool: f.pool, nonce: 0n, amount: 1_000n }), "stillLocked"));

    it("early exit where the pool has none (rewards in another mint)", async () => {
      const cross = await createPool(ctx, { sameMint: false });
      const m = await createUser(cross, 10_000n);
      await stakeTokens({ ...as(ctx, m.keypair), pool: cross.pool, nonce: 0n, amount: 10_000n, lockSecs: 7n * DAY });
      const p = { vault: tokensOf(cross.pool.stakeVault), m: tokensOf(m.stakeTokens) };
      await rejected(ctx, p, () => earlyExit({ ...as(ctx, m.keypair), pool: cross.pool, nonce: 0n, amount: 10_000n }), "earlyExitDisabled");
      await rejected(ctx, p, () => unstakeTokens({ ...as(ctx, m.keypair), pool: cross.pool, nonce: 0n, amount: 10_000n }), "stillLocked");
    });

    it("locks beyond ten years, and tiers that changed under the staker", async () => {
      await rejected(ctx, parties, () => stakeTokens({ ...asMallory(), pool: f.pool, nonce: 1n, amount: 5_000n, lockSecs: 3_651n * DAY }), "lockTooLong");
      await setStakingTiers({ ...as(ctx, f.authority), pool: f.pool, tiers: [] });
      await rejected(
        ctx,
        parties,
        () => stakeTokens({ ...asMallory(), pool: f.pool, nonce: 1n, amount: 5_000n, lockSecs: 30n * DAY, minMultiplierBps: 20_000n }),
        "multiplierBelowMinimum",
      );
    });

    it("closing a position that holds stake or rewards", async function () {
      requireClockWarp(this, ctx);
      await rejected(ctx, parties, () => closeStakePosition({ ...asMallory(), pool: f.pool, nonce: 0n }), "positionNotEmpty");
      await unstakeTokens({ ...asMallory(), pool: f.pool, nonce: 0n, amount: 10_000n });
      await rejected(ctx, parties, () => closeStakePosition({ ...asMallory(), pool: f.pool, nonce: 0n }), "rewardsUnclaimed");
    });
  });

  describe("first depositor and donations", () => {
    it("dust positions are refused, on entry and on partial exit", async () => {
      const fresh = await createPool(ctx, { minStake: 1_000n });
      const m = await createUser(fresh, 10_000n);
      const p = { vault: tokensOf(fresh.pool.stakeVault), m: tokensOf(m.stakeTokens) };
      await rejected(ctx, p, () => stakeTokens({ ...as(ctx, m.keypair), pool: fresh.pool, nonce: 0n, amount: 999n, lockSecs: 0n }), "stakeBelowMinimum");
      await stakeTokens({ ...as(ctx, m.keypair), pool: fresh.pool, nonce: 0n, amount: 1_000n, lockSecs: 0n });
      await rejected(ctx, p, () => unstakeTokens({ ...as(ctx, m.keypair), pool: fresh.pool, nonce: 0n, amount: 1n }), "stakeBelowMinimum");
    });

    it("tokens sent straight to the vaults change nobody's share and cannot be claimed", async function () {
      requireClockWarp(this, ctx);
      const fresh = await createPool(ctx, { sameMint: false });
      const m = await createUser(fresh, 10_000n, 1_000_000n);
      await stakeTokens({ ...as(ctx, m.keypair), pool: fresh.pool, nonce: 0n, amount: 1_000n, lockSecs: 0n });
      const before = await poolState(fresh);
      await transferChecked(ctx, { mint: fresh.rewardMint, source: m.rewardTokens, destination: fresh.pool.rewardVault, owner: m.keypair, amount: 500_000n });
      await transferChecked(ctx, { mint: fresh.stakeMint, source: m.stakeTokens, destination: fresh.pool.stakeVault, owner: m.keypair, amount: 5_000n });
      await warpTo(ctx, (await now(ctx)) + 1_000n);
      const p = { stakeVault: tokensOf(fresh.pool.stakeVault), rewardVault: tokensOf(fresh.pool.rewardVault), m: tokensOf(m.rewardTokens) };
      await rejected(ctx, p, () => claimStakingRewards({ ...as(ctx, m.keypair), pool: fresh.pool, nonce: 0n }), "nothingToClaim");
      await rejected(ctx, p, () => unstakeTokens({ ...as(ctx, m.keypair), pool: fresh.pool, nonce: 0n, amount: 1_001n }), "insufficientStake");
      const after = await poolState(fresh);
      expect([after.totalStaked, after.totalFunded, after.rewards.accPerWeight]).to.deep.equal([before.totalStaked, before.totalFunded, 0n]);
    });
  });

  describe("the reward stream", () => {
    const fund = (amount: bigint, periodSecs: bigint) => () => fundStakingRewards({ ...asMallory(), pool: f.pool, amount, periodSecs });

    it("cannot be cut short to hand the rest to whoever is staked now", () => rejected(ctx, parties, fund(1_000n, 1n), "periodEndsTooSoon"));

    it("cannot be stretched to a lower rate", () => rejected(ctx, parties, fund(1n, 500n), "rewardRateWouldDrop"));

    it("refuses empty and endless periods", async () => {
      await rejected(ctx, parties, fund(1_000n, 0n), "zeroPeriod");
      await rejected(ctx, parties, fund(1_000n, 3_651n * DAY), "periodTooLong");
      await rejected(ctx, parties, fund(0n, 50n), "zeroAmount");
    });

    it("a reward rate that could overflow the accumulator is refused, and the pool keeps working", async function () {
      this.timeout(120_000);
      requireClockWarp(this, ctx);
      // One unit staked (minimum stake 1) and u64::MAX rewards recycled through fund → claim
      // grow acc_per_weight by u64::MAX × 10^18 a round; the funding that could overflow it is
      // refused with a named error instead of bricking every later update.
      const pool = await createPool(ctx, { sameMint: false, minStake: 1n });
      const m = await createUser(pool, 1n, U64_MAX);
      await stakeTokens({ ...as(ctx, m.keypair), pool: pool.pool, nonce: 0n, amount: 1n, lockSecs: 0n });
      const perRound = U64_MAX * REWARD_SCALE;
      const allowedRounds = (U128_MAX - (1n << 100n)) / perRound; // the guard's bound at min_stake 1
      for (let round = 0n; round < allowedRounds; round++) {
        await fundStakingRewards({ ...as(ctx, m.keypair), pool: pool.pool, amount: U64_MAX, periodSecs: 1n });
        await warpTo(ctx, (await now(ctx)) + 1n);
        await claimStakingRewards({ ...as(ctx, m.keypair), pool: pool.pool, nonce: 0n });
      }
      expect((await poolState(pool)).rewards.accPerWeight).to.equal(allowedRounds * perRound);
      const p = { vault: tokensOf(pool.pool.rewardVault), m: tokensOf(m.rewardTokens) };
      await rejected(ctx, p, () => fundStakingRewards({ ...as(ctx, m.keypair), pool: pool.pool, amount: U64_MAX, periodSecs: 1n }), "rewardRateOverflow");
      await unstakeTokens({ ...as(ctx, m.keypair), pool: pool.pool, nonce: 0n, amount: 1n });
      expect((await positionState(pool, m.keypair.publicKey, 0n)).stake.amount).to.equal(0n);
    });
  });

  describe("initialisation", () => {
    it("a pool cannot be initialised twice, nor a position opened twice", async () => {
      await rejected(
        ctx,
        parties,
        () => initStakingPool({ ...asMallory(), pool: f.pool, earlyExitPenaltyBps: 5_000, minStake: 1n, tiers: [] }),
        "accountAlreadyInUse",
      );
      await rejected(ctx, parties, () => stakeTokens({ ...as(ctx, alice.keypair), pool: f.pool, nonce: 0n, amount: 5_000n, lockSecs: 0n }), "accountAlreadyInUse");
    });

    it("refuses bad configurations", async () => {
      const a = await createMint(ctx);
      const b = await createMint(ctx);
      const init =
        (stakeMint: PublicKey, rewardMint: PublicKey, penalty: number, minStake: bigint, tiers: readonly LockTierConfig[], programs: { stake?: PublicKey; reward?: PublicKey } = {}) =>
        () =>
        initStakingPool({
          ...asMallory(),
          pool: stakingPoolKeys({ programId: ctx.programIds[ND_STAKING], stakeMint, rewardMint, stakeTokenProgram: programs.stake, rewardTokenProgram: programs.reward }),
          earlyExitPenaltyBps: penalty,
          minStake,
          tiers,
        });
      const none = {};
      await rejected(ctx, none, init(a.address, b.address, 100, 1n, TIERS), "penaltyNeedsSameMint");
      await rejected(ctx, none, init(a.address, a.address, 5_001, 1n, TIERS), "penaltyOutOfRange");
      await rejected(ctx, none, init(a.address, a.address, 100, 0n, TIERS), "zeroMinStake");
      await rejected(ctx, none, init(a.address, a.address, 100, 1n, [TIERS[1], TIERS[0]]), "tiersUnsorted");
      await rejected(ctx, none, init(a.address, a.address, 100, 1n, [{ minLockSecs: 1n, multiplierBps: 100_001n }]), "multiplierOutOfRange");
      const nine = Array.from({ length: 9 }, (_, i) => ({ minLockSecs: BigInt(i + 1), multiplierBps: 10_000n }));
      await rejected(ctx, none, init(a.address, a.address, 100, 1n, nine), "tooManyTiers");

      // Extensions that would let someone take tokens out of the vaults, or that need accounts
      // the program does not pass.
      const risky: MintExtension[] = [
        { kind: "permanentDelegate", delegate: mallory.keypair.publicKey },
        { kind: "transferHook", hookProgramId: Keypair.generate().publicKey },
        { kind: "nonTransferable" },
      ];
      for (const extension of risky) {
        const mint = await createMint(ctx, { extensions: [extension] });
        await rejected(ctx, none, init(mint.address, mint.address, 0, 1n, [], { stake: TOKEN_2022_PROGRAM_ID }), "unsupportedMintExtension");
        await rejected(ctx, none, init(a.address, mint.address, 0, 1n, [], { stake: TOKEN_PROGRAM_ID, reward: TOKEN_2022_PROGRAM_ID }), "unsupportedMintExtension");
      }
    });
  });

  describe("authority and pause", () => {
    it("only the authority configures, and the handover needs the new authority's signature", async () => {
      await rejected(ctx, parties, () => setStakingTiers({ ...asMallory(), pool: f.pool, tiers: [] }), "notAuthority");
      await rejected(ctx, parties, () => setStakingPaused({ ...asMallory(), pool: f.pool, paused: true }), "notAuthority");
      await rejected(ctx, parties, () => proposeStakingAuthority({ ...asMallory(), pool: f.pool, newAuthority: mallory.keypair.publicKey }), "notAuthority");
      await rejected(ctx, parties, () => acceptStakingAuthority({ ...asMallory(), pool: f.pool }), "notPendingAuthority");
      await proposeStakingAuthority({ ...as(ctx, f.authority), pool: f.pool, newAuthority: alice.keypair.publicKey });
      await rejected(ctx, parties, () => acceptStakingAuthority({ ...asMallory(), pool: f.pool }), "notPendingAuthority");
      expect((await poolState(f)).authority.toBase58()).to.equal(f.authority.publicKey.toBase58());
      await acceptStakingAuthority({ ...as(ctx, alice.keypair), pool: f.pool });
      const pool = await poolState(f);
      expect([pool.authority.toBase58(), pool.pendingAuthority.toBase58()]).to.deep.equal([alice.keypair.publicKey.toBase58(), PublicKey.default.toBase58()]);
      await rejected(ctx, parties, () => setStakingPaused({ ...as(ctx, f.authority), pool: f.pool, paused: true }), "notAuthority");
    });

    it("nothing moves while paused; everything works again after", async () => {
      await setStakingPaused({ ...as(ctx, f.authority), pool: f.pool, paused: true });
      const alice_ = as(ctx, alice.keypair);
      const attempts: [string, () => Promise<unknown>][] = [
        ["stake", () => stakeTokens({ ...alice_, pool: f.pool, nonce: 5n, amount: 5_000n, lockSecs: 0n })],
        ["add_stake", () => addStake({ ...alice_, pool: f.pool, nonce: 1n, amount: 5_000n })],
        ["unstake", () => unstakeTokens({ ...alice_, pool: f.pool, nonce: 1n, amount: 5_000n })],
        ["early_exit", () => earlyExit({ ...alice_, pool: f.pool, nonce: 0n, amount: 5_000n })],
        ["claim", () => claimStakingRewards({ ...alice_, pool: f.pool, nonce: 1n })],
        ["fund_rewards", () => fundStakingRewards({ ...alice_, pool: f.pool, amount: 5_000n, periodSecs: 50n })],
      ];
      for (const [, attempt] of attempts) await rejected(ctx, parties, attempt, "poolPaused");
      await setStakingPaused({ ...as(ctx, f.authority), pool: f.pool, paused: false });
      const snap = await BalanceSnapshot.take(ctx, parties);
      await addStake({ ...alice_, pool: f.pool, nonce: 1n, amount: 5_000n });
      await unstakeTokens({ ...alice_, pool: f.pool, nonce: 1n, amount: 2_000n });
      await snap.expectDeltas(ctx, { stakeVault: 3_000n, rewardVault: 0n, alice: -3_000n, mallory: 0n });
    });
  });
});
