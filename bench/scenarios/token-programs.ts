import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, SystemProgram } from "@solana/web3.js";
import {
  createAssociatedTokenAccount,
  createMint,
  createTokenAccount,
  mintTo,
  transferChecked,
} from "../../tests/harness";
import { benchKeypair, defineScenarios } from "../scenario";

// Baselines from the programs every flow pays through: System and the two token programs.
export const scenarios = defineScenarios([
  {
    key: "system.transfer",
    run: (ctx) =>
      ctx.send([SystemProgram.transfer({ fromPubkey: ctx.payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1_000_000_000 })]),
  },
  {
    key: "spl_token.mint_to_checked",
    run: async (ctx) => {
      const mint = await createMint(ctx);
      return mintTo(ctx, mint, await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey), 1_000_000n);
    },
  },
  {
    key: "spl_token.transfer_checked",
    run: async (ctx) => {
      const mint = await createMint(ctx);
      const source = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const destination = await createTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, source, 1_000_000n);
      return transferChecked(ctx, { mint, source, destination, owner: ctx.payer, amount: 250_000n });
    },
  },
  {
    key: "token_2022.transfer_checked",
    run: async (ctx) => {
      const mint = await createMint(ctx, { program: "token-2022" });
      const source = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const destination = await createTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, source, 1_000_000n);
      return transferChecked(ctx, { mint, source, destination, owner: ctx.payer, amount: 250_000n });
    },
  },
  {
    key: "token_2022.transfer_checked/transfer_fee",
    run: async (ctx) => {
      const mint = await createMint(ctx, { extensions: [{ kind: "transferFee", feeBasisPoints: 250, maximumFee: 1_000_000n }] });
      const source = await createAssociatedTokenAccount(ctx, mint, ctx.payer.publicKey);
      const destination = await createTokenAccount(ctx, mint, Keypair.generate().publicKey);
      await mintTo(ctx, mint, source, 1_000_000n);
      return transferChecked(ctx, { mint, source, destination, owner: ctx.payer, amount: 250_000n });
    },
  },
  {
    key: "associated_token.create_idempotent/new",
    run: async (ctx) => {
      const mint = await createMint(ctx, { keypair: benchKeypair("ata-mint") });
      const owner = benchKeypair("ata-owner").publicKey;
      const ata = getAssociatedTokenAddressSync(mint.address, owner);
      return ctx.send([createAssociatedTokenAccountIdempotentInstruction(ctx.payer.publicKey, ata, owner, mint.address)]);
    },
  },
]);
