import { Program } from "@coral-xyz/anchor";
import { PublicKey, SystemProgram } from "@solana/web3.js";
import { programDataAddress } from "../lib/loader";
import { InitStep, StepContext, StepOutcome } from "../lib/step";

/** Platform terms a fresh deployment starts with (the fee is the program's own default, 250 bps). */
export const PLATFORM_DEFAULTS = { feeBps: 250, referralCapBps: 1_000, stakingShareBps: 2_000 } as const;

interface PlatformFields {
  authority: PublicKey;
  feeBps: number;
  treasury: PublicKey;
  referralCapBps: number;
  stakingShareBps: number;
  arbiter: PublicKey;
}

/**
 * The market program's Platform (one PDA per deployment): created by the program's upgrade
 * authority (the wallet) with the requested fee, treasury and arbiter. An existing Platform is
 * left as it is; the detail names any term that differs from the requested ones.
 */
export const marketPlatformStep: InitStep = {
  name: "market platform",
  program: "nd_market",
  async run(ctx: StepContext, idl): Promise<StepOutcome> {
    const programId = new PublicKey(idl.address);
    const program = new Program(idl, { connection: ctx.connection });
    const [platform] = PublicKey.findProgramAddressSync([Buffer.from("platform")], programId);
    const wanted = {
      feeBps: ctx.platform.feeBps,
      treasury: ctx.platform.treasury,
      arbiter: ctx.platform.arbiter,
      referralCapBps: PLATFORM_DEFAULTS.referralCapBps,
      stakingShareBps: PLATFORM_DEFAULTS.stakingShareBps,
    };

    const existing = await ctx.connection.getAccountInfo(platform);
    if (existing) {
      const state = program.coder.accounts.decode<PlatformFields>("platform", existing.data);
      const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((k) => String(state[k]) !== String(wanted[k]));
      const detail = `${platform.toBase58()} exists (authority ${state.authority.toBase58()}, fee ${state.feeBps} bps)`;
      return {
        status: "unchanged",
        detail: differs.length ? `${detail}; left as is although ${differs.join(", ")} differ from the requested terms (update_platform changes them)` : detail,
        accounts: [platform],
      };
    }

    const authority = ctx.wallet.publicKey;
    const init = await program.methods
      .initPlatform({ treasury: wanted.treasury, referralCapBps: wanted.referralCapBps, stakingShareBps: wanted.stakingShareBps, arbiter: wanted.arbiter })
      .accountsPartial({ authority, platform, program: programId, programData: programDataAddress(programId), systemProgram: SystemProgram.programId })
      .instruction();
    const instructions = [init];
    // init_platform always starts at the program's default fee; another fee is one update away.
    if (wanted.feeBps !== PLATFORM_DEFAULTS.feeBps) {
      instructions.push(
        await program.methods
          .updatePlatform({ feeBps: wanted.feeBps, treasury: null, referralCapBps: null, stakingShareBps: null, arbiter: null })
          .accountsPartial({ authority, platform })
          .instruction(),
      );
    }
    await ctx.sender.send(instructions);
    return {
      status: "initialised",
      detail: `${platform.toBase58()}: fee ${wanted.feeBps} bps, treasury ${wanted.treasury.toBase58()}, arbiter ${wanted.arbiter.toBase58()}, authority ${authority.toBase58()}`,
      accounts: [platform],
    };
  },
};
