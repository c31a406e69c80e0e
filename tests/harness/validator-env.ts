import { Keypair, PublicKey } from "@solana/web3.js";
import { readFileSync } from "fs";

/**
 * What `npm run test:validator` (tools/validator/lane.mjs) tells the suites about the validator
 * it started: where it answers, the genesis account that funds test wallets, the upgrade authority
 * of every program it loaded, and those programs.
 */
export interface ValidatorEnv {
  readonly rpcUrl: string;
  readonly wsUrl: string;
  readonly funder: Keypair;
  readonly upgradeAuthority: Keypair;
  readonly programs: readonly { readonly name: string; readonly programId: PublicKey; readonly so: string }[];
}

export const VALIDATOR_ENV_VARS = {
  rpcUrl: "ND_VALIDATOR_RPC_URL",
  wsUrl: "ND_VALIDATOR_WS_URL",
  funder: "ND_VALIDATOR_FUNDER_KEYPAIR",
  upgradeAuthority: "ND_VALIDATOR_UPGRADE_AUTHORITY_KEYPAIR",
  programs: "ND_VALIDATOR_PROGRAMS",
} as const;

let cached: ValidatorEnv | undefined;

export function validatorEnv(env: NodeJS.ProcessEnv = process.env): ValidatorEnv {
  if (cached && env === process.env) return cached;
  const read = (key: keyof typeof VALIDATOR_ENV_VARS): string => {
    const value = env[VALIDATOR_ENV_VARS[key]];
    if (!value) {
      throw new Error(
        `the validator lane needs ${VALIDATOR_ENV_VARS[key]}, which \`npm run test:validator\` sets after starting ` +
          "solana-test-validator; run the suites through it (or `node tools/run-lane.mjs validator <files>`)",
      );
    }
    return value;
  };
  const programs: unknown = JSON.parse(read("programs"));
  if (!Array.isArray(programs)) throw new Error(`${VALIDATOR_ENV_VARS.programs} is not a JSON array`);
  const parsed: ValidatorEnv = {
    rpcUrl: read("rpcUrl"),
    wsUrl: read("wsUrl"),
    funder: keypairFromFile(read("funder")),
    upgradeAuthority: keypairFromFile(read("upgradeAuthority")),
    programs: programs.map((p: { name: string; programId: string; so: string }) => ({
      name: p.name,
      programId: new PublicKey(p.programId),
      so: p.so,
    })),
  };
  if (env === process.env) cached = parsed;
  return parsed;
}

export function keypairFromFile(path: string): Keypair {
  return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(path, "utf8")) as number[]));
}
