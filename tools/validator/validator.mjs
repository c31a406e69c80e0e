// One solana-test-validator for a test run: loopback only, free ports, a fresh ledger in a
// temporary directory, programs loaded at genesis as upgradeable programs. `stop()` (or the
// synchronous `stopNow()` for signal and exit handlers) kills its process group and removes the
// ledger; the validator is also told to exit if this process dies (PR_SET_PDEATHSIG via setpriv).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createSocket } from "node:dgram";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheRoot } from "../sbf/lib/paths.mjs";
import { isLoopback, listeningSockets } from "./sockets.mjs";
import { validatorPaths } from "./paths.mjs";

const DIR = dirname(fileURLToPath(import.meta.url));
const RUN_DIR_PREFIX = "nd-validator-";
const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
// rpc, rpc pubsub (rpc + 1), faucet, gossip, then the dynamic range (gossip, TPU, TVU, repair,
// ... take 17 ports in 4.2.2; the rest is headroom).
const PORT_BLOCK = 48;
const DYNAMIC_OFFSET = 8;

/**
 * Starts a validator and resolves once it answers `getHealth` with "ok" and every socket it holds is
 * bound to loopback. `programs`: `{ name, programId, so }[]`; `authority` and `mint` are base58
 * addresses (the upgrade authority of every program, and the account genesis funds with 500M SOL).
 */
export async function startValidator({ programs, authority, mint, runDir, log = () => {} }) {
  const { binary, version } = validatorPaths();
  if (!existsSync(binary)) throw new Error(`solana-test-validator ${version} is not installed at ${binary}: run \`npm run setup\` (or bash tools/validator/install.sh)`);
  const shim = loopbackShim();
  for (let attempt = 1; ; attempt++) {
    const ports = await freePortBlock();
    const ledger = join(runDir, `ledger-${attempt}`);
    const args = [
      "--ledger", ledger,
      "--quiet",
      "--bind-address", "127.0.0.1",
      "--rpc-port", String(ports.rpc),
      "--faucet-port", String(ports.faucet),
      "--gossip-port", String(ports.gossip),
      "--dynamic-port-range", `${ports.dynamic[0]}-${ports.dynamic[1]}`,
      "--mint", mint,
      // 100 ms slots instead of 400 ms: every test transaction waits for a confirmed slot, so the
      // lane runs about twice as fast (blockhashes then last 15 s rather than 60 s).
      "--ticks-per-slot", process.env.ND_VALIDATOR_TICKS_PER_SLOT ?? "16",
      ...programs.flatMap((p) => ["--upgradeable-program", p.programId, p.so, authority]),
    ];
    const started = process.hrtime.bigint();
    const validator = spawnValidator(binary, args, shim, join(runDir, `validator-${attempt}.out`));
    const handle = makeHandle(validator, runDir, ledger, ports);
    try {
      await waitForHealth(handle);
      const startSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const sockets = checkLoopbackOnly(validator.pid);
      log(`solana-test-validator ${version} pid ${validator.pid} healthy in ${startSeconds.toFixed(2)} s at ${handle.rpcUrl} (${programs.length} programs at genesis)`);
      return { ...handle, startSeconds, sockets };
    } catch (err) {
      const output = handle.outputTail();
      await handle.stop({ keepRunDir: true });
      // Another process took one of the ports between the check and the bind: try other ports.
      if (attempt < 3 && /Address already in use|address in use|EADDRINUSE/i.test(output)) {
        log(`port collision (${ports.rpc}..${ports.rpc + PORT_BLOCK - 1}), retrying on other ports`);
        continue;
      }
      throw new Error(`${err.message}\n--- validator output (last lines) ---\n${output}`);
    }
  }
}

function spawnValidator(binary, args, shim, outFile) {
  const env = {
    ...process.env,
    LD_PRELOAD: [shim, process.env.LD_PRELOAD].filter(Boolean).join(" "),
    // The file log (in the ledger) at info level costs CPU on a 2-core machine; warnings are enough.
    RUST_LOG: process.env.ND_VALIDATOR_RUST_LOG ?? "warn",
  };
  const outFd = openAppend(outFile);
  const usePdeathsig = hasSetprivPdeathsig();
  const [command, commandArgs] = usePdeathsig ? ["setpriv", ["--pdeathsig", "TERM", "--", binary, ...args]] : [binary, args];
  // detached: its own process group, so a terminal's Ctrl-C reaches it only through this runner,
  // which stops it in order (and `kill(-pid)` reaches anything it may spawn).
  const child = spawn(command, commandArgs, { detached: true, stdio: ["ignore", outFd, outFd], env });
  closeSync(outFd);
  child.outFile = outFile;
  child.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  child.exitedNow = false;
  child.once("exit", () => (child.exitedNow = true));
  return child;
}

