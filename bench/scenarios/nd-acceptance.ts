import { BN, Program } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import {
  SentTransaction,
  TestContext,
  TestMint,
  TokenProgram,
  createAssociatedTokenAccount,
  createMint,
  mintTo,
  tokenProgramId,
} from "../../tests/harness";
import { DEFAULT_SO, LIB, NdAcceptance, PROGRAM_ID, acceptanceProgram } from "../../tools/sbf/tests/acceptance/client";
import { BenchScenario, benchKeypair, defineScenarios } from "../scenario";

// The SBF toolchain's Anchor acceptance program (tools/sbf/tests/workspace/programs/nd-acceptance),
// SBPF v3 as `npm run build:programs -- --workspace tools/sbf/tests/workspace` builds it by default
// (bench/run.mjs builds it first): what each Anchor construct costs with this toolchain.
const programs = [{ name: LIB, programId: PROGRAM_ID, so: DEFAULT_SO }];

interface Vault {
  readonly program: Program<NdAcceptance>;
  readonly mint: TestMint;
  readonly tokenProgram: PublicKey;
  readonly vault: PublicKey;
  readonly alice: ReturnType<typeof benchKeypair>;
  readonly aliceTokens: PublicKey;
}

async function initializedVault(ctx: TestContext, flavour: TokenProgram): Promise<Vault> {
  const program = acceptanceProgram(ctx);
  const authority = benchKeypair(`nd-acceptance-authority-${flavour}`);
  const alice = benchKeypair(`nd-acceptance-alice-${flavour}`);
  await ctx.airdrop(authority.publicKey, 10_000_000_000n);
  await ctx.airdrop(alice.publicKey, 10_000_000_000n);
  const mint = await createMint(ctx, { program: flavour, keypair: benchKeypair(`nd-acceptance-mint-${flavour}`) });
  const tokenProgram = tokenProgramId(flavour);
  await program.methods.initialize(new BN(1_000_000)).accounts({ authority: authority.publicKey, mint: mint.address, tokenProgram }).signers([authority]).rpc();
  const aliceTokens = await createAssociatedTokenAccount(ctx, mint, alice.publicKey);
  await mintTo(ctx, mint, aliceTokens, 1_000_000n);
  const vault = PublicKey.findProgramAddressSync([Buffer.from("vault"), authority.publicKey.toBuffer(), mint.address.toBuffer()], PROGRAM_ID)[0];
  return { program, mint, tokenProgram, vault, alice, aliceTokens };
}

const deposit = (v: Vault, amount: number) =>
  v.program.methods.deposit(new BN(amount)).accountsPartial({ owner: v.alice.publicKey, vault: v.vault, ownerTokens: v.aliceTokens, tokenProgram: v.tokenProgram }).signers([v.alice]).rpc();
const withdraw = (v: Vault, amount: number) =>
  v.program.methods.withdraw(new BN(amount)).accountsPartial({ owner: v.alice.publicKey, vault: v.vault, destination: v.aliceTokens, tokenProgram: v.tokenProgram }).signers([v.alice]).rpc();

function vaultScenario(key: string, flavour: TokenProgram, measured: (ctx: TestContext, v: Vault) => Promise<string>): BenchScenario {
  return {
    key,
    programs,
    run: async (ctx): Promise<SentTransaction> => ctx.transaction(await measured(ctx, await initializedVault(ctx, flavour))),
  };
}

function tokenScenarios(flavour: TokenProgram): BenchScenario[] {
  const variant = flavour === "spl-token" ? "" : "/token_2022";
  return [
    {
      key: `nd_acceptance.initialize${variant}`,
      programs,
      run: async (ctx) => {
        const program = acceptanceProgram(ctx);
        const authority = benchKeypair(`nd-acceptance-authority-${flavour}`);
        await ctx.airdrop(authority.publicKey, 10_000_000_000n);
        const mint = await createMint(ctx, { program: flavour, keypair: benchKeypair(`nd-acceptance-mint-${flavour}`) });
        const tokenProgram = tokenProgramId(flavour);
        return ctx.transaction(
          await program.methods.initialize(new BN(1_000_000)).accounts({ authority: authority.publicKey, mint: mint.address, tokenProgram }).signers([authority]).rpc(),
        );
      },
    },
    // The first deposit also creates the position (init_if_needed).
    vaultScenario(`nd_acceptance.deposit/open_position${variant.replace("/", "_")}`, flavour, (_ctx, v) => deposit(v, 250_000)),
    vaultScenario(`nd_acceptance.withdraw${variant}`, flavour, async (_ctx, v) => {
      await deposit(v, 250_000);
      return withdraw(v, 100_000);
    }),
  ];
}

export const scenarios = defineScenarios([
  ...tokenScenarios("spl-token"),
  vaultScenario("nd_acceptance.deposit", "spl-token", async (_ctx, v) => {
    await deposit(v, 250_000);
    return deposit(v, 100_000);
  }),
  vaultScenario("nd_acceptance.set_cap", "spl-token", (_ctx, v) => {
    const authority = benchKeypair("nd-acceptance-authority-spl-token");
    return v.program.methods.setCap(new BN(2_000_000)).accountsPartial({ authority: authority.publicKey, vault: v.vault }).signers([authority]).rpc();
  }),
  vaultScenario("nd_acceptance.close_position", "spl-token", async (_ctx, v) => {
    await deposit(v, 250_000);
    await withdraw(v, 250_000);
    return v.program.methods.closePosition().accountsPartial({ owner: v.alice.publicKey, vault: v.vault }).signers([v.alice]).rpc();
  }),
  {
    key: "nd_acceptance.create_note",
    programs,
    run: async (ctx) => {
      const owner = benchKeypair("nd-acceptance-note-owner");
      await ctx.airdrop(owner.publicKey, 10_000_000_000n);
      const program = acceptanceProgram(ctx);
      return ctx.transaction(await program.methods.createNote("x".repeat(64)).accounts({ owner: owner.publicKey }).signers([owner]).rpc());
    },
  },
  {
    key: "nd_acceptance.update_note",
    programs,
    run: async (ctx) => {
      const owner = benchKeypair("nd-acceptance-note-owner");
      await ctx.airdrop(owner.publicKey, 10_000_000_000n);
      const program = acceptanceProgram(ctx);
      await program.methods.createNote("x".repeat(64)).accounts({ owner: owner.publicKey }).signers([owner]).rpc();
      // Growing: realloc plus the rent top-up transfer.
      return ctx.transaction(await program.methods.updateNote("y".repeat(256)).accounts({ owner: owner.publicKey }).signers([owner]).rpc());
    },
  },
  ...tokenScenarios("token-2022"),
]);
