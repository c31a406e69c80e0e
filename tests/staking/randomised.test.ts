import { Keypair, TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import {
  addStakeInstruction,
  claimStakingRewardsInstruction,
  closeStakePositionInstruction,
  decodeStakingError,
  earlyExitInstruction,
  fetchStakePosition,
  fundRewardsPeriodFor,
  fundStakingRewardsInstruction,
  refreshStakePositionInstruction,
  stakeClaimableAt,
  stakeTokensInstruction,
  unstakeTokensInstruction,
} from "../../sdk/src";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { REPO_ROOT, TestContext, tokenBalance } from "../harness";
import { PoolFixture, User, createPool, errorName, createUser, now, poolState, positionAddress, requireClockWarp, stakingContext, warpTo } from "./fixture";
import { EXACT, ModelPosition, ModelTier, StakingModel } from "./model";

const SEED = Number(process.env.STAKING_SEED ?? 20_251_122);
const STEPS = Number(process.env.STAKING_STEPS ?? 4_000);
const MIN_STAKE = 1_000n;
const PENALTY_BPS = 1_000n;
// Short locks so that thousands of steps cross many lock ends and funding periods.
const TIERS: readonly ModelTier[] = [
  { minLockSecs: 100n, multiplierBps: 15_000n },
  { minLockSecs: 1_000n, multiplierBps: 20_000n },
  { minLockSecs: 5_000n, multiplierBps: 30_000n },
];
const NONCES = 3;

/** mulberry32: small, seedable, good enough to pick test steps. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe("staking randomised sequence against a reference model", function () {
  this.timeout(600_000);
  let ctx: TestContext;

  afterEach(async () => {
    await ctx?.close();
  });

  it(`${STEPS} random steps (seed ${SEED}): every claim within one unit per settlement of the exact share, vaults always covering what is owed`, async function () {
    ctx = await stakingContext();
    requireClockWarp(this, ctx);
    const rnd = random(SEED);
    const chance = (p: number) => rnd() < p;
    const int = (lo: bigint, hi: bigint) => lo + BigInt(Math.floor(rnd() * Number(hi - lo + 1n)));
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

    const f: PoolFixture = await createPool(ctx, { earlyExitPenaltyBps: Number(PENALTY_BPS), minStake: MIN_STAKE, tiers: TIERS });
    const users: User[] = [];
    for (let i = 0; i < 5; i++) users.push(await createUser(f, 5_000_000n));
    const funder = await createUser(f, 0n, 200_000_000n);
    const balance = new Map<User, bigint>([...users, funder].map((u) => [u, u === funder ? 200_000_000n : 5_000_000n]));
    const model = new StakingModel({ penaltyBps: PENALTY_BPS, minStake: MIN_STAKE, tiers: TIERS }, await now(ctx));
    const key = (u: number, nonce: number) => `${u}:${nonce}`;
    const history: string[] = [];
    const counts: Record<string, number> = {};
    let t = await now(ctx);
    let closedSettlements = 0n;

    const send = async (ix: TransactionInstruction, signer?: Keypair): Promise<string | null> => {
      try {
        await ctx.send([ix], signer ? [signer] : []);
        return null;
      } catch (err) {
        const name = errorName(decodeStakingError(err));
        if (!name) throw err;
        return name;
      }
    };
    /** Sends and checks the outcome the model predicted (null: success). */
    const expectOutcome = async (label: string, ix: TransactionInstruction, signer: Keypair | undefined, expected: string | null): Promise<boolean> => {
      history.push(`${label} → ${expected ?? "ok"}`);
      const got = await send(ix, signer);
      expect(got, `step ${history.length} ${label}`).to.equal(expected);
      counts[expected ?? label.split(" ")[0]] = (counts[expected ?? label.split(" ")[0]] ?? 0) + 1;
      return got === null;
    };
    const checkBalances = async (...who: User[]) => {
      expect(await tokenBalance(ctx, f.pool.stakeVault), "stake vault = Σ stake").to.equal(model.totalStaked);
      expect(await tokenBalance(ctx, f.pool.rewardVault), "reward vault = funded + penalties − paid").to.equal(model.funded + model.penalties - model.paid);
      for (const u of who) expect(await tokenBalance(ctx, u.stakeTokens)).to.equal(balance.get(u));
    };
    const move = (u: User, delta: bigint) => balance.set(u, (balance.get(u) ?? 0n) + delta);
    const open = () =>
      [...model.positions.entries()].map(([k, p]) => {
        const [u, nonce] = k.split(":").map(Number);
        return { u, nonce, p };
      });

    const claim = async (u: number, nonce: number, p: ModelPosition) => {
      const user = users[u];
      const position = await fetchStakePosition(ctx.connection, positionAddress(f, user.keypair.publicKey, BigInt(nonce)));
      const quoted = stakeClaimableAt(await poolState(f), position!, t);
      const ix = claimStakingRewardsInstruction({ pool: f.pool, owner: user.keypair.publicKey, nonce: BigInt(nonce), destination: user.stakeTokens });
      if (!(await expectOutcome(`claim ${key(u, nonce)}`, ix, user.keypair, quoted === 0n ? "nothingToClaim" : null))) return;
      const paid = (await tokenBalance(ctx, user.stakeTokens)) - balance.get(user)!;
      expect(paid, "paid = the SDK's quote").to.equal(quoted);
      model.settle(p, t);
      model.recordPaid(p, paid);
      move(user, paid);
      // Cumulative exact share minus cumulative paid: never a unit short of... nor over.
      const gap = p.entitled - p.paid * EXACT;
      expect(gap > -EXACT, `${key(u, nonce)} paid more than its exact share (gap ${gap} / 1e36)`).to.equal(true);
      expect(gap <= p.settlements * EXACT, `${key(u, nonce)} short by more than one unit per settlement`).to.equal(true);
    };

    try {
      for (let step = 0; step < STEPS; step++) {
        const roll = rnd();
        const positions = open();
        const withStake = positions.filter((x) => x.p.amount > 0n);
        if (roll < 0.2) {
          t += pick([int(1n, 30n), int(30n, 600n), int(600n, 6_000n)]);
          await warpTo(ctx, t);
          history.push(`warp to ${t}`);
        } else if (roll < 0.36) {
          const u = Math.floor(rnd() * users.length);
          const nonce = Math.floor(rnd() * NONCES);
          if (model.positions.has(key(u, nonce))) continue;
          const user = users[u];
          const amount = chance(0.05) ? int(1n, MIN_STAKE - 1n) : int(MIN_STAKE, balance.get(user)! / 4n > MIN_STAKE ? balance.get(user)! / 4n : MIN_STAKE);
          if (amount > balance.get(user)!) continue;
          const lockSecs = pick([0n, 50n, 100n, 150n, 1_000n, 1_200n, 5_000n, 7_000n]);
          const ix = stakeTokensInstruction({ pool: f.pool, owner: user.keypair.publicKey, nonce: BigInt(nonce), amount, lockSecs, ownerTokens: user.stakeTokens });
          if (await expectOutcome(`stake ${key(u, nonce)} ${amount} lock ${lockSecs}`, ix, user.keypair, amount < MIN_STAKE ? "stakeBelowMinimum" : null)) {
            model.add(model.open(key(u, nonce), lockSecs, t), amount, t);
            move(user, -amount);
          }
          await checkBalances(user);
        } else if (roll < 0.44) {
          if (positions.length === 0) continue;
          const { u, nonce, p } = pick(positions);
          const user = users[u];
          const amount = int(1n, 200_000n);
          if (amount > balance.get(user)!) continue;
          const ix = addStakeInstruction({ pool: f.pool, owner: user.keypair.publicKey, nonce: BigInt(nonce), amount, ownerTokens: user.stakeTokens });
          if (await expectOutcome(`add ${key(u, nonce)} ${amount}`, ix, user.keypair, p.amount + amount < MIN_STAKE ? "stakeBelowMinimum" : null)) {
            model.add(p, amount, t);
            move(user, -amount);
          }
          await checkBalances(user);
        } else if (roll < 0.6) {
          if (withStake.length === 0) continue;
          const { u, nonce, p } = pick(withStake);
          const user = users[u];
          const amount = chance(0.5) ? p.amount : int(1n, p.amount);
          const early = chance(0.5);
          const left = p.amount - amount;
          const expected = !early && t < p.lockEnd ? "stillLocked" : left > 0n && left < MIN_STAKE ? "stakeBelowMinimum" : null;
          const params = { pool: f.pool, owner: user.keypair.publicKey, nonce: BigInt(nonce), amount, destination: user.stakeTokens };
          const ix = early ? earlyExitInstruction(params) : unstakeTokensInstruction(params);
          if (await expectOutcome(`${early ? "early_exit" : "unstake"} ${key(u, nonce)} ${amount}`, ix, user.keypair, expected)) {
            const { returned } = model.leave(p, amount, t);
            move(user, returned);
          }
          await checkBalances(user);
        } else if (roll < 0.76) {
          if (positions.length === 0) continue;
          const { u, nonce, p } = pick(positions);
          await claim(u, nonce, p);
          await checkBalances(users[u]);
        } else if (roll < 0.88) {
          const amount = int(1n, 1_000_000n);
          const pool = await poolState(f);
          let periodSecs = fundRewardsPeriodFor(pool, t, int(50n, 3_000n));
          if (chance(0.15)) periodSecs = periodSecs > 1n ? int(1n, periodSecs - 1n) : 1n;
          else if (chance(0.15)) periodSecs += int(1n, 2_000n);
          if (amount > balance.get(funder)!) continue;
          const ix = fundStakingRewardsInstruction({ pool: f.pool, funder: funder.keypair.publicKey, funderTokens: funder.stakeTokens, amount, periodSecs });
          if (await expectOutcome(`fund ${amount} over ${periodSecs}`, ix, funder.keypair, model.fundRefusal(amount, periodSecs, t))) {
            model.fund(amount, periodSecs, t);
            move(funder, -amount);
          }
          await checkBalances(funder);
        } else if (roll < 0.94) {
          if (positions.length === 0) continue;
          const { u, nonce, p } = pick(positions);
          const ix = refreshStakePositionInstruction({ pool: f.pool, position: positionAddress(f, users[u].keypair.publicKey, BigInt(nonce)) });
          await expectOutcome(`refresh ${key(u, nonce)}`, ix, undefined, null);
          model.settle(p, t);
        } else {
          const empty = positions.filter((x) => x.p.amount === 0n);
          if (empty.length === 0) continue;
          const { u, nonce } = pick(empty);
          const user = users[u];
          const address = positionAddress(f, user.keypair.publicKey, BigInt(nonce));
          const pending = (await fetchStakePosition(ctx.connection, address))!.stake.pending;
          const ix = closeStakePositionInstruction({ pool: f.pool, owner: user.keypair.publicKey, nonce: BigInt(nonce) });
          if (await expectOutcome(`close ${key(u, nonce)}`, ix, user.keypair, pending > 0n ? "rewardsUnclaimed" : null)) {
            expect(await ctx.getAccount(address)).to.equal(null);
            closedSettlements += model.positions.get(key(u, nonce))!.settlements;
            model.positions.delete(key(u, nonce));
          }
        }
        if (step % 50 === 0) {
          const pool = await poolState(f);
          expect([pool.totalStaked, pool.totalFunded, pool.totalPenalties, pool.totalClaimed]).to.deep.equal([model.totalStaked, model.funded, model.penalties, model.paid]);
          // Everything claimable now plus what is still to be streamed fits in the reward vault.
          let owed = 0n;
          for (const { u, nonce } of open()) {
            const position = await fetchStakePosition(ctx.connection, positionAddress(f, users[u].keypair.publicKey, BigInt(nonce)));
            owed += stakeClaimableAt(pool, position!, t);
          }
          expect(owed + model.undistributed(t) <= (await tokenBalance(ctx, f.pool.rewardVault)), "reward vault covers Σ claimable + undistributed").to.equal(true);
        }
      }

      // Wind down: past every lock and period, everyone claims and leaves.
      t += 10_000n;
      await warpTo(ctx, t);
      for (const { u, nonce, p } of open()) {
        await claim(u, nonce, p);
        if (p.amount > 0n) {
          const ix = unstakeTokensInstruction({ pool: f.pool, owner: users[u].keypair.publicKey, nonce: BigInt(nonce), amount: p.amount, destination: users[u].stakeTokens });
          await expectOutcome(`unstake ${key(u, nonce)} ${p.amount}`, ix, users[u].keypair, null);
          move(users[u], model.leave(p, p.amount, t).returned);
        }
      }
      await checkBalances(...users, funder);
      expect(model.totalStaked).to.equal(0n);
      expect(model.paid <= model.funded + model.penalties, "Σ claimed ≤ Σ funded + penalties").to.equal(true);
      const settlements = [...model.positions.values()].reduce((n, p) => n + p.settlements, closedSettlements);
      const dust = (await tokenBalance(ctx, f.pool.rewardVault)) - model.undistributed(t);
      expect(dust >= 0n && dust <= settlements, `rounding dust ${dust} within ${settlements} settlements`).to.equal(true);
      console.log(`      ${STEPS} steps, seed ${SEED}: ${JSON.stringify(counts)}; funded ${model.funded}, penalties ${model.penalties}, paid ${model.paid}, dust ${dust}`);
      const counts_ = join(REPO_ROOT, "target", "bench-counts");
      mkdirSync(counts_, { recursive: true });
      writeFileSync(join(counts_, "staking-randomised.json"), `${JSON.stringify({ "staking.randomised_steps": STEPS })}\n`);
    } catch (err) {
      console.log(`seed ${SEED}, last steps:\n  ${history.slice(-25).join("\n  ")}`);
      throw err;
    }
  });
});
