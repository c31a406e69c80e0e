import { Keypair, PublicKey } from "@solana/web3.js";
import { readFileSync } from "fs";
import { contextFromBackend } from "./context-core";
import { KeypairWallet } from "./keypair-wallet";
import { LiteSvmChain } from "./litesvm-chain";
import { LiteSvmConnection } from "./litesvm-connection";
import { LiteSvmProvider } from "./litesvm-provider";
import { programIdOf, programSoPath } from "./programs";
import type { TestContext, TestContextOptions } from "./test-context";

const DEFAULT_PAYER_LAMPORTS = 1_000_000_000_000n;

/** A fresh in-process chain per context: SPL Token, Token-2022, ATA and Memo are preloaded by LiteSVM. */
export async function createLiteSvmContext(options: TestContextOptions = {}): Promise<TestContext> {
  const chain = new LiteSvmChain();
  const programIds: Record<string, PublicKey> = {};
  const upgradeAuthority = options.upgradeAuthority ?? Keypair.generate();
  for (const spec of options.programs ?? []) {
    const programId = programIdOf(spec);
    const authority = spec.upgradeAuthority === undefined ? upgradeAuthority : spec.upgradeAuthority;
    chain.addUpgradeableProgram(programId, readFileSync(programSoPath(spec)), authority?.publicKey ?? null);
    programIds[spec.name] = programId;
  }
  const payer = Keypair.generate();
  chain.airdrop(payer.publicKey, options.payerLamports ?? DEFAULT_PAYER_LAMPORTS);
  const connection = new LiteSvmConnection(chain);
  const provider = new LiteSvmProvider(connection, new KeypairWallet(payer));
  let closed = false;
  const live = () => {
    if (closed) throw new Error("this TestContext was closed");
  };

  return contextFromBackend({
    lane: "litesvm",
    capabilities: { setAccount: true, clockWarp: true, loadProgram: true, isolatedChain: true },
    provider,
    connection,
    payer,
    upgradeAuthority,
    programIds,
    airdrop: async (to, lamports) => {
      live();
      chain.airdrop(to, lamports);
    },
    setAccount: async (address, account) => {
      live();
      chain.setAccount(address, account);
    },
    warpClock: async (to) => {
      live();
      chain.warpClock({
        slot: to.slot === undefined ? undefined : BigInt(to.slot),
        unixTimestamp: to.unixTimestamp === undefined ? undefined : BigInt(to.unixTimestamp),
      });
    },
    clock: async () => chain.clock(),
    close: async () => {
      closed = true;
    },
  });
}
