// What a track is paid with: native SOL, an SPL Token mint, or a Token-2022 mint (optionally
// with a transfer fee), and the accounts each party uses for it.
import { calculateEpochFee, getTransferFeeConfig } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import {
  BalanceTarget,
  TestContext,
  TestMint,
  createAssociatedTokenAccount,
  createMint,
  getMintState,
  lamportsOf,
  mintTo,
  tokensOf,
} from "../../harness";
import { SOL_MINT } from "./program";

export type PaymentKind = "sol" | "spl" | "token2022" | "token2022_fee";
export const PAYMENT_KINDS: readonly PaymentKind[] = ["sol", "spl", "token2022", "token2022_fee"];

/** Transfer fee of the `token2022_fee` mints: 1 %, at most 1_000_000 units per transfer. */
export const TRANSFER_FEE_BPS = 100;
export const TRANSFER_FEE_MAX = 1_000_000n;

export interface Payment {
  readonly kind: PaymentKind;
  /** SOL_MINT for native SOL. */
  readonly mint: PublicKey;
  readonly token: TestMint | null;
}

export async function createPayment(ctx: TestContext, kind: PaymentKind, keypair?: Keypair): Promise<Payment> {
  switch (kind) {
    case "sol":
      return { kind, mint: SOL_MINT, token: null };
    case "spl":
    case "token2022": {
      const token = await createMint(ctx, { program: kind === "spl" ? "spl-token" : "token-2022", keypair });
      return { kind, mint: token.address, token };
    }
    case "token2022_fee": {
      const token = await createMint(ctx, {
        keypair,
        extensions: [{ kind: "transferFee", feeBasisPoints: TRANSFER_FEE_BPS, maximumFee: TRANSFER_FEE_MAX }],
      });
      return { kind, mint: token.address, token };
    }
  }
}

/**
 * Where `wallet` receives (and pays from) this currency: the wallet itself for SOL, its
 * associated token account (created here) for tokens.
 */
export async function accountFor(ctx: TestContext, payment: Payment, wallet: PublicKey): Promise<PublicKey> {
  return payment.token ? createAssociatedTokenAccount(ctx, payment.token, wallet) : wallet;
}

/** Gives `wallet` `amount` of the currency (tokens are minted; SOL is airdropped). */
export async function fund(ctx: TestContext, payment: Payment, wallet: PublicKey, amount: bigint): Promise<PublicKey> {
  const account = await accountFor(ctx, payment, wallet);
  if (payment.token) await mintTo(ctx, payment.token, account, amount);
  else await ctx.airdrop(wallet, amount);
  return account;
}

/** The balance of `account` in this currency: lamports for SOL, the raw token amount otherwise. */
export function balanceIn(payment: Payment, account: PublicKey): BalanceTarget {
  return payment.token ? tokensOf(account) : lamportsOf(account);
}

/** What the mint withholds from a transfer of `amount` (the Token-2022 transfer fee, else 0). */
export async function transferFeeOn(ctx: TestContext, payment: Payment, amount: bigint): Promise<bigint> {
  if (!payment.token || payment.kind !== "token2022_fee") return 0n;
  const config = getTransferFeeConfig(await getMintState(ctx, payment.token));
  if (!config) throw new Error("the fee mint lost its TransferFeeConfig");
  return calculateEpochFee(config, (await ctx.clock()).epoch, amount);
}

/** Accounts a token instruction of the market takes (all null for SOL). */
export function tokenAccounts(payment: Payment, vaultTokens: PublicKey | null) {
  return payment.token
    ? { mint: payment.mint, vaultTokens, tokenProgram: payment.token.programId }
    : { mint: null, vaultTokens: null, tokenProgram: null };
}
