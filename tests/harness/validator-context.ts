import { Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import { readFileSync, statSync } from "fs";
import { readLoadedProgram, sameElf } from "../../migrations/lib/loader";
import { readClockSysvar } from "./clock";
import { contextFromBackend } from "./context-core";
import { KeypairWallet } from "./keypair-wallet";
import { programIdOf, programSoPath } from "./programs";
import { RpcConnection } from "./rpc-connection";
import { RpcProvider } from "./rpc-provider";
import type { TestContext, TestContextOptions } from "./test-context";
import { ValidatorEnv, validatorEnv } from "./validator-env";

const DEFAULT_PAYER_LAMPORTS = 1_000_000_000_000n;

/** Programs already compared with their .so in this process: `${id} ${path} ${size} ${mtime}`. */
const verified = new Set<string>();

/**
 * A context on the solana-test-validator that `npm run test:validator` started. Every context
 * shares that one chain: it gets its own funded payer, and programs are those loaded at genesis
 * (checked byte for byte against the .so the suite names). Time passes as on a cluster: there is
 * no clock warp and no account forging here.
 */
export async function createValidatorContext(options: TestContextOptions = {}): Promise<TestContext> {
  const env = validatorEnv();
  const connection = new RpcConnection(env.rpcUrl, env.wsUrl);
  expectGenesisAuthority("the context", options.upgradeAuthority, env);
  const programIds: Record<string, PublicKey> = {};
  for (const spec of options.programs ?? []) {
    const programId = programIdOf(spec);
    expectGenesisAuthority(`program ${spec.name}`, spec.upgradeAuthority, env);
    await expectLoaded(connection, spec.name, programId, programSoPath(spec), env);
    programIds[spec.name] = programId;
  }
  const funder = new RpcProvider(connection, new KeypairWallet(env.funder));
  const airdrop = async (to: PublicKey, lamports: bigint) => {
    await funder.sendAndConfirm(new Transaction().add(SystemProgram.transfer({ fromPubkey: env.funder.publicKey, toPubkey: to, lamports })));
  };
  const payer = Keypair.generate();
  await airdrop(payer.publicKey, options.payerLamports ?? DEFAULT_PAYER_LAMPORTS);
  const provider = new RpcProvider(connection, new KeypairWallet(payer));
  let closed = false;
  const live = () => {
    if (closed) throw new Error("this TestContext was closed");
  };
  const unsupported = (what: string) => async () => {
    throw new Error(`${what} is not possible on solana-test-validator (check ctx.capabilities first)`);
  };

  return contextFromBackend({
    lane: "validator",
    capabilities: { setAccount: false, clockWarp: false, loadProgram: false, isolatedChain: false },
    provider,
    connection,
    payer,
    upgradeAuthority: env.upgradeAuthority,
    programIds,
    airdrop: async (to, lamports) => {
      live();
      await airdrop(to, lamports);
    },
    setAccount: unsupported("setAccount"),
    warpClock: unsupported("warpClock"),
    clock: async () => readClockSysvar(connection),
    close: async () => {
      closed = true;
    },
  });
}

/** Genesis gave every program the lane's authority; a context cannot pick another (or none). */
function expectGenesisAuthority(what: string, requested: Keypair | null | undefined, env: ValidatorEnv): void {
  if (requested === undefined || requested?.publicKey.equals(env.upgradeAuthority.publicKey)) return;
  const wanted = requested === null ? "an immutable program" : `upgrade authority ${requested.publicKey.toBase58()}`;
  throw new Error(
    `${what} asks for ${wanted}, but the validator loaded every program at genesis with the lane's upgrade authority ` +
      `${env.upgradeAuthority.publicKey.toBase58()} (ctx.upgradeAuthority); guard the test with requireCapability(this, ctx, "loadProgram")`,
  );
}

/** The validator loads programs only at genesis: a suite's program must be there, built from the same .so. */
async function expectLoaded(connection: RpcConnection, name: string, programId: PublicKey, so: string, env: ValidatorEnv): Promise<void> {
  const { size, mtimeMs } = statSync(so);
  const key = `${programId.toBase58()} ${so} ${size} ${mtimeMs}`;
  if (verified.has(key)) return;
  const loaded = await readLoadedProgram(connection, programId);
  const atGenesis = env.programs.map((p) => `${p.name} (${p.programId.toBase58()})`).join(", ") || "none";
  if (!loaded) {
    throw new Error(
      `program ${name}: nothing is deployed at ${programId.toBase58()} on the validator; the lane loads every built ` +
        `program at genesis (this run: ${atGenesis}). Build it with \`npm run build:programs\` and restart the lane.`,
    );
  }
  if (loaded.loader !== "upgradeable" || !loaded.upgradeAuthority?.equals(env.upgradeAuthority.publicKey)) {
    throw new Error(`program ${name}: ${programId.toBase58()} is not upgradeable by the lane's upgrade authority (ctx.upgradeAuthority)`);
  }
  if (!sameElf(loaded, readFileSync(so))) {
    throw new Error(
      `program ${name}: the program at ${programId.toBase58()} is not ${so} (rebuilt after the validator started, or ` +
        "a different build); restart the lane to load the current build",
    );
  }
  verified.add(key);
}
