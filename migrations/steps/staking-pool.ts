import { BN, Program } from "@coral-xyz/anchor";
import { TOKEN_PROGRAM_ID, MINT_SIZE, createInitializeMint2Instruction } from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";
import { createHash } from "crypto";
import { InitStep, StepContext, StepOutcome } from "../lib/step";

/** The pool a fresh deployment starts with: stake and earn the platform token. */
export const POOL_DEFAULTS = {
  tokenDecimals: 9,
  /** A tenth of what leaves early goes to the remaining stakers. */
  earlyExitPenaltyBps: 1_000,
  /** 0.001 token: positions below it would only grow the accumulator's dust. */
  minStake: 1_000_000n,
  /** Lock → weight multiplier (10,000 = 1×): none, 30 days, 90 days, a year. */
  tiers: [
    { minLockSecs: 0n, multiplierBps: 10_000n },
    { minLockSecs: 30n * 86_400n, multiplierBps: 12_500n },
    { minLockSecs: 90n * 86_400n, multiplierBps: 15_000n },
    { minLockSecs: 365n * 86_400n, multiplierBps: 20_000n },
  ],
} as const;

/**
 * The platform token's mint address when the deployment creates it: derived from the wallet's
 * secret, so every run with the same wallet finds the same mint (and nobody else can create it).
 */
export function platformTokenMint(wallet: Keypair): Keypair {
  return Keypair.fromSeed(createHash("sha256").update("normaldance:platform-token-mint:").update(wallet.secretKey).digest());
}

/**
 * The staking program's pool of the platform token (stake and reward mint alike, so early exit
 * penalties can flow to stakers). Without `--stake-mint` the wallet's own platform token mint
 * (SPL Token, the wallet as mint authority) is created first.
 */
export const stakingPoolStep: InitStep = {
  name: "staking pool",
  program: "nd_staking",
  async run(ctx: StepContext, idl): Promise<StepOutcome> {
    const programId = new PublicKey(idl.address);
    const program = new Program(idl, { connection: ctx.connection });
    const created: string[] = [];

    const ownMint = platformTokenMint(ctx.wallet);
    const mint = ctx.platform.stakeMint ?? ownMint.publicKey;
    const mintAccount = await ctx.connection.getAccountInfo(mint);
    if (!mintAccount && ctx.platform.stakeMint) throw new Error(`stake mint ${mint.toBase58()} does not exist`);
    if (!mintAccount) {
      await ctx.sender.send(
        [
          SystemProgram.createAccount({
            fromPubkey: ctx.wallet.publicKey,
            newAccountPubkey: mint,
            lamports: await ctx.connection.getMinimumBalanceForRentExemption(MINT_SIZE),
            space: MINT_SIZE,
            programId: TOKEN_PROGRAM_ID,
          }),
          createInitializeMint2Instruction(mint, POOL_DEFAULTS.tokenDecimals, ctx.wallet.publicKey, null, TOKEN_PROGRAM_ID),
        ],
        [ownMint],
      );
      created.push(`platform token mint ${mint.toBase58()}`);
    }
    const tokenProgram = mintAccount?.owner ?? TOKEN_PROGRAM_ID;

    const [pool] = PublicKey.findProgramAddressSync([Buffer.from("pool"), mint.toBuffer(), mint.toBuffer()], programId);
    const [stakeVault] = PublicKey.findProgramAddressSync([Buffer.from("stake_vault"), pool.toBuffer()], programId);
    const [rewardVault] = PublicKey.findProgramAddressSync([Buffer.from("reward_vault"), pool.toBuffer()], programId);
    const accounts = [mint, pool, stakeVault, rewardVault];
    if (await ctx.connection.getAccountInfo(pool)) {
      return { status: created.length ? "initialised" : "unchanged", detail: `pool ${pool.toBase58()} of mint ${mint.toBase58()} exists`, accounts };
    }
    const init = await program.methods
      .initPool({
        earlyExitPenaltyBps: POOL_DEFAULTS.earlyExitPenaltyBps,
        minStake: new BN(POOL_DEFAULTS.minStake.toString()),
        tiers: POOL_DEFAULTS.tiers.map((t) => ({ minLockSecs: new BN(t.minLockSecs.toString()), multiplierBps: new BN(t.multiplierBps.toString()) })),
      })
      .accountsPartial({
        authority: ctx.wallet.publicKey,
        pool,
        stakeMint: mint,
        rewardMint: mint,
        stakeVault,
        rewardVault,
        stakeTokenProgram: tokenProgram,
        rewardTokenProgram: tokenProgram,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    await ctx.sender.send([init]);
    created.push(`pool ${pool.toBase58()} (authority ${ctx.wallet.publicKey.toBase58()})`);
    return { status: "initialised", detail: created.join(", "), accounts };
  },
};
