import { PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { programDataAddress } from "../../migrations/lib/loader";
import { projectPrograms } from "../../migrations/lib/project-programs";
import { DeployReport, deploy } from "../../migrations/lib/run-deploy";
import { builtIdl } from "../../migrations/lib/step";
import { TestContext, createTestContext } from "../harness";

const SOL = 1_000_000_000n;

/** Lamports, owner and data of each account, to show a rerun left them exactly as they were. */
async function snapshot(ctx: TestContext, addresses: readonly PublicKey[]): Promise<string[]> {
  const infos = await ctx.connection.getMultipleAccountsInfo([...addresses]);
  return infos.map((info, i) =>
    info ? `${addresses[i].toBase58()} ${info.lamports} ${info.owner.toBase58()} ${info.data.toString("base64")}` : `${addresses[i].toBase58()} absent`,
  );
}

function accountsOf(report: DeployReport): PublicKey[] {
  const programs = report.programs.filter((p) => p.outcome !== "not built").flatMap((p) => [p.programId, programDataAddress(p.programId)]);
  return [...programs, ...report.steps.flatMap((s) => s.accounts)];
}

describe("migrations/deploy.ts", () => {
  let ctx: TestContext;

  before(async () => {
    // Programs loaded as the validator lane loads them at genesis: upgradeable, with
    // ctx.upgradeAuthority as authority; deploy.ts runs as that wallet. (On the validator the
    // lane has already run it once.)
    const programs = projectPrograms().flatMap((p) => (p.so ? [{ name: p.name, programId: p.programId, so: p.so }] : []));
    ctx = await createTestContext({ programs });
    await ctx.airdrop(ctx.upgradeAuthority.publicKey, 100n * SOL);
  });

  after(async () => {
    // Unset when the before hook failed.
    await ctx?.close();
  });

  it("verifies every built program, initialises what is missing, and a second run changes nothing", async function () {
    this.timeout(300_000);
    const wallet = ctx.upgradeAuthority;
    const run = () => deploy({ connection: ctx.connection, wallet });

    const first = await run();
    expect(first.programs.map((p) => p.name)).to.deep.equal(projectPrograms().map((p) => p.name));
    for (const program of first.programs) expect(program.outcome, program.name).to.equal(isBuilt(program.name) ? "unchanged" : "not built");
    for (const step of first.steps) {
      const expected = !isBuilt(step.program) || !builtIdl(step.program) ? "not built" : ctx.capabilities.isolatedChain ? "initialised" : "unchanged";
      expect(step.status, `${step.name}: ${step.detail}`).to.equal(expected);
    }
    if (!ctx.capabilities.isolatedChain) expect(first.transactions, "the lane's own deploy.ts run left nothing to do").to.equal(0);

    const accounts = [wallet.publicKey, ...accountsOf(first)];
    const before = await snapshot(ctx, accounts);
    const second = await run();

    expect(second.transactions).to.equal(0);
    expect(second.programs.map((p) => p.outcome)).to.deep.equal(first.programs.map((p) => p.outcome));
    expect(second.steps.map((s) => s.status)).to.deep.equal(first.steps.map((s) => (s.status === "not built" ? "not built" : "unchanged")));
    expect(await snapshot(ctx, accounts)).to.deep.equal(before);
  });
});

function isBuilt(name: string): boolean {
  return projectPrograms().some((p) => p.name === name && p.so !== null);
}
