/**
 * Deploys (or verifies) the workspace's programs and initialises platform state, idempotently,
 * on any cluster:
 *
 *   npx ts-node migrations/deploy.ts --url http://127.0.0.1:8899 --wallet ~/.config/solana/id.json
 *     [--program nd_market ...] [--upgrade] [--fee-bps 250] [--treasury PUBKEY] [--arbiter PUBKEY]
 *     [--stake-mint PUBKEY]
 *
 * The wallet pays, becomes the upgrade authority of programs it deploys, and (by default) the
 * platform's authority, treasury and arbiter, and of the staking pool; without --stake-mint it
 * creates its own platform token mint (its address derived from the wallet). A second run
 * changes nothing and says so.
 */
import { Connection, PublicKey } from "@solana/web3.js";
import { homedir } from "os";
import { parseArgs } from "util";
import { readKeypair } from "./lib/project-programs";
import { deploy } from "./lib/run-deploy";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://127.0.0.1:8899" },
      wallet: { type: "string", default: `${homedir()}/.config/solana/id.json` },
      program: { type: "string", multiple: true },
      upgrade: { type: "boolean", default: false },
      "fee-bps": { type: "string" },
      treasury: { type: "string" },
      arbiter: { type: "string" },
      "stake-mint": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("usage: migrations/deploy.ts --url URL --wallet KEYPAIR.json [--program NAME ...] [--upgrade] [--fee-bps N] [--treasury PUBKEY] [--arbiter PUBKEY] [--stake-mint PUBKEY]");
    return;
  }
  const wallet = readKeypair(values.wallet);
  const connection = new Connection(values.url, "confirmed");
  const feeBps = values["fee-bps"] === undefined ? undefined : Number(values["fee-bps"]);
  if (feeBps !== undefined && !(Number.isInteger(feeBps) && feeBps >= 0 && feeBps <= 10_000)) throw new Error(`--fee-bps must be an integer in 0..10000`);
  console.log(`[deploy] cluster ${values.url}, wallet ${wallet.publicKey.toBase58()} (${(await connection.getBalance(wallet.publicKey)) / 1e9} SOL)`);

  const report = await deploy({
    connection,
    wallet,
    programs: values.program,
    allowUpgrade: values.upgrade,
    platform: {
      feeBps,
      treasury: values.treasury ? new PublicKey(values.treasury) : undefined,
      arbiter: values.arbiter ? new PublicKey(values.arbiter) : undefined,
      stakeMint: values["stake-mint"] ? new PublicKey(values["stake-mint"]) : undefined,
    },
    log: (line) => console.log(`[deploy] ${line}`),
  });
  const skipped = report.programs.filter((p) => p.outcome === "not built").map((p) => p.name);
  const summary = report.transactions > 0 ? `done: ${report.transactions} transaction(s) sent` : "nothing to change: every built program verified, every initialisation in place";
  console.log(`[deploy] ${summary}${skipped.length ? `; not built, skipped: ${skipped.join(", ")}` : ""}`);
}

main().catch((err: unknown) => {
  console.error(`[deploy] error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
