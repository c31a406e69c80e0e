import { BN, BorshCoder, Idl, Program } from "@coral-xyz/anchor";
import { Connection, Keypair, PublicKey, TransactionInstruction } from "@solana/web3.js";
import { expect } from "chai";
import { camelCaseIdl } from "../src/idl-names";
import { ndStakingIdl } from "../src/idl";
import { PROGRAM_IDS, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "../src/programs";
import { findAssociatedTokenAddress } from "../src/pda";
import { RewardPool, newRewardPool, fund as fundPool } from "../src/quote/rewards";
import { openPosition, pendingRewards, stake as stakeQuote } from "../src/quote/stake";
import {
  LockTierConfig,
  StakingPoolKeys,
  acceptStakingAuthorityInstruction,
  addStakeInstruction,
  claimStakingRewardsInstruction,
  closeStakePositionInstruction,
  decodeStakePosition,
  decodeStakingPool,
  earlyExitInstruction,
  findRewardVaultAddress,
  findStakePositionAddress,
  findStakeVaultAddress,
  findStakingEventAuthorityAddress,
  findStakingPoolAddress,
  fundRewardsPeriodFor,
  fundStakingRewardsInstruction,
  initStakingPoolInstruction,
  isStakingError,
  proposeStakingAuthorityInstruction,
  quoteFundRewards,
  refreshStakePositionInstruction,
  setStakingPausedInstruction,
  setStakingTiersInstruction,
  stakeClaimableAt,
  stakeTokensInstruction,
  stakingPoolAprBps,
  stakingPoolKeys,
  unstakeTokensInstruction,
} from "../src/staking";

const programId = PROGRAM_IDS.nd_staking;
const key = () => Keypair.generate().publicKey;
// Anchor's own client, as the reference the builders must agree with (no request is ever sent).
const anchorClient = new Program(ndStakingIdl, { connection: new Connection("http://127.0.0.1:1") });
const bn = (v: bigint) => new BN(v.toString());

function sameInstruction(actual: TransactionInstruction, expected: TransactionInstruction): void {
  expect(actual.programId.toBase58()).to.equal(expected.programId.toBase58());
  expect(actual.keys.map((k) => [k.pubkey.toBase58(), k.isSigner, k.isWritable])).to.deep.equal(
    expected.keys.map((k) => [k.pubkey.toBase58(), k.isSigner, k.isWritable]),
  );
  expect(actual.data.toString("hex")).to.equal(expected.data.toString("hex"));
}

describe("staking SDK", () => {
  const stakeMint = key();
  const rewardMint = key();
  const pool: StakingPoolKeys = stakingPoolKeys({ stakeMint, rewardMint, rewardTokenProgram: TOKEN_2022_PROGRAM_ID });
  const owner = key();
  const eventAccounts = { eventAuthority: findStakingEventAuthorityAddress(programId).address, program: programId };

  it("derives the program's PDAs from its seeds", () => {
    const [poolAddress] = PublicKey.findProgramAddressSync([Buffer.from("pool"), stakeMint.toBuffer(), rewardMint.toBuffer()], programId);
    expect(findStakingPoolAddress(programId, stakeMint, rewardMint).address.equals(poolAddress)).to.equal(true);
    expect(pool.address.equals(poolAddress)).to.equal(true);
    expect(findStakeVaultAddress(programId, poolAddress).address.equals(PublicKey.findProgramAddressSync([Buffer.from("stake_vault"), poolAddress.toBuffer()], programId)[0])).to.equal(true);
    expect(findRewardVaultAddress(programId, poolAddress).address.equals(PublicKey.findProgramAddressSync([Buffer.from("reward_vault"), poolAddress.toBuffer()], programId)[0])).to.equal(true);
    const nonce = Buffer.alloc(8);
    nonce.writeBigUInt64LE(258n);
    const [position] = PublicKey.findProgramAddressSync([Buffer.from("position"), poolAddress.toBuffer(), owner.toBuffer(), nonce], programId);
    expect(findStakePositionAddress(programId, poolAddress, owner, 258n).address.equals(position)).to.equal(true);
    expect([pool.stakeTokenProgram, pool.rewardTokenProgram].map(String)).to.deep.equal([TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID].map(String));
  });

  it("builds every instruction exactly as anchor's client does", async () => {
    const tiers: LockTierConfig[] = [{ minLockSecs: 60n, multiplierBps: 15_000n }];
    const position = findStakePositionAddress(programId, pool.address, owner, 3n).address;
    const ownerStake = findAssociatedTokenAddress(owner, stakeMint, TOKEN_PROGRAM_ID);
    const ownerReward = findAssociatedTokenAddress(owner, rewardMint, TOKEN_2022_PROGRAM_ID);
    const stakeSide = { stakeMint, stakeVault: pool.stakeVault, stakeTokenProgram: TOKEN_PROGRAM_ID, ...eventAccounts };
    const m = anchorClient.methods;
    const cases: [TransactionInstruction, Promise<TransactionInstruction>][] = [
      [
        initStakingPoolInstruction({ pool, authority: owner, earlyExitPenaltyBps: 0, minStake: 5n, tiers }),
        m
          .initPool({ earlyExitPenaltyBps: 0, minStake: bn(5n), tiers: tiers.map((t) => ({ minLockSecs: bn(t.minLockSecs), multiplierBps: bn(t.multiplierBps) })) })
          .accountsStrict({
            authority: owner,
            pool: pool.address,
            stakeMint,
            rewardMint,
            stakeVault: pool.stakeVault,
            rewardVault: pool.rewardVault,
            stakeTokenProgram: TOKEN_PROGRAM_ID,
            rewardTokenProgram: TOKEN_2022_PROGRAM_ID,
            systemProgram: PublicKey.default,
          })
          .instruction(),
      ],
      [setStakingTiersInstruction({ pool, authority: owner, tiers: [] }), m.setTiers([]).accountsStrict({ authority: owner, pool: pool.address }).instruction()],
      [
        fundStakingRewardsInstruction({ pool, funder: owner, amount: 7n, periodSecs: 9n }),
        m
          .fundRewards(bn(7n), bn(9n))
          .accountsStrict({ funder: owner, pool: pool.address, rewardMint, funderTokens: ownerReward, rewardVault: pool.rewardVault, rewardTokenProgram: TOKEN_2022_PROGRAM_ID, ...eventAccounts })
          .instruction(),
      ],
      [
        stakeTokensInstruction({ pool, owner, nonce: 3n, amount: 1_000n, lockSecs: 60n }),
        m
          .stake({ nonce: bn(3n), amount: bn(1_000n), lockSecs: bn(60n), minMultiplierBps: bn(10_000n) })
          .accountsStrict({ owner, pool: pool.address, position, ownerTokens: ownerStake, systemProgram: PublicKey.default, ...stakeSide })
          .instruction(),
      ],
      [
        addStakeInstruction({ pool, owner, nonce: 3n, amount: 5n }),
        m.addStake(bn(5n)).accountsStrict({ owner, pool: pool.address, position, ownerTokens: ownerStake, ...stakeSide }).instruction(),
      ],
      [
        unstakeTokensInstruction({ pool, owner, position, amount: 5n }),
        m.unstake(bn(5n)).accountsStrict({ owner, pool: pool.address, position, destination: ownerStake, ...stakeSide }).instruction(),
      ],
      [
        earlyExitInstruction({ pool, owner, nonce: 3n, amount: 5n }),
        m.earlyExit(bn(5n)).accountsStrict({ owner, pool: pool.address, position, destination: ownerStake, rewardVault: pool.rewardVault, ...stakeSide }).instruction(),
      ],
      [
        claimStakingRewardsInstruction({ pool, owner, nonce: 3n }),
        m
          .claim()
          .accountsStrict({ owner, pool: pool.address, position, rewardMint, destination: ownerReward, rewardVault: pool.rewardVault, rewardTokenProgram: TOKEN_2022_PROGRAM_ID, ...eventAccounts })
          .instruction(),
      ],
      [refreshStakePositionInstruction({ pool, position }), m.refreshPosition().accountsStrict({ pool: pool.address, position }).instruction()],
      [closeStakePositionInstruction({ pool, owner, nonce: 3n }), m.closePosition().accountsStrict({ owner, pool: pool.address, position }).instruction()],
      [setStakingPausedInstruction({ pool, authority: owner, paused: true }), m.setPaused(true).accountsStrict({ authority: owner, pool: pool.address }).instruction()],
      [
        proposeStakingAuthorityInstruction({ pool, authority: owner, newAuthority: stakeMint }),
        m.proposeAuthority(stakeMint).accountsStrict({ authority: owner, pool: pool.address }).instruction(),
      ],
      [acceptStakingAuthorityInstruction({ pool, newAuthority: owner }), m.acceptAuthority().accountsStrict({ newAuthority: owner, pool: pool.address }).instruction()],
    ];
    for (const [ours, theirs] of cases) sameInstruction(ours, await theirs);
    expect(cases.length).to.equal(ndStakingIdl.instructions.length);
  });

  it("decodes pool and position accounts, 128-bit fields included", async () => {
    const coder = new BorshCoder(camelCaseIdl(ndStakingIdl as unknown as Idl));
    const u128 = (v: bigint) => ({ leBytes: [...Array(16)].map((_, i) => Number((v >> BigInt(8 * i)) & 0xffn)) });
    const big = (2n ** 100n) + 12_345n;
    const rewards = {
      accPerWeight: u128(big),
      carry: u128(7n),
      totalWeight: u128(3n),
      budget: bn(10n),
      streamed: bn(4n),
      unassigned: bn(1n),
      periodStart: bn(-5n),
      periodEnd: bn(100n),
      lastUpdate: bn(50n),
    };
    const tiers = [...Array(8)].map((_, i) => ({ minLockSecs: bn(BigInt(i)), multiplierBps: bn(10_000n + BigInt(i)) }));
    const data = await coder.accounts.encode("pool", {
      ...pool,
      authority: owner,
      pendingAuthority: PublicKey.default,
      minStake: bn(9n),
      totalStaked: bn(11n),
      totalFunded: u128(12n),
      totalPenalties: u128(13n),
      totalClaimed: u128(big),
      rewards,
      tiers,
      earlyExitPenaltyBps: 500,
      stakeDecimals: 6,
      rewardDecimals: 9,
      bump: 254,
      paused: 1,
      tierCount: 2,
      reserved: 0,
    });
    expect(data.length).to.equal(560); // 8 + size_of::<Pool>() in the program
    const decoded = decodeStakingPool(pool.address, programId, data);
    expect(decoded.rewards).to.deep.equal({ accPerWeight: big, carry: 7n, totalWeight: 3n, budget: 10n, streamed: 4n, unassigned: 1n, periodStart: -5n, periodEnd: 100n, lastUpdate: 50n });
    expect([decoded.totalClaimed, decoded.minStake, decoded.paused, decoded.earlyExitPenaltyBps, decoded.rewardDecimals]).to.deep.equal([big, 9n, true, 500, 9]);
    expect(decoded.tiers).to.deep.equal([
      { minLockSecs: 0n, multiplierBps: 10_000n },
      { minLockSecs: 1n, multiplierBps: 10_001n },
    ]);

    const positionData = await coder.accounts.encode("position", {
      pool: pool.address,
      owner,
      nonce: bn(3n),
      openedAt: bn(42n),
      totalClaimed: u128(5n),
      stake: { weight: u128(big), accCheckpoint: u128(1n), pending: u128(2n), amount: bn(3n), multiplierBps: bn(15_000n), lockEnd: bn(99n) },
      bump: 250,
      reserved: [0, 0, 0, 0, 0, 0, 0],
    });
    expect(positionData.length).to.equal(184); // 8 + size_of::<Position>()
    const p = decodeStakePosition(key(), positionData);
    expect(p.stake).to.deep.equal({ weight: big, accCheckpoint: 1n, pending: 2n, amount: 3n, multiplierBps: 15_000n, lockEnd: 99n });
    expect([p.nonce, p.openedAt, p.totalClaimed, p.owner.toBase58()]).to.deep.equal([3n, 42n, 5n, owner.toBase58()]);
  });

  describe("quotes", () => {
    const poolAt = (r: RewardPool) => ({ rewards: r });
    function running(): RewardPool {
      const r = newRewardPool(0n);
      const pos = openPosition([], 0n, 0n);
      stakeQuote(r, pos, 100_000n, 0n);
      fundPool(r, 1_000n, 100n, 0n);
      return r;
    }

    it("claimable is the nd-math pending amount, capped at one transfer", () => {
      const r = newRewardPool(0n);
      const pos = openPosition([], 0n, 0n);
      stakeQuote(r, pos, 100_000n, 0n);
      fundPool(r, 1_000n, 100n, 0n);
      expect(stakeClaimableAt(poolAt(r), { stake: pos }, 40n)).to.equal(400n);
      expect(stakeClaimableAt(poolAt(r), { stake: pos }, 40n)).to.equal(pendingRewards(r, pos, 40n));
      expect(stakeClaimableAt(poolAt(r), { stake: { ...pos, pending: 2n ** 70n } }, 0n)).to.equal(2n ** 64n - 1n);
    });

    it("APR at the current rate", () => {
      const r = running(); // 1,000 over 100 s to weight 100,000
      const year = 365n * 86_400n;
      expect(stakingPoolAprBps(poolAt(r), 10n)).to.equal((1_000n * year * 10_000n) / (100n * 100_000n));
      expect(stakingPoolAprBps(poolAt(r), 100n)).to.equal(0n);
      expect(stakingPoolAprBps(poolAt({ ...r, totalWeight: 0n }), 10n)).to.equal(null);
      expect(stakingPoolAprBps(poolAt(r), 10n, { multiplierBps: 20_000n, rewardPrice: { numerator: 1n, denominator: 2n } })).to.equal(
        (1_000n * year * 20_000n) / (100n * 100_000n * 2n),
      );
    });

    it("fund_rewards: the router's period and the program's refusals", () => {
      const r = running();
      expect(fundRewardsPeriodFor(poolAt(r), 30n, 500n)).to.equal(70n);
      expect(fundRewardsPeriodFor(poolAt(r), 100n, 500n)).to.equal(500n);
      const ok = quoteFundRewards(r, 10n, 70n, 30n);
      expect(ok.ok && ok.rewards.budget).to.equal(710n);
      expect(quoteFundRewards(r, 10n, 69n, 30n)).to.deep.equal({ ok: false, error: "periodEndsTooSoon" });
      expect(quoteFundRewards(r, 10n, 200n, 30n)).to.deep.equal({ ok: false, error: "rewardRateWouldDrop" });
      expect(quoteFundRewards(r, 1_000n, 140n, 30n).ok).to.equal(true);
      expect(quoteFundRewards(r, 0n, 70n, 30n)).to.deep.equal({ ok: false, error: "zeroAmount" });
      expect(quoteFundRewards(r, 1n, 0n, 30n)).to.deep.equal({ ok: false, error: "zeroPeriod" });
      expect(quoteFundRewards(r, 1n, 10n ** 10n, 30n)).to.deep.equal({ ok: false, error: "periodTooLong" });
      expect(quoteFundRewards(r, 2n ** 64n - 1n, 70n, 30n)).to.deep.equal({ ok: false, error: "rewardRateOverflow" });
      expect(r.budget).to.equal(1_000n); // quotes leave the pool as it was
    });
  });

  it("names the program's errors", () => {
    const logs = [
      `Program ${programId.toBase58()} invoke [1]`,
      "Program log: AnchorError occurred. Error Code: StillLocked. Error Number: 6014. Error Message: the position is still locked: use early_exit to leave before lock_end with the penalty.",
      `Program ${programId.toBase58()} failed: custom program error: 0x177e`,
    ];
    const err = { logs, err: { InstructionError: [0, { Custom: 6014 }] } };
    expect(isStakingError(err, "stillLocked")).to.equal(true);
    expect(isStakingError(err, "poolPaused")).to.equal(false);
  });
});
