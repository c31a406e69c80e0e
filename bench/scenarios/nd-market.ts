import type { SentTransaction, TestContext } from "../../tests/harness";
import { INSTANT, Market, TrackSetup, buy, claim, createSplit, createTrack, escrow, initPlatform, openVault, refund, settleAccounts } from "../../tests/market/anchor-client/market";
import { PaymentKind, createPayment } from "../../tests/market/fixtures/payment";
import { MARKET } from "../../tests/market/anchor-client/program";
import { BenchScenario, benchKeypair, defineScenarios } from "../scenario";

// The market program (programs/nd-market) as `npm run build:programs` builds it. Every address a
// measured instruction derives a PDA from (controller → split → vault, artist → track, buyer →
// purchase, mints, referrer) is a fixed bench keypair, so the figures repeat exactly.
const programs = [{ name: MARKET }];
const PRICE = 1_000_000n;
const WINDOW_SECS = 3_600;

const SHARES: Readonly<Record<number, readonly number[]>> = {
  1: [1_000_000],
  8: [300_000, ...Array<number>(7).fill(100_000)],
  32: [225_000, ...Array<number>(31).fill(25_000)],
};

interface Setup {
  readonly m: Market;
  readonly t: TrackSetup;
}

async function marketWithTrack(ctx: TestContext, kind: PaymentKind, recipients: number, mode = INSTANT): Promise<Setup> {
  const m = await initPlatform(ctx);
  const wallets = SHARES[recipients].map((_, i) => benchKeypair(`nd-market-recipient-${i}`).publicKey);
  for (const wallet of wallets) await ctx.airdrop(wallet, 1_000_000_000n);
  const controller = benchKeypair("nd-market-controller");
  await ctx.airdrop(controller.publicKey, 10_000_000_000n);
  const split = await createSplit(m, SHARES[recipients], { controller, recipients: wallets });
  const payment = await createPayment(ctx, kind, benchKeypair(`nd-market-mint-${kind}`));
  const vault = await openVault(m, split, payment);
  const t = await createTrack(m, { split, vault, price: PRICE, referralBps: 500, mode });
  return { m, t };
}

async function buyer(ctx: TestContext, s: Setup, label = "buyer") {
  const keypair = benchKeypair(`nd-market-${label}`);
  await ctx.airdrop(keypair.publicKey, 10_000_000_000n);
  await s.t.vault.payment.fund(keypair.publicKey, PRICE * 2n);
  return keypair;
}

const VARIANT: Readonly<Record<PaymentKind, string>> = { sol: "sol", spl: "spl", "token-2022": "token_2022", "token-2022-fee": "token_2022_fee" };

function scenario(key: string, run: (ctx: TestContext) => Promise<string>): BenchScenario {
  return { key, programs, run: async (ctx): Promise<SentTransaction> => ctx.transaction(await run(ctx)) };
}

function buyScenarios(kind: PaymentKind, counts: readonly number[]): BenchScenario[] {
  return counts.map((n) =>
    scenario(`nd_market.buy/${VARIANT[kind]}_${n}`, async (ctx) => {
      const s = await marketWithTrack(ctx, kind, n);
      return buy(s.m, s.t, await buyer(ctx, s));
    }),
  );
}

/** An escrowed purchase by the bench buyer on a one-recipient SOL track. */
async function escrowed(ctx: TestContext): Promise<Setup & { purchaser: ReturnType<typeof benchKeypair> }> {
  const s = await marketWithTrack(ctx, "sol", 1, escrow(WINDOW_SECS));
  const purchaser = await buyer(ctx, s);
  await buy(s.m, s.t, purchaser);
  return { ...s, purchaser };
}

export const scenarios = defineScenarios([
  ...buyScenarios("sol", [1, 8, 32]),
  ...buyScenarios("spl", [1, 8, 32]),
  ...buyScenarios("token-2022", [1, 8, 32]),
  ...buyScenarios("token-2022-fee", [1]),
  scenario("nd_market.buy/sol_referral", async (ctx) => {
    const s = await marketWithTrack(ctx, "sol", 1);
    return buy(s.m, s.t, await buyer(ctx, s), { tip: 1_000n, referrer: benchKeypair("nd-market-referrer").publicKey });
  }),
  scenario("nd_market.buy/sol_escrow", async (ctx) => {
    const s = await marketWithTrack(ctx, "sol", 1, escrow(WINDOW_SECS));
    return buy(s.m, s.t, await buyer(ctx, s));
  }),
  scenario("nd_market.settle", async (ctx) => {
    const s = await escrowed(ctx);
    await ctx.advanceClock({ seconds: WINDOW_SECS });
    const caller = s.m.ctx.payer.publicKey;
    return s.m.program.methods.settle().accountsPartial(await settleAccounts(s.m, s.t, s.purchaser.publicKey, caller)).rpc();
  }),
  scenario("nd_market.confirm", async (ctx) => {
    const s = await escrowed(ctx);
    const accounts = await settleAccounts(s.m, s.t, s.purchaser.publicKey, s.purchaser.publicKey);
    return s.m.program.methods.confirm().accountsPartial(accounts).signers([s.purchaser]).rpc();
  }),
  scenario("nd_market.refund", async (ctx) => {
    const s = await escrowed(ctx);
    return refund(s.m, s.t, s.purchaser.publicKey, s.m.arbiter);
  }),
  ...(["sol", "spl", "token-2022"] as const).flatMap((kind) =>
    [1, 32].map((n) =>
      scenario(`nd_market.claim/${VARIANT[kind]}_${n}`, async (ctx) => {
        const s = await marketWithTrack(ctx, kind, n);
        await buy(s.m, s.t, await buyer(ctx, s));
        return claim(s.m, s.t.split, s.t.vault, 0);
      }),
    ),
  ),
]);
