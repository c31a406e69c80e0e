// Setting up and driving the market through anchor `Program` clients: platform, splits,
// vaults, tracks and purchases, each step one real transaction.
import { BN, Program } from "@coral-xyz/anchor";
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import type { TestContext } from "../../harness";
import { sendWithLookupTable } from "./lookup-table";
import type { Payment } from "../fixtures/payment";
import { NdMarket, SOL_MINT, marketPdas, marketProgram } from "./program";

/** Platform terms of every setup: fee 250 bps (the default), referral cap 10 %, staking 20 % of fees. */
export const REFERRAL_CAP_BPS = 1_000;
export const STAKING_SHARE_BPS = 2_000;
/** Above this many recipients the wallets only fit a transaction through a lookup table. */
const RECIPIENTS_WITHOUT_LOOKUP_TABLE = 16;

export interface Market {
  readonly ctx: TestContext;
  readonly program: Program<NdMarket>;
  readonly pdas: ReturnType<typeof marketPdas>;
  readonly platform: PublicKey;
  readonly treasury: PublicKey;
  readonly arbiter: Keypair;
  /** The platform's rates as stored. */
  readonly feeBps: number;
  readonly referralCapBps: number;
  readonly stakingShareBps: number;
}

export interface SplitSetup {
  readonly split: PublicKey;
  readonly controller: Keypair;
  readonly recipients: readonly PublicKey[];
  readonly shares: readonly number[];
}

export interface VaultSetup {
  readonly payment: Payment;
  readonly vault: PublicKey;
  readonly ledgers: PublicKey;
  readonly vaultTokens: PublicKey | null;
}

export type SaleMode = { instant: Record<string, never> } | { escrow: { disputeWindowSecs: number } };
export const INSTANT: SaleMode = { instant: {} };
export const escrow = (disputeWindowSecs: number): SaleMode => ({ escrow: { disputeWindowSecs } });

export interface TrackSetup {
  readonly track: PublicKey;
  readonly artist: Keypair;
  readonly split: SplitSetup;
  readonly vault: VaultSetup;
  readonly price: bigint;
}

/**
 * Initialises the platform as the program's upgrade authority (the only signer it accepts). On
 * a shared chain (the validator lane) the deployment already did, with the upgrade authority as
 * authority, treasury and arbiter; that platform is used as it is.
 */
export async function initPlatform(ctx: TestContext, parties: { treasury?: Keypair; arbiter?: Keypair } = {}): Promise<Market> {
  const program = marketProgram(ctx);
  const pdas = marketPdas(program.programId);
  const authority = ctx.upgradeAuthority;
  let arbiter = authority;
  if (ctx.capabilities.isolatedChain) {
    const treasury = parties.treasury ?? (await ctx.createFundedKeypair(1_000_000_000n));
    arbiter = parties.arbiter ?? (await ctx.createFundedKeypair());
    await ctx.airdrop(authority.publicKey, 1_000_000_000n);
    await program.methods
      .initPlatform({ treasury: treasury.publicKey, referralCapBps: REFERRAL_CAP_BPS, stakingShareBps: STAKING_SHARE_BPS, arbiter: arbiter.publicKey })
      .accountsPartial({ authority: authority.publicKey, platform: pdas.platform(), program: program.programId, programData: pdas.programData() })
      .signers([authority])
      .rpc();
  }
  const platform = await program.account.platform.fetch(pdas.platform());
  if (!platform.arbiter.equals(arbiter.publicKey)) throw new Error("the existing platform's arbiter is not the upgrade authority");
  return {
    ctx,
    program,
    pdas,
    platform: pdas.platform(),
    treasury: platform.treasury,
    arbiter,
    feeBps: platform.feeBps,
    referralCapBps: platform.referralCapBps,
    stakingShareBps: platform.stakingShareBps,
  };
}

