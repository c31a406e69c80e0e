// The validator lane: start solana-test-validator (tools/validator/validator.mjs), fund the
// upgrade authority, run migrations/deploy.ts against it, run the mocha suites through the
// JSON-RPC TestContext (tests/harness/validator-context.ts), and always stop the validator and
// remove its ledger, on failure and on Ctrl-C too.
import { Connection, Keypair, LAMPORTS_PER_SOL, SystemProgram, Transaction, sendAndConfirmTransaction } from "@solana/web3.js";
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot, runMocha } from "../testing/run-mocha.mjs";
import { genesisPrograms } from "./programs.mjs";
import { makeRunDir, startValidator } from "./validator.mjs";

const require = createRequire(join(repoRoot, "package.json"));
// What the deploy wallet (the upgrade authority) holds for deploys, upgrades and platform rent.
const AUTHORITY_SOL = 1_000;
const MEMORY_SAMPLE_MS = 250;

const log = (line) => console.log(`[validator] ${line}`);

/** Runs `files` in the validator lane; resolves like `runMocha`, plus the validator's figures. */
export async function runValidatorLane({ files }) {
  const runDir = makeRunDir();
  const funder = writeKeypair(runDir, "funder");
  const authority = writeKeypair(runDir, "upgrade-authority");
  const programs = genesisPrograms(repoRoot);
  let validator = null;
  let activeChild = null;

  const onSignal = (signal) => {
    console.error(`\n[validator] ${signal}: stopping the validator and removing its ledger`);
    activeChild?.kill(signal);
    if (validator) validator.stopNow();
    else rmSync(runDir, { recursive: true, force: true });
    // mocha (our process group) gets the signal too; give it a moment to report, then leave.
    setTimeout(() => process.exit(130), 2_000).unref();
  };
  const onExit = () => validator?.stopNow();
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, onSignal);
  process.on("exit", onExit);

  try {
    log(`starting solana-test-validator with ${programs.map((p) => p.name).join(", ") || "no programs"} at genesis`);
    validator = await startValidator({ programs, authority: authority.keypair.publicKey.toBase58(), mint: funder.keypair.publicKey.toBase58(), runDir, log });
    reportSockets(validator);

    await fund(validator.rpcUrl, funder.keypair, authority.keypair.publicKey, BigInt(AUTHORITY_SOL) * BigInt(LAMPORTS_PER_SOL));
    log(`migrations/deploy.ts --url ${validator.rpcUrl} --wallet <upgrade authority>`);
    const deployStarted = Date.now();
    const deploy = spawn(
      process.execPath,
      ["-r", require.resolve("ts-node/register"), join(repoRoot, "migrations", "deploy.ts"), "--url", validator.rpcUrl, "--wallet", authority.path],
      { cwd: repoRoot, stdio: "inherit", env: { ...process.env, TS_NODE_PROJECT: join(repoRoot, "tsconfig.json") } },
    );
    activeChild = deploy;
    const deployStatus = await new Promise((resolve) => deploy.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
    activeChild = null;
    if (deployStatus !== 0) {
      console.error("[validator] migrations/deploy.ts failed; the suites did not run");
      return { status: deployStatus, counts: null, seconds: 0, validator: figures(validator) };
    }
    const deploySeconds = (Date.now() - deployStarted) / 1000;

    const memory = { peakRss: 0 };
    const sampler = setInterval(() => {
      const m = validator.memory();
      if (m) memory.peakRss = Math.max(memory.peakRss, m.rss);
    }, MEMORY_SAMPLE_MS);
    let result;
    try {
      result = await runMocha({
        files,
        project: join(repoRoot, "tsconfig.json"),
        env: {
          ND_LANE: "validator",
          ND_VALIDATOR_RPC_URL: validator.rpcUrl,
          ND_VALIDATOR_WS_URL: validator.wsUrl,
          ND_VALIDATOR_FUNDER_KEYPAIR: funder.path,
          ND_VALIDATOR_UPGRADE_AUTHORITY_KEYPAIR: authority.path,
          ND_VALIDATOR_PROGRAMS: JSON.stringify(programs),
        },
      });
    } finally {
      clearInterval(sampler);
    }
    const stats = { ...figures(validator), deploySeconds, suitePeakRssBytes: memory.peakRss };
    log(
      `healthy after ${stats.startSeconds.toFixed(2)} s; deploy.ts ${deploySeconds.toFixed(1)} s; suites ${result.seconds.toFixed(1)} s; ` +
        `validator peak RSS during the suites ${(memory.peakRss / 2 ** 20).toFixed(0)} MiB (lifetime peak ${(stats.hwmBytes / 2 ** 20).toFixed(0)} MiB)`,
    );
    return { ...result, validator: stats };
  } finally {
    for (const s of signals) process.off(s, onSignal);
    process.off("exit", onExit);
    if (validator) {
      await validator.stop();
      log(`stopped pid ${validator.pid}; removed ${runDir}`);
    } else {
      rmSync(runDir, { recursive: true, force: true });
    }
  }
}

function figures(validator) {
  return {
    startSeconds: validator.startSeconds,
    hwmBytes: validator.memory()?.hwm ?? 0,
    sockets: validator.sockets.map((s) => `${s.proto} ${s.address}:${s.port}`),
  };
}

function reportSockets(validator) {
  const byProto = {};
  for (const s of validator.sockets) (byProto[s.proto] ??= []).push(`${s.address}:${s.port}`);
  const { rpc, faucet, gossip } = validator.ports;
  log(`rpc 127.0.0.1:${rpc}, websocket 127.0.0.1:${rpc + 1}, faucet 127.0.0.1:${faucet}, gossip 127.0.0.1:${gossip}`);
  log(`every socket is on loopback: ${Object.entries(byProto).map(([p, list]) => `${p} ${list.length} (${[...new Set(list.map((a) => a.replace(/:\d+$/, "")))].join(", ")})`).join("; ")}`);
}

function writeKeypair(dir, name) {
  const keypair = Keypair.generate();
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify([...keypair.secretKey]), { mode: 0o600 });
  return { keypair, path };
}

async function fund(rpcUrl, from, to, lamports) {
  const connection = new Connection(rpcUrl, "confirmed");
  await sendAndConfirmTransaction(connection, new Transaction().add(SystemProgram.transfer({ fromPubkey: from.publicKey, toPubkey: to, lamports })), [from]);
}
