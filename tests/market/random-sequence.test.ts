// Randomised sequences of buys (instant and escrow, with tips, referrers and gifts), confirms,
// settlements, refunds, claims (repaying advances first), fee and credit claims, advances, share
// changes, price and fee changes and clock jumps across many wallets, checked after every step against an independent model: Σ of all
// balances unchanged, the vault holding exactly what it owes (plus the open epoch's dust), every
// buyer, referrer and the treasury exact to the unit, and every recipient's entitlement within the
// accumulator's documented dust of its exact (rational) share. The seed is printed on failure;
// replay with ND_SEED=<seed>, lengthen with ND_RANDOM_STEPS=<n>.
import { getTransferFeeAmount, unpackAccount } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { SplitVaultView, fetchPurchase, fetchSplitVault } from "../../sdk/src/accounts/market";
import { RecipientClaim } from "../../sdk/src/market/claimable";
import {
  addAdvanceInstruction,
  createSplitInstruction,
  updatePlatformInstruction,
  updateSplitInstruction,
  updateTrackInstruction,
} from "../../sdk/src/instructions/market";
import { marketEventsNamed } from "../../sdk/src/market/events";
import { findAdvancesAddress, findCreditAddress, findPurchaseAddress, findSplitAddress } from "../../sdk/src/pda";
import { unbookedDust } from "../../sdk/src/quote";
import { TestContext } from "../harness";
import { arriving, expectedSale, rentOf } from "./fixtures/amounts";
import { PaymentSuite, describeEachPayment } from "./fixtures/each-payment";
import { FEE_BPS } from "./fixtures/market-env";
import { Prng, seedFromEnv } from "./fixtures/prng";
import { Rational } from "./fixtures/rational";
import { ReferenceSplit } from "./fixtures/reference-market";
import {
  TrackSetup,
  VaultSetup,
  buy,
  claim,
  claimCredit,
  claimFees,
  createTrackSetup,
  escrow,
  freshId,
  openVaultSetup,
  refund,
  settle,
} from "./fixtures/sale-setup";

const STEPS = Number(process.env.ND_RANDOM_STEPS ?? 500);
const WINDOW = 500;
const POOL = 10;
const BUYERS = 8;
const REFERRERS = 3;
const BENEFICIARIES = 2;

interface Escrow {
  readonly buyer: Keypair;
  readonly beneficiary: PublicKey;
  readonly received: bigint;
  readonly booking: ReturnType<typeof expectedSale>;
  readonly referrer: PublicKey | null;
  readonly releaseAt: bigint;
}

describeEachPayment("randomised sequence", (suite) => {
  it(`${STEPS} random operations keep every balance exact and every vault solvent`, async function () {
    this.timeout(300_000);
    const seed = seedFromEnv();
    try {
      await run(suite(), new Prng(seed));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(`randomised sequence failed with seed ${seed} (replay: ND_SEED=${seed}): ${message}`, { cause: err });
    }
  });
});