/** A split whose recipients are fresh wallets (or `recipients`), controlled by `controller`. */
export async function createSplit(
  m: Market,
  shares: readonly number[],
  opts: { controller?: Keypair; splitId?: bigint; recipients?: readonly PublicKey[] } = {},
): Promise<SplitSetup> {
  const controller = opts.controller ?? (await m.ctx.createFundedKeypair());
  const splitId = opts.splitId ?? 1n;
  // Funded: a SOL payout may not leave a fresh wallet below the rent-exempt minimum.
  const recipients = opts.recipients ?? (await Promise.all(shares.map(async () => (await m.ctx.createFundedKeypair(1_000_000_000n)).publicKey)));
  const split = m.pdas.split(controller.publicKey, splitId);
  const ix = await m.program.methods
    .createSplit(new BN(splitId.toString()), [...shares])
    .accountsPartial({ creator: controller.publicKey, split })
    .remainingAccounts(recipients.map((pubkey) => ({ pubkey, isSigner: false, isWritable: false })))
    .instruction();
  await sendMaybeCompressed(m.ctx, [ix], [controller], recipients);
  return { split, controller, recipients, shares };
}

async function sendMaybeCompressed(ctx: TestContext, ixs: TransactionInstruction[], signers: Keypair[], addresses: readonly PublicKey[]): Promise<void> {
  if (addresses.length <= RECIPIENTS_WITHOUT_LOOKUP_TABLE) await ctx.send(ixs, signers);
  else await sendWithLookupTable(ctx, ixs, signers, addresses);
}

/** Accounts a token instruction of the market takes (all null for SOL). */
function tokenAccounts(payment: Payment, vaultTokens: PublicKey | null) {
  return payment.isSol()
    ? { mint: null, vaultTokens: null, tokenProgram: null }
    : { mint: payment.mint, vaultTokens, tokenProgram: payment.tokenProgram };
}

/** Where `wallet` receives this currency, its token account created first when needed. */
async function openAccount(payment: Payment, wallet: PublicKey): Promise<PublicKey> {
  await payment.open(wallet);
  return payment.accountOf(wallet);
}

export async function openVault(m: Market, split: SplitSetup, payment: Payment): Promise<VaultSetup> {
  const vault = m.pdas.vault(split.split, payment.mint);
  const vaultTokens = payment.isSol() ? null : m.pdas.vaultTokens(vault);
  await m.program.methods
    .openVault(payment.mint)
    .accountsPartial({ payer: split.controller.publicKey, split: split.split, vault, ledgers: m.pdas.ledgers(vault), ...tokenAccounts(payment, vaultTokens) })
    .signers([split.controller])
    .rpc();
  return { payment, vault, ledgers: m.pdas.ledgers(vault), vaultTokens };
}

export async function createTrack(
  m: Market,
  args: { split: SplitSetup; vault: VaultSetup; price: bigint; mode?: SaleMode; referralBps?: number; artist?: Keypair; trackId?: bigint },
): Promise<TrackSetup> {
  const artist = args.artist ?? args.split.controller;
  const trackId = args.trackId ?? 1n;
  const track = m.pdas.track(artist.publicKey, trackId);
  const payment = args.vault.payment;
  await m.program.methods
    .createTrack(new BN(trackId.toString()), {
      paymentMint: payment.mint,
      price: new BN(args.price.toString()),
      referralBps: args.referralBps ?? 0,
      contentId: contentIdOf(track),
      mode: args.mode ?? INSTANT,
    })
    .accountsPartial({
      artist: artist.publicKey,
      platform: m.platform,
      split: args.split.split,
      vault: args.vault.vault,
      mint: payment.isSol() ? null : payment.mint,
      track,
    })
    .signers([artist])
    .rpc();
  return { track, artist, split: args.split, vault: args.vault, price: args.price };
}

/** A recognisable 32-byte content id per track (stands for the digest of the audio's CID). */
export function contentIdOf(track: PublicKey): number[] {
  return Array.from(track.toBuffer()).reverse();
}

