import { Connection, Keypair, PublicKey } from "@solana/web3.js";
import { ProgramOutcome, ensureProgram } from "./deploy-program";
import { projectPrograms } from "./project-programs";
import { Sender } from "./send";
import { InitStep, PlatformParams, StepOutcome, builtIdl } from "./step";
import { marketPlatformStep } from "../steps/market-platform";
import { stakingPoolStep } from "../steps/staking-pool";

/** Initialisations in dependency order (the staking pool takes the platform's fee share). */
export const INIT_STEPS: readonly InitStep[] = [marketPlatformStep, stakingPoolStep];

export interface DeployOptions {
  readonly connection: Connection;
  readonly wallet: Keypair;
  /** Lib names to deploy and initialise; all of Anchor.toml's by default. */
  readonly programs?: readonly string[];
  readonly allowUpgrade?: boolean;
  readonly platform?: Partial<PlatformParams>;
  readonly root?: string;
  readonly log?: (line: string) => void;
  /**
   * Waits until programs deployed in this run can execute (from the slot after their deployment);
   * by default polls the cluster's slot. A chain whose clock only moves when told to passes its own.
   */
  readonly nextSlot?: () => Promise<void>;
}

export interface DeployReport {
  readonly programs: readonly { readonly name: string; readonly programId: PublicKey; readonly outcome: ProgramOutcome | "not built" }[];
  readonly steps: readonly ({ readonly name: string; readonly program: string } & StepOutcome)[];
  /** Transactions sent: 0 means the run changed nothing. */
  readonly transactions: number;
}

/**
 * Deploys (or verifies) every program and runs every initialisation whose program is built.
 * Idempotent: a second run against the same cluster reads, finds everything in place and sends
 * no transaction.
 */
export async function deploy(options: DeployOptions): Promise<DeployReport> {
  const log = options.log ?? (() => {});
  const sender = new Sender(options.connection, options.wallet);
  const all = projectPrograms(options.root);
  const unknown = (options.programs ?? []).filter((name) => !all.some((p) => p.name === name));
  if (unknown.length) throw new Error(`unknown program(s) ${unknown.join(", ")}; Anchor.toml names ${all.map((p) => p.name).join(", ")}`);
  const selected = options.programs ? all.filter((p) => options.programs?.includes(p.name)) : all;

  const programs: DeployReport["programs"][number][] = [];
  for (const program of selected) {
    if (!program.so) {
      log(`${program.name}: not built (target/deploy/${program.name}.so missing), skipped`);
      programs.push({ name: program.name, programId: program.programId, outcome: "not built" });
      continue;
    }
    const outcome = await ensureProgram(sender, program, { allowUpgrade: options.allowUpgrade ?? false, log });
    log(`${program.name}: ${outcome === "unchanged" ? `verified (${program.programId.toBase58()} runs ${program.so})` : outcome}`);
    programs.push({ name: program.name, programId: program.programId, outcome });
  }
  // A program deployed or upgraded in this run executes from the next slot on.
  if (programs.some((p) => p.outcome === "deployed" || p.outcome === "upgraded")) await (options.nextSlot ?? (() => nextSlot(options.connection)))();

  const programIds = Object.fromEntries(programs.map((p) => [p.name, p.programId]));
  const platform: PlatformParams = {
    feeBps: options.platform?.feeBps ?? 250,
    treasury: options.platform?.treasury ?? options.wallet.publicKey,
    arbiter: options.platform?.arbiter ?? options.wallet.publicKey,
    stakeMint: options.platform?.stakeMint ?? null,
  };
  const steps: DeployReport["steps"][number][] = [];
  for (const step of INIT_STEPS.filter((s) => selected.some((p) => p.name === s.program))) {
    const idl = builtIdl(step.program, options.root);
    const deployed = programs.find((p) => p.name === step.program)?.outcome !== "not built";
    const outcome =
      idl && deployed
        ? await step.run({ connection: options.connection, wallet: options.wallet, sender, platform, programIds, log }, idl)
        : { status: "not built" as const, detail: `program ${step.program} not built (target/idl/${step.program}.json or its .so missing)`, accounts: [] };
    log(`${step.name}: ${outcome.status}: ${outcome.detail}`);
    steps.push({ name: step.name, program: step.program, ...outcome });
  }
  return { programs, steps, transactions: sender.transactions };
}

async function nextSlot(connection: Connection): Promise<void> {
  const start = await connection.getSlot("confirmed");
  while ((await connection.getSlot("confirmed")) <= start) await new Promise((resolve) => setTimeout(resolve, 200));
}
