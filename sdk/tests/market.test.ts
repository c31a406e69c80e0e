import { calculateEpochFee, getTransferFeeConfig } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { createMint, createTestContext, getMintState } from "../../tests/harness";
import { ndMarketIdl } from "../src/idl";
import { recipientClaims, vaultOwed } from "../src/market/claimable";
import { grantsAccess } from "../src/market/access";
import { quoteBuy } from "../src/market/quote-buy";
import { LedgersState, PlatformState, SplitState, VaultState } from "../src/market/state";
import { grossForNet, transferFeeConfigOf, transferFeeFor } from "../src/market/transfer-fee";
import {
  SOL_MINT,
  findAdvancesAddress,
  findCreditAddress,
  findLedgersAddress,
  findPlatformAddress,
  findPurchaseAddress,
  findSplitAddress,
  findTrackAddress,
  findVaultAddress,
  findVaultTokensAddress,
} from "../src/pda";

const key = () => Keypair.generate().publicKey;

const platform: PlatformState = {
  authority: key(),
  pendingAuthority: null,
  feeBps: 250,
  treasury: key(),
  referralCapBps: 1_000,
  stakingShareBps: 2_000,
  arbiter: key(),
  paused: false,
  bump: 255,
};

describe("market: PDA seeds", () => {
  it("use the seed constants the program exports in its IDL", () => {
    const constants = new Map(ndMarketIdl.constants.filter((c) => c.type === "bytes").map((c) => [c.name.toLowerCase(), Buffer.from(JSON.parse(c.value) as number[]).toString()]));
    const seeds = ["platform", "split", "vault", "vault_tokens", "ledgers", "advances", "credit", "track", "purchase"];
    for (const seed of seeds) expect(constants.get(`${seed.replace("_", "")}seed`) ?? constants.get(`${seed}_seed`)).to.equal(seed);
    const program = key();
    const [a, b, mint] = [key(), key(), key()];
    const pda = (...parts: (Buffer | Uint8Array)[]) => PublicKey.findProgramAddressSync(parts.map((p) => Buffer.from(p)), program)[0];
    const u64 = (n: bigint) => {
      const out = Buffer.alloc(8);
      out.writeBigUInt64LE(n);
      return out;
    };
    expect(findPlatformAddress(program).address.equals(pda(Buffer.from("platform")))).to.equal(true);
    expect(findSplitAddress(program, a, 7n).address.equals(pda(Buffer.from("split"), a.toBuffer(), u64(7n)))).to.equal(true);
    expect(findVaultAddress(program, a, SOL_MINT).address.equals(pda(Buffer.from("vault"), a.toBuffer(), Buffer.alloc(32)))).to.equal(true);
    expect(findVaultTokensAddress(program, a).address.equals(pda(Buffer.from("vault_tokens"), a.toBuffer()))).to.equal(true);
    expect(findLedgersAddress(program, a).address.equals(pda(Buffer.from("ledgers"), a.toBuffer()))).to.equal(true);
    expect(findAdvancesAddress(program, a, 31).address.equals(pda(Buffer.from("advances"), a.toBuffer(), Buffer.from([31])))).to.equal(true);
    expect(findCreditAddress(program, a, b).address.equals(pda(Buffer.from("credit"), a.toBuffer(), b.toBuffer()))).to.equal(true);
    expect(findTrackAddress(program, a, 2n ** 64n - 1n).address.equals(pda(Buffer.from("track"), a.toBuffer(), u64(2n ** 64n - 1n)))).to.equal(true);
    expect(findPurchaseAddress(program, mint, b).address.equals(pda(Buffer.from("purchase"), mint.toBuffer(), b.toBuffer()))).to.equal(true);
  });
});

describe("market: Token-2022 transfer fees", () => {
  it("reads a mint's TransferFeeConfig and computes fees exactly as spl-token does", async () => {
    const ctx = await createTestContext();
    const mint = await createMint(ctx, { program: "token-2022", extensions: [{ kind: "transferFee", feeBasisPoints: 137, maximumFee: 9_999n }] });
    const info = await ctx.getAccount(mint.address);
    const config = transferFeeConfigOf(info!.owner, info!.data);
    const reference = getTransferFeeConfig(await getMintState(ctx, mint));
    expect(config?.newer).to.deep.equal({
      epoch: reference!.newerTransferFee.epoch,
      maximumFee: reference!.newerTransferFee.maximumFee,
      basisPoints: reference!.newerTransferFee.transferFeeBasisPoints,
    });
    for (const amount of [0n, 1n, 72n, 73n, 10_000n, 729_927n, 729_928n, 10n ** 12n]) {
      expect(transferFeeFor(config, 0n, amount), `${amount}`).to.equal(calculateEpochFee(reference!, 0n, amount));
      const gross = grossForNet(config, 0n, amount);
      expect(gross - transferFeeFor(config, 0n, gross) >= amount).to.equal(true);
      if (gross > amount) expect(gross - 1n - transferFeeFor(config, 0n, gross - 1n) < amount).to.equal(true);
    }
    const plain = await createMint(ctx, { program: "token-2022" });
    const plainInfo = await ctx.getAccount(plain.address);
    expect(transferFeeConfigOf(plainInfo!.owner, plainInfo!.data)).to.equal(null);
  });
});