async function run(s: PaymentSuite, rng: Prng): Promise<void> {
  const { env, payment } = s;
  const { ctx } = env;
  const controller = await ctx.createFundedKeypair();
  const pool: Keypair[] = [];
  for (let i = 0; i < POOL; i++) pool.push(await ctx.createFundedKeypair(1_000_000_000n));
  for (const p of pool) await payment.open(p.publicKey);
  const buyers: Keypair[] = [];
  for (let i = 0; i < BUYERS; i++) {
    const b = await ctx.createFundedKeypair(1_000_000_000_000n);
    await payment.fund(b.publicKey, payment.isSol() ? 0n : 1_000_000_000_000n);
    buyers.push(b);
  }
  const referrers: PublicKey[] = [];
  for (let i = 0; i < REFERRERS; i++) referrers.push((await ctx.createFundedKeypair(1_000_000_000n)).publicKey);
  for (const r of referrers) await payment.open(r);
  // Advance givers (a label, an investor): repaid through their Credit accounts.
  const lenders: PublicKey[] = [];
  for (let i = 0; i < BENEFICIARIES; i++) lenders.push((await ctx.createFundedKeypair(1_000_000_000n)).publicKey);
  for (const l of lenders) await payment.open(l);
  await payment.open(env.treasury.publicKey);

  const initial = randomRecipients(rng, pool, 3);
  const splitId = freshId();
  await env.send([createSplitInstruction(env.program, { creator: controller.publicKey, splitId, recipients: initial })], [controller]);
  const splitAddress = findSplitAddress(env.programId, controller.publicKey, splitId).address;
  const split = { address: splitAddress, creator: controller, recipients: pool, shares: [] as number[] };
  const vault: VaultSetup = await openVaultSetup(env, split, payment);
  // The controller is the artist: recipients come and go, an artist must be controller or recipient.
  const instant = await createTrackSetup(env, vault, { artist: controller, price: 1_000_000n, referralBps: 700 });
  const escrowed = await createTrackSetup(env, vault, { artist: controller, price: 2_500_001n, referralBps: 300, mode: escrow(WINDOW) });
  const tracks: TrackSetup[] = [instant, escrowed];
  const prices = new Map<string, bigint>(tracks.map((t) => [t.address.toBase58(), t.price]));

  // Model state.
  const reference = new ReferenceSplit(initial.map((r) => ({ wallet: r.wallet.toBase58(), sharePpm: BigInt(r.sharePpm) })));
  let feeBps = FEE_BPS;
  let fees = 0n;
  let staking = 0n;
  let escrowedTotal = 0n;
  const credits = new Map<string, bigint>();
  const escrows = new Map<string, Escrow>();
  const bought = new Set<string>();
  const expectedDelta = new Map<string, bigint>();
  const addDelta = (wallet: PublicKey, amount: bigint) => expectedDelta.set(wallet.toBase58(), (expectedDelta.get(wallet.toBase58()) ?? 0n) + amount);
  const creditExists = new Set<string>();

  const tracked = [...pool.map((p) => p.publicKey), ...buyers.map((b) => b.publicKey), ...referrers, ...lenders, env.treasury.publicKey];
  // Outstanding advances per recipient slot, oldest first.
  const advances = new Map<number, { beneficiary: string; outstanding: bigint }[]>();
  const initialHoldings = await holdings(ctx, s, tracked, vault);
  const start = initialHoldings.byWallet;
  const totalBefore = initialHoldings.total;
  // SOL: the receipts' and credits' rent leaves the buyers' lamports; it is counted as it is
  // locked (read from each new account) and checked against all market accounts periodically.
  let rentLocked = 0n;
  // Rent the controller (not a tracked wallet) pays for Advances and lenders' Credit accounts.
  let controllerRent = 0n;
  const otherMarketLamports = payment.isSol() ? (await marketLamports(ctx, env.programId)) - initialHoldings.vault : 0n;
  let lastView: SplitVaultView | null = null;

  const book = (booking: ReturnType<typeof expectedSale>, referrer: PublicKey | null) => {
    fees += booking.treasury;
    staking += booking.staking;
    if (referrer) credits.set(referrer.toBase58(), (credits.get(referrer.toBase58()) ?? 0n) + booking.referral);
    reference.credit(booking.toSplit);
  };

  /** Claims a slot; its advances are repaid first in, first out (computed here), the rest is its own. */
  const claimSlot = async (c: RecipientClaim) => {
    const queue = advances.get(c.index) ?? [];
    let left = c.claimable;
    const repaid: { beneficiary: string; amount: bigint }[] = [];
    for (const advance of queue) {
      const amount = left < advance.outstanding ? left : advance.outstanding;
      if (amount > 0n) repaid.push({ beneficiary: advance.beneficiary, amount });
      advance.outstanding -= amount;
      left -= amount;
    }
    advances.set(c.index, queue.filter((a) => a.outstanding > 0n));
    expect(c.repayments.map((r) => [r.beneficiary.toBase58(), r.amount]), "SDK repayments").to.deep.equal(repaid.map((r) => [r.beneficiary, r.amount]));
    const sent = await claim(env, vault, c.index);
    const [event] = marketEventsNamed(sent, "claimed");
    expect([event.gross, event.toRecipient].map((v) => BigInt(v.toString())), "claim pays what was predicted").to.deep.equal([c.claimable, left]);
    addDelta(c.wallet, arriving(payment, left));
    for (const r of repaid) credits.set(r.beneficiary, (credits.get(r.beneficiary) ?? 0n) + r.amount);
  };

  const ops: { weight: number; name: string; run: () => Promise<boolean> }[] = [
    {
      weight: 40,
      name: "buy",
      run: async () => {
        const track = rng.pick(tracks);
        const buyer = rng.pick(buyers);
        // One receipt per track and beneficiary: a buyer who has one gives the next as a gift.
        const own = `${track.address.toBase58()}/${buyer.publicKey.toBase58()}`;
        const beneficiary = rng.chance(0.3) || bought.has(own) ? Keypair.generate().publicKey : buyer.publicKey;
        const key = `${track.address.toBase58()}/${beneficiary.toBase58()}`;
        const tip = rng.chance(0.4) ? rng.big(1n, 200_000n) : 0n;
        const referrer = rng.chance(0.5) ? rng.pick(referrers) : null;
        const price = prices.get(track.address.toBase58()) ?? 0n;
        const booking = expectedSale(payment, price, tip, referrer ? track.referralBps : 0, feeBps);
        await buy(env, { ...track, price }, buyer, { tip, referrer, beneficiary });
        bought.add(key);
        addDelta(buyer.publicKey, -booking.amount);
        if (payment.isSol()) {
          // SOL buyers pay the receipt's rent (and a new referrer Credit's) from the same balance.
          let rent = await rentOf(ctx, findPurchaseAddress(env.programId, track.address, beneficiary).address);
          if (referrer && !creditExists.has(referrer.toBase58())) rent += await rentOf(ctx, findCreditAddress(env.programId, vault.address, referrer).address);
          addDelta(buyer.publicKey, -rent);
          rentLocked += rent;
        }
        if (referrer) creditExists.add(referrer.toBase58());
        if (track.mode.kind === "escrow") {
          const receipt = await fetchPurchase(ctx.connection, track.address, beneficiary, env.programId);
          if (receipt?.state.kind !== "escrowed") throw new Error("escrow purchase not escrowed");
          escrows.set(key, { buyer, beneficiary, received: booking.received, booking, referrer, releaseAt: receipt.state.releaseAt });
          escrowedTotal += booking.received;
        } else {
          book(booking, referrer);
        }
        return true;
      },
    },
    {
      weight: 8,
      name: "confirm or settle",
      run: async () => {
        const now = (await ctx.clock()).unixTimestamp;
        const [key, e] = rng.pick([...escrows.entries(), ["", null] as const]);
        if (!e) return false;
        const ripe = now >= e.releaseAt;
        if (!ripe && !rng.chance(0.5)) return false;
        await settle(env, escrowed, e.beneficiary, ripe ? rng.pick(buyers) : e.buyer, !ripe);
        escrows.delete(key);
        escrowedTotal -= e.received;
        book(e.booking, e.referrer);
        return true;
      },
    },
    {
      weight: 5,
      name: "refund",
      run: async () => {
        const now = (await ctx.clock()).unixTimestamp;
        const open = [...escrows.entries()].filter(([, e]) => now < e.releaseAt);
        if (open.length === 0) return false;
        const [key, e] = rng.pick(open);
        await refund(env, escrowed, e.beneficiary, rng.chance(0.5) ? env.arbiter : controller);
        escrows.delete(key);
        escrowedTotal -= e.received;
        addDelta(e.buyer.publicKey, arriving(payment, e.received));
        return true;
      },
    },
    {
      weight: 20,
      name: "claim",
      run: async () => {
        // Nothing changed since the last check read the vault.
        const view = lastView ?? (await fetchSplitVault(ctx.connection, splitAddress, payment.mint, env.programId));
        const candidates = view.claims.filter((c) => c.claimable > 0n);
        if (candidates.length === 0) return false;
        await claimSlot(rng.pick(candidates));
        return true;
      },
    },
    {
      weight: 3,
      name: "add advance",
      run: async () => {
        const view = lastView ?? (await fetchSplitVault(ctx.connection, splitAddress, payment.mint, env.programId));
        const index = rng.int(view.split.state.recipients.length);
        const queue = advances.get(index) ?? [];
        if (queue.length >= 8) return false;
        const wallet = view.split.state.recipients[index].wallet;
        const recipient = pool.find((k) => k.publicKey.equals(wallet));
        if (!recipient) throw new Error("slot wallet outside the pool");
        const beneficiary = rng.pick(lenders);
        const amount = rng.big(1n, 3_000_000n);
        const created = [findAdvancesAddress(env.programId, vault.address, index).address, findCreditAddress(env.programId, vault.address, beneficiary).address];
        const existed = await Promise.all(created.map(async (a) => (await ctx.getAccount(a)) !== null));
        await env.send(
          [
            addAdvanceInstruction(env.program, {
              controller: controller.publicKey,
              recipient: wallet,
              split: splitAddress,
              mint: payment.mint,
              recipientIndex: index,
              beneficiary,
              amount,
            }),
          ],
          [controller, recipient],
        );
        for (const [i, address] of created.entries()) if (!existed[i] && payment.isSol()) controllerRent += await rentOf(ctx, address);
        advances.set(index, [...queue, { beneficiary: beneficiary.toBase58(), outstanding: amount }]);
        if (!credits.has(beneficiary.toBase58())) credits.set(beneficiary.toBase58(), 0n);
        return true;
      },
    },
    {
      weight: 3,
      name: "claim fees",
      run: async () => {
        if (fees === 0n) return false;
        await claimFees(env, vault);
        addDelta(env.treasury.publicKey, arriving(payment, fees));
        fees = 0n;
        return true;
      },
    },
    {
      weight: 4,
      name: "claim credit",
      run: async () => {
        const owed = [...credits.entries()].filter(([, v]) => v > 0n);
        if (owed.length === 0) return false;
        const [owner, amount] = rng.pick(owed);
        await claimCredit(env, vault, new PublicKey(owner));
        addDelta(new PublicKey(owner), arriving(payment, amount));
        credits.set(owner, 0n);
        return true;
      },
    },
    {
      weight: 4,
      name: "change shares",
      run: async () => {
        const recipients = randomRecipients(rng, pool, 1 + rng.int(5));
        await env.send(
          [updateSplitInstruction(env.program, { controller: controller.publicKey, split: splitAddress, recipients, vaultMints: [payment.mint] })],
          [controller],
        );
        reference.changeShares(recipients.map((r) => ({ wallet: r.wallet.toBase58(), sharePpm: BigInt(r.sharePpm) })));
        return true;
      },
    },
    {
      weight: 2,
      name: "change price",
      run: async () => {
        const track = rng.pick(tracks);
        const price = rng.chance(0.1) ? rng.big(0n, 10n) : rng.big(1n, 5_000_000n);
        await env.send([updateTrackInstruction(env.program, { artist: controller.publicKey, track: track.address, price })], [controller]);
        prices.set(track.address.toBase58(), price);
        return true;
      },
    },
    {
      weight: 1,
      name: "change fee",
      run: async () => {
        feeBps = rng.int(1_001);
        await env.send([updatePlatformInstruction(env.program, { authority: env.authority.publicKey, feeBps })], [env.authority]);
        return true;
      },
    },
    {
      weight: 5,
      name: "advance clock",
      run: async () => {
        await ctx.advanceClock({ seconds: rng.int(WINDOW), slots: 1 });
        return true;
      },
    },
  ];
  const totalWeight = ops.reduce((sum, op) => sum + op.weight, 0);
  const pickOp = () => {
    let r = rng.int(totalWeight);
    for (const op of ops) {
      if (r < op.weight) return op;
      r -= op.weight;
    }
    return ops[0];
  };

  const check = async (step: number, what: string, full: boolean) => {
    const where = `step ${step} (${what})`;
    const now = await holdings(ctx, s, tracked, vault);
    expect(now.total + rentLocked, `${where}: Σ of all balances`).to.equal(totalBefore);
    if (full && payment.isSol()) {
      const others = (await marketLamports(ctx, env.programId)) - now.vault;
      expect(others, `${where}: lamports of the market's other accounts = their rent`).to.equal(otherMarketLamports + rentLocked + controllerRent);
    }
    const view = await fetchSplitVault(ctx.connection, splitAddress, payment.mint, env.programId);
    lastView = view;
    const state = view.vault.state;
    expect([state.escrowed, state.feesOwed, state.stakingOwed, state.creditsOwed], `${where}: escrowed, fees, staking, credits`).to.deep.equal([
      escrowedTotal,
      fees,
      staking,
      [...credits.values()].reduce((a, b) => a + b, 0n),
    ]);
    const dust = unbookedDust(state.accumulator, view.ledgers.recipients.slice(0, view.split.state.recipients.length));
    expect(view.held, `${where}: vault holds what it owes + unbooked dust`).to.equal(view.owed + dust);
    for (const w of tracked) {
      const actual = (now.byWallet.get(w.toBase58()) ?? 0n) - (start.get(w.toBase58()) ?? 0n);
      expect(actual, `${where}: balance change of ${w.toBase58()}`).to.equal(expectedDelta.get(w.toBase58()) ?? 0n);
    }
    for (const c of view.claims) {
      const exact = reference.exactOf(c.wallet.toBase58());
      const { low, high } = reference.dustRangeOf(c.wallet.toBase58());
      const diff = Rational.of(c.entitlement).sub(exact);
      const ok = diff.compare(low) >= 0 && diff.compare(high) <= 0;
      expect(ok, `${where}: slot ${c.index} earned ${c.entitlement}, exact ${exact}, allowed dust [${low}, ${high}]`).to.equal(true);
    }
  };

  let done = 0;
  const counts = new Map<string, number>();
  for (let step = 0; done < STEPS && step < STEPS * 4; step++) {
    const op = pickOp();
    if (!(await op.run())) continue;
    lastView = null;
    counts.set(op.name, (counts.get(op.name) ?? 0) + 1);
    done += 1;
    await check(done, op.name, done % 50 === 0);
  }

  // Wind down: settle or refund what is open, pay everyone, and the vault keeps only the
  // stakers' share and the open epoch's dust.
  await ctx.advanceClock({ seconds: WINDOW });
  for (const [key, e] of escrows) {
    await settle(env, escrowed, e.beneficiary, controller);
    escrows.delete(key);
    escrowedTotal -= e.received;
    book(e.booking, e.referrer);
  }
  const view = await fetchSplitVault(ctx.connection, splitAddress, payment.mint, env.programId);
  for (const c of view.claims.filter((x) => x.claimable > 0n)) await claimSlot(c);
  if (fees > 0n) {
    await claimFees(env, vault);
    addDelta(env.treasury.publicKey, arriving(payment, fees));
    fees = 0n;
  }
  for (const [owner, amount] of credits) {
    if (amount === 0n) continue;
    await claimCredit(env, vault, new PublicKey(owner));
    addDelta(new PublicKey(owner), arriving(payment, amount));
    credits.set(owner, 0n);
  }
  await check(done + 1, "wind-down", true);
  console.log(`      seed ${rng.seed}: ${[...counts].map(([name, n]) => `${n} ${name}`).join(", ")}`);
  const end = await fetchSplitVault(ctx.connection, splitAddress, payment.mint, env.programId);
  expect(end.owed).to.equal(staking);
  expect(end.held - staking < BigInt(end.split.state.recipients.length)).to.equal(true);
}

