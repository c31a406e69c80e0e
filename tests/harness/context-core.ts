import { Idl, Program } from "@coral-xyz/anchor";
import { Keypair, PublicKey, Signer, Transaction, TransactionInstruction, VersionedTransaction } from "@solana/web3.js";
import { sentTransactionFromResponse } from "./sent-transaction";
import type { ClockState, SendOptions, TestContext } from "./test-context";

/** What a lane must supply; everything else in `TestContext` is built from it, identically for all lanes. */
export type LaneBackend = Pick<
  TestContext,
  "lane" | "capabilities" | "provider" | "connection" | "payer" | "upgradeAuthority" | "programIds" | "airdrop" | "setAccount" | "warpClock" | "clock" | "close"
>;

const DEFAULT_KEYPAIR_LAMPORTS = 10_000_000_000n;
const DEFAULT_MAX_WAIT_SECONDS = 60;
/** A cluster's slot time (DEFAULT_TICKS_PER_SLOT / ticks per second). */
const SECONDS_PER_SLOT = 0.4;
const CLOCK_POLL_MS = 200;

export function contextFromBackend(backend: LaneBackend): TestContext {
  const { provider, connection } = backend;

  const transaction = async (signature: string) => {
    const response = await connection.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
    if (!response) throw new Error(`transaction ${signature} not found`);
    return sentTransactionFromResponse(signature, response);
  };

  const send = async (
    tx: Transaction | VersionedTransaction | readonly TransactionInstruction[],
    signers: readonly Signer[] = [],
    opts: SendOptions = {},
  ) => {
    const built = isInstructionList(tx) ? new Transaction().add(...tx) : tx;
    const allSigners = [...signers];
    if (opts.feePayer) {
      if (built instanceof VersionedTransaction) throw new Error("feePayer is fixed inside a VersionedTransaction's message");
      built.feePayer = opts.feePayer.publicKey;
      allSigners.push(opts.feePayer);
    }
    const signature = await provider.sendAndConfirm(built, allSigners, {
      commitment: "confirmed",
      skipPreflight: opts.skipPreflight,
    });
    return transaction(signature);
  };

  const advanceClock = async (by: { slots?: bigint | number; seconds?: bigint | number }) => {
    const now: ClockState = await backend.clock();
    await backend.warpClock({
      slot: by.slots === undefined ? undefined : now.slot + BigInt(by.slots),
      unixTimestamp: by.seconds === undefined ? undefined : now.unixTimestamp + BigInt(by.seconds),
    });
  };

  const waitForClock = async (to: { slot?: bigint | number; unixTimestamp?: bigint | number }, opts: { maxWaitSeconds?: number } = {}) => {
    const slot = to.slot === undefined ? undefined : BigInt(to.slot);
    const unixTimestamp = to.unixTimestamp === undefined ? undefined : BigInt(to.unixTimestamp);
    const reached = (c: ClockState) => (slot === undefined || c.slot >= slot) && (unixTimestamp === undefined || c.unixTimestamp >= unixTimestamp);
    let now = await backend.clock();
    if (reached(now)) return now;
    if (backend.capabilities.clockWarp) {
      await backend.warpClock({
        slot: slot !== undefined && slot > now.slot ? slot : undefined,
        unixTimestamp: unixTimestamp !== undefined && unixTimestamp > now.unixTimestamp ? unixTimestamp : undefined,
      });
      return backend.clock();
    }
    const seconds = Math.max(
      unixTimestamp === undefined ? 0 : Number(unixTimestamp - now.unixTimestamp),
      slot === undefined ? 0 : Number(slot - now.slot) * SECONDS_PER_SLOT,
    );
    const limit = opts.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
    if (seconds > limit) {
      throw new Error(
        `reaching ${JSON.stringify({ slot: slot?.toString(), unixTimestamp: unixTimestamp?.toString() })} takes about ${Math.ceil(seconds)} s ` +
          `of real time on the ${backend.lane} lane (limit ${limit} s); guard the test with requireCapability(this, ctx, "clockWarp")`,
      );
    }
    // The cluster's clock follows wall time only roughly; allow it some slack.
    const deadline = Date.now() + (seconds + 30) * 1000;
    while (!reached(now)) {
      if (Date.now() > deadline) throw new Error(`the ${backend.lane} lane's clock did not reach the target within ${Math.ceil(seconds) + 30} s`);
      await new Promise((resolve) => setTimeout(resolve, CLOCK_POLL_MS));
      now = await backend.clock();
    }
    return now;
  };

  return {
    ...backend,
    wallet: provider.wallet,
    program: <I extends Idl>(idl: I) => new Program<I>(idl, provider),
    send,
    transaction,
    createFundedKeypair: async (lamports = DEFAULT_KEYPAIR_LAMPORTS) => {
      const keypair = Keypair.generate();
      await backend.airdrop(keypair.publicKey, lamports);
      return keypair;
    },
    balance: async (address: PublicKey) => BigInt(await connection.getBalance(address, "confirmed")),
    getAccount: (address: PublicKey) => connection.getAccountInfo(address, "confirmed"),
    rentExemptMinimum: async (dataLength: number) => BigInt(await connection.getMinimumBalanceForRentExemption(dataLength)),
    advanceClock,
    waitForClock,
  };
}

function isInstructionList(
  tx: Transaction | VersionedTransaction | readonly TransactionInstruction[],
): tx is readonly TransactionInstruction[] {
  return Array.isArray(tx);
}