describe("market: quoteBuy", () => {
  const track = { price: 1_000_003n, referralBps: 500, mode: { kind: "instant" } as const };

  it("takes the fee from the price, the referral from what is left, and never touches the tip", () => {
    const q = quoteBuy({ platform, track }, { tip: 50_001n, referral: true });
    expect(q).to.deep.include({ amount: 1_050_004n, received: 1_050_004n, price: 1_000_003n, tip: 50_001n, fee: 25_000n, referral: 48_750n });
    expect(q.seller).to.equal(1_000_003n - 25_000n - 48_750n);
    expect(q.toSplit).to.equal(q.seller + 50_001n);
    expect([q.stakingFee, q.treasuryFee]).to.deep.equal([5_000n, 20_000n]);
    expect(quoteBuy({ platform, track }, { referral: false }).referral).to.equal(0n);
  });

  it("books a transfer fee against the price, the tip first getting what arrived", () => {
    const config = { older: { epoch: 0n, maximumFee: 10n ** 9n, basisPoints: 100 }, newer: { epoch: 0n, maximumFee: 10n ** 9n, basisPoints: 100 } };
    const q = quoteBuy({ platform, track, transferFee: config }, { tip: 100n });
    expect(q.transferFee).to.equal(10_002n);
    expect(q.received).to.equal(1_000_103n - 10_002n);
    expect(q.tip).to.equal(100n);
    expect(q.price).to.equal(q.received - 100n);
    const tiny = quoteBuy({ platform, track: { ...track, price: 0n }, transferFee: config }, { tip: 50n });
    expect([tiny.received, tiny.tip, tiny.price]).to.deep.equal([49n, 49n, 0n]);
  });

  it("caps the track's referral rate at the platform's cap", () => {
    const q = quoteBuy({ platform: { ...platform, referralCapBps: 100 }, track }, { referral: true });
    expect(q.referral).to.equal(((1_000_003n - 25_000n) * 100n) / 10_000n);
  });
});

describe("market: claimable amounts", () => {
  const wallets = [key(), key()];
  const split: SplitState = {
    creator: key(),
    splitId: 1n,
    controller: key(),
    pendingController: null,
    frozen: false,
    recipients: [
      { wallet: wallets[0], sharePpm: 333_333 },
      { wallet: wallets[1], sharePpm: 666_667 },
    ],
    vaultMints: [SOL_MINT],
    bump: 255,
  };
  const vault = (acc: bigint): VaultState => ({
    split: key(),
    mint: SOL_MINT,
    tokenProgram: SOL_MINT,
    tokens: SOL_MINT,
    decimals: 9,
    accumulator: { acc, epochStart: 0n },
    escrowed: 5n,
    feesOwed: 7n,
    stakingOwed: 3n,
    creditsOwed: 11n,
    grossIn: 0n,
    feesTotal: 0n,
    referralsTotal: 0n,
    refundedTotal: 0n,
    claimedTotal: 0n,
    bump: 255,
    tokensBump: 0,
  });
  const blank = { booked: 0n, claimed: 0n, sharePpm: 0n };
  const ledgers = (advanceMask: number): LedgersState => ({
    vault: key(),
    recipients: [{ booked: 0n, claimed: 100n, sharePpm: 333_333n }, { ...blank, sharePpm: 666_667n }, ...Array.from({ length: 30 }, () => blank)],
    advanceMask,
    bump: 255,
  });

  it("floors each recipient's share of the open epoch and subtracts what it claimed", () => {
    const claims = recipientClaims(split, vault(1_000_000n), ledgers(0));
    expect(claims.map((c) => [c.entitlement, c.claimable, c.toRecipient])).to.deep.equal([
      [333_333n, 333_233n, 333_233n],
      [666_667n, 666_667n, 666_667n],
    ]);
    expect(vaultOwed(vault(1_000_000n), ledgers(0), 2)).to.equal(5n + 7n + 3n + 11n + 333_233n + 666_667n);
  });

  it("repays advances first in, first out, and needs the Advances account of a slot that has them", () => {
    const label = key();
    const advances = new Map([[1, { vault: key(), recipientIndex: 1, entries: [{ beneficiary: label, outstanding: 600_000n }], bump: 255 }]]);
    const claims = recipientClaims(split, vault(1_000_000n), ledgers(0b10), advances);
    expect(claims[1].repayments.map((r) => [r.beneficiary.toBase58(), r.amount])).to.deep.equal([[label.toBase58(), 600_000n]]);
    expect(claims[1].toRecipient).to.equal(66_667n);
    expect(() => recipientClaims(split, vault(1_000_000n), ledgers(0b10))).to.throw(/Advances account/);
  });

  it("grants access only for a receipt that was not refunded", () => {
    const receipt = { track: key(), buyer: key(), beneficiary: key(), payer: key(), referrer: null, pricePaid: 1n, tip: 0n, fee: 0n, referral: 0n, purchasedAt: 0n, bump: 1 };
    expect(grantsAccess(null)).to.equal(false);
    expect(grantsAccess({ ...receipt, state: { kind: "settled" } })).to.equal(true);
    expect(grantsAccess({ ...receipt, state: { kind: "escrowed", releaseAt: 5n } })).to.equal(true);
    expect(grantsAccess({ ...receipt, state: { kind: "refunded" } })).to.equal(false);
  });
});
