import { Keypair } from "@solana/web3.js";
import { createHash } from "crypto";
import type { ProgramSpec, SentTransaction, TestContext } from "../tests/harness";

/**
 * One measured transaction. `key` is `<program>.<instruction>[/<variant>]`; `run` prepares
 * whatever state it needs on a fresh context and returns the measured transaction, whose compute
 * units the SVM reports exactly.
 */
export interface BenchScenario {
  readonly key: string;
  /** Programs the fresh context loads (the token programs are always there). */
  readonly programs?: readonly ProgramSpec[];
  run(ctx: TestContext): Promise<SentTransaction>;
}

const KEY = /^[a-z0-9_]+\.[a-z0-9_]+(\/[a-z0-9_-]+)?$/;

/** What a scenario file exports as `scenarios`; checks the keys. */
export function defineScenarios(scenarios: readonly BenchScenario[]): readonly BenchScenario[] {
  for (const s of scenarios) {
    if (!KEY.test(s.key)) throw new Error(`bench scenario key "${s.key}" is not <program>.<instruction>[/<variant>]`);
  }
  return scenarios;
}

/**
 * The same keypair on every run. Use it for every address a measured instruction derives PDAs
 * from: the bump search costs compute units, so random keys make the numbers wander.
 */
export function benchKeypair(label: string): Keypair {
  return Keypair.fromSeed(createHash("sha256").update(`normaldance-bench:${label}`).digest());
}