function makeHandle(child, runDir, ledger, ports) {
  const handle = {
    pid: child.pid,
    ledger,
    runDir,
    rpcUrl: `http://127.0.0.1:${ports.rpc}`,
    wsUrl: `ws://127.0.0.1:${ports.rpc + 1}`,
    faucet: `127.0.0.1:${ports.faucet}`,
    ports,
    child,
    outputTail(lines = 40) {
      const text = [child.outFile, join(ledger, "validator.log")]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f, "utf8"))
        .join("\n");
      return text.trim().split("\n").slice(-lines).join("\n");
    },
    /** Peak (VmHWM) and current (VmRSS) resident memory in bytes, or null once it exited. */
    memory() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
        const memory = { rss: kb("VmRSS"), hwm: kb("VmHWM") };
        // An exited (zombie) process has no memory lines any more.
        return Number.isNaN(memory.rss) ? null : memory;
      } catch {
        return null;
      }
    },
    async stop({ keepRunDir = false } = {}) {
      if (!child.exitedNow) {
        signalGroup(child.pid, "SIGTERM");
        const exited = await Promise.race([child.exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
        if (!exited) {
          signalGroup(child.pid, "SIGKILL");
          await child.exited;
        }
      }
      if (!keepRunDir) rmSync(runDir, { recursive: true, force: true });
    },
    /** For signal and `exit` handlers, where nothing asynchronous runs any more. */
    stopNow() {
      if (!child.exitedNow && processAlive(child.pid)) {
        signalGroup(child.pid, "SIGTERM");
        const deadline = Date.now() + STOP_GRACE_MS;
        while (processAlive(child.pid) && Date.now() < deadline) sleepSync(50);
        if (processAlive(child.pid)) signalGroup(child.pid, "SIGKILL");
        while (processAlive(child.pid)) sleepSync(20);
      }
      rmSync(runDir, { recursive: true, force: true });
    },
  };
  return handle;
}

async function waitForHealth(handle) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (handle.child.exitedNow) throw new Error("solana-test-validator exited during startup");
    try {
      const res = await fetch(handle.rpcUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "getHealth" }),
        signal: AbortSignal.timeout(1000),
      });
      if ((await res.json()).result === "ok") return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`solana-test-validator did not become healthy within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/** Every socket the validator holds must be bound to loopback; anything else stops the run. */
function checkLoopbackOnly(pid) {
  const sockets = listeningSockets(pid);
  const exposed = sockets.filter((s) => !isLoopback(s.address));
  if (exposed.length > 0) {
    throw new Error(`solana-test-validator listens beyond loopback: ${exposed.map((s) => `${s.proto} ${s.address}:${s.port}`).join(", ")}`);
  }
  return sockets;
}

/** The bind shim, compiled once per source version into the cache (tiny; `cc` is part of setup). */
export function loopbackShim() {
  const source = join(DIR, "loopback-bind.c");
  const hash = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 12);
  const out = join(cacheRoot(), "validator-loopback-bind", `loopback-bind-${hash}.so`);
  if (existsSync(out)) return out;
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.${process.pid}.partial`;
  const cc = spawnSync("cc", ["-O2", "-shared", "-fPIC", "-Wall", "-Wextra", "-Werror", "-o", partial, source, "-ldl"], { encoding: "utf8" });
  if (cc.status !== 0) throw new Error(`compiling ${source} failed (a C compiler, cc, is needed):\n${cc.stderr ?? cc.error?.message}`);
  renameSync(partial, out);
  return out;
}

async function freePortBlock() {
  for (let tries = 0; tries < 50; tries++) {
    const base = 20_000 + Math.floor(Math.random() * (40_000 - PORT_BLOCK));
    const ports = Array.from({ length: PORT_BLOCK }, (_, i) => base + i);
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) {
      return { rpc: base, faucet: base + 2, gossip: base + 3, dynamic: [base + DYNAMIC_OFFSET, base + PORT_BLOCK] };
    }
  }
  throw new Error(`no block of ${PORT_BLOCK} free ports found between 20000 and 60000`);
}

function portFree(port) {
  const tcp = new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
  const udp = new Promise((resolve) => {
    const socket = createSocket("udp4");
    socket.once("error", () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, "127.0.0.1", () => socket.close(() => resolve(true)));
  });
  return Promise.all([tcp, udp]).then(([a, b]) => a && b);
}

/** A fresh directory for one run's ledger and keypairs; leftovers of runs whose runner died go first. */
export function makeRunDir() {
  for (const name of readdirSync(tmpdir())) {
    const m = new RegExp(`^${RUN_DIR_PREFIX}(\\d+)-`).exec(name);
    if (m && !processAlive(Number(m[1]))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
  return mkdtempSync(join(tmpdir(), `${RUN_DIR_PREFIX}${process.pid}-`));
}

let setprivChecked;
function hasSetprivPdeathsig() {
  if (setprivChecked === undefined) {
    try {
      setprivChecked = execFileSync("setpriv", ["--help"], { encoding: "utf8" }).includes("--pdeathsig");
    } catch {
      setprivChecked = false;
    }
  }
  return setprivChecked;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie (exited, not yet reaped by us) still answers kill(0).
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

function openAppend(file) {
  mkdirSync(dirname(file), { recursive: true });
  return openSync(file, "a");
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepArray = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms) => Atomics.wait(sleepArray, 0, 0, ms);