export interface BuyOptions {
  readonly tip?: bigint;
  readonly referrer?: PublicKey;
  /** Makes it `buy_for` this wallet. */
  readonly beneficiary?: PublicKey;
  readonly expectedPrice?: bigint;
}

/** `buy` (or `buy_for` with a beneficiary) paid by `buyer` from its wallet or associated token account. */
export async function buy(m: Market, t: TrackSetup, buyer: Keypair, opts: BuyOptions = {}): Promise<string> {
  const payment = t.vault.payment;
  const beneficiary = opts.beneficiary ?? buyer.publicKey;
  const referrer = opts.referrer ?? SOL_MINT;
  const args = { expectedPrice: new BN((opts.expectedPrice ?? t.price).toString()), tip: new BN((opts.tip ?? 0n).toString()), referrer };
  const builder = opts.beneficiary ? m.program.methods.buyFor(args) : m.program.methods.buy(args);
  return builder
    .accountsPartial({
      buyer: buyer.publicKey,
      beneficiary,
      platform: m.platform,
      track: t.track,
      vault: t.vault.vault,
      purchase: m.pdas.purchase(t.track, beneficiary),
      referrerCredit: opts.referrer ? m.pdas.credit(t.vault.vault, opts.referrer) : null,
      buyerTokens: payment.isSol() ? null : await openAccount(payment, buyer.publicKey),
      ...tokenAccounts(payment, t.vault.vaultTokens),
      systemProgram: SystemProgram.programId,
    })
    .signers([buyer])
    .rpc();
}

/** The accounts `confirm`/`settle` take for a purchase. */
export async function settleAccounts(m: Market, t: TrackSetup, beneficiary: PublicKey, caller: PublicKey) {
  const purchase = m.pdas.purchase(t.track, beneficiary);
  const state = await m.program.account.purchase.fetch(purchase);
  return {
    caller,
    platform: m.platform,
    track: t.track,
    vault: t.vault.vault,
    purchase,
    referrerCredit: state.referrer ? m.pdas.credit(t.vault.vault, state.referrer) : null,
  };
}

export async function refund(m: Market, t: TrackSetup, beneficiary: PublicKey, caller: Keypair): Promise<string> {
  const purchase = m.pdas.purchase(t.track, beneficiary);
  const state = await m.program.account.purchase.fetch(purchase);
  return m.program.methods
    .refund()
    .accountsPartial({
      caller: caller.publicKey,
      platform: m.platform,
      track: t.track,
      vault: t.vault.vault,
      purchase,
      buyerDestination: await openAccount(t.vault.payment, state.buyer),
      ...tokenAccounts(t.vault.payment, t.vault.vaultTokens),
    })
    .signers([caller])
    .rpc();
}

/** Claim by recipient `index` of the split, to its wallet or associated token account. */
export async function claim(m: Market, split: SplitSetup, v: VaultSetup, index: number, advances: PublicKey | null = null): Promise<string> {
  return m.program.methods
    .claim(index)
    .accountsPartial({
      split: split.split,
      vault: v.vault,
      ledgers: v.ledgers,
      advances,
      destination: await openAccount(v.payment, split.recipients[index]),
      ...tokenAccounts(v.payment, v.vaultTokens),
    })
    .rpc();
}

export async function claimFees(m: Market, v: VaultSetup): Promise<string> {
  return m.program.methods
    .claimFees()
    .accountsPartial({
      platform: m.platform,
      vault: v.vault,
      treasuryDestination: await openAccount(v.payment, m.treasury),
      ...tokenAccounts(v.payment, v.vaultTokens),
    })
    .rpc();
}

export async function claimCredit(m: Market, v: VaultSetup, owner: PublicKey): Promise<string> {
  return m.program.methods
    .claimCredit()
    .accountsPartial({
      credit: m.pdas.credit(v.vault, owner),
      vault: v.vault,
      destination: await openAccount(v.payment, owner),
      ...tokenAccounts(v.payment, v.vaultTokens),
    })
    .rpc();
}