/** 1..n distinct wallets of the pool with random non-zero shares summing to 1_000_000. */
function randomRecipients(rng: Prng, pool: readonly Keypair[], n: number): { wallet: PublicKey; sharePpm: number }[] {
  const chosen = [...pool].sort(() => rng.next() - 2 ** 31).slice(0, n);
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(1 + rng.int(999_999));
  const points = [0, ...[...cuts].sort((a, b) => a - b), 1_000_000];
  return chosen.map((k, i) => ({ wallet: k.publicKey, sharePpm: points[i + 1] - points[i] }));
}

interface Holdings {
  /** Each tracked wallet's money: lamports for SOL, its token account's amount otherwise. */
  readonly byWallet: ReadonlyMap<string, bigint>;
  /**
   * Everything there is of the currency among the parties: the wallets' money, the vault's
   * account (all its lamports for SOL; for tokens its amount) and, for tokens, what the mint
   * withheld in every one of those accounts.
   */
  readonly total: bigint;
  /** The vault account's money (all its lamports for SOL). */
  readonly vault: bigint;
}

/** One read of every tracked account. */
async function holdings(ctx: TestContext, s: PaymentSuite, wallets: readonly PublicKey[], vault: VaultSetup): Promise<Holdings> {
  const sol = s.payment.isSol();
  const addresses = [...wallets.map((w) => s.payment.accountOf(w)), vault.tokens ?? vault.address];
  const infos = await ctx.connection.getMultipleAccountsInfo(addresses);
  const byWallet = new Map<string, bigint>();
  let total = 0n;
  let vaultMoney = 0n;
  infos.forEach((info, i) => {
    if (!info) throw new Error(`${addresses[i].toBase58()} is missing`);
    let money: bigint;
    if (sol) {
      money = BigInt(info.lamports);
      total += money;
    } else {
      const account = unpackAccount(addresses[i], info, info.owner);
      money = account.amount;
      total += money + (getTransferFeeAmount(account)?.withheldAmount ?? 0n);
    }
    if (i < wallets.length) byWallet.set(wallets[i].toBase58(), money);
    else vaultMoney = money;
  });
  return { byWallet, total, vault: vaultMoney };
}

/** Lamports held by every market account (vault, receipts, credits): the full check for SOL. */
async function marketLamports(ctx: TestContext, programId: PublicKey): Promise<bigint> {
  const accounts = await ctx.connection.getProgramAccounts(programId);
  return accounts.reduce((sum, a) => sum + BigInt(a.account.lamports), 0n);
}
