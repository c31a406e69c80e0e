import type { Idl } from "@coral-xyz/anchor";
import type { Connection, Keypair, PublicKey } from "@solana/web3.js";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { REPO_ROOT } from "./project-programs";
import type { Sender } from "./send";

/** Platform parameters from the command line (defaults: the wallet for every role, 250 bps). */
export interface PlatformParams {
  readonly feeBps: number;
  readonly treasury: PublicKey;
  readonly arbiter: PublicKey;
  /** The platform token to stake; null: the wallet's own platform token mint, created if missing. */
  readonly stakeMint: PublicKey | null;
}

export interface StepContext {
  readonly connection: Connection;
  readonly wallet: Keypair;
  readonly sender: Sender;
  readonly platform: PlatformParams;
  readonly programIds: Readonly<Record<string, PublicKey>>;
  readonly log: (line: string) => void;
}

export type StepStatus = "unchanged" | "initialised" | "not built";

export interface StepOutcome {
  readonly status: StepStatus;
  readonly detail: string;
  /** The accounts the step owns (created or checked), so a caller can verify a rerun left them alone. */
  readonly accounts: readonly PublicKey[];
}

/** One idempotent initialisation: it reads the chain first and sends only what is missing. */
export interface InitStep {
  readonly name: string;
  /** The program (lib name) whose IDL and deployment the step needs. */
  readonly program: string;
  run(ctx: StepContext, idl: Idl): Promise<StepOutcome>;
}

/** `target/idl/<program>.json`, or null while the program has not been built. */
export function builtIdl(program: string, root: string = REPO_ROOT): Idl | null {
  const path = join(root, "target", "idl", `${program}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Idl) : null;
}
