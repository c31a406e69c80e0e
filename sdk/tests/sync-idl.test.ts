import { expect } from "chai";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

type SyncIdl = (options: { repoRoot: string; outDir: string; log: (line: string) => void }) => string[];

// The script is an ES module; load it the way Node would.
const loadSyncIdl = async (): Promise<SyncIdl> =>
  ((await new Function("p", "return import(p)")(join(__dirname, "..", "scripts", "sync-idl.mjs"))) as { syncIdl: SyncIdl }).syncIdl;

const ADDRESS = "Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS";

function writeProgram(root: string, name: string, typeName: string): void {
  mkdirSync(join(root, "target", "idl"), { recursive: true });
  mkdirSync(join(root, "target", "types"), { recursive: true });
  const idl = { address: ADDRESS, metadata: { name, version: "0.1.0", spec: "0.1.0" }, instructions: [] };
  writeFileSync(join(root, "target", "idl", `${name}.json`), JSON.stringify(idl, null, 2));
  writeFileSync(
    join(root, "target", "types", `${name}.ts`),
    `/** anchor-generated */\nexport type ${typeName} = {\n  "address": "${ADDRESS}",\n  "metadata": { "name": "${name}", "version": "0.1.0", "spec": "0.1.0" },\n  "instructions": []\n};\n`,
  );
}

describe("sync-idl", () => {
  let root: string;
  let out: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "nd-sync-idl-"));
    out = join(root, "sdk-idl");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("copies target/idl and target/types and generates a typed index", async () => {
    const syncIdl = await loadSyncIdl();
    writeProgram(root, "nd_market", "NdMarket");
    expect(syncIdl({ repoRoot: root, outDir: out, log: () => undefined })).to.deep.equal(["nd_market"]);

    expect(readFileSync(join(out, "nd_market.json"), "utf8")).to.equal(readFileSync(join(root, "target", "idl", "nd_market.json"), "utf8"));
    const index = readFileSync(join(out, "index.ts"), "utf8");
    expect(index).to.contain('import type { NdMarket } from "./nd_market";');
    expect(index).to.contain("export const ndMarketIdl = ndMarketJson as unknown as NdMarket;");
    const loaded = require(join(out, "index.ts")) as { IDLS: Record<string, { address: string }> };
    expect(loaded.IDLS.nd_market.address).to.equal(ADDRESS);
  });

  it("drops programs that left the workspace, and keeps everything when target/idl is absent", async () => {
    const syncIdl = await loadSyncIdl();
    writeProgram(root, "nd_market", "NdMarket");
    writeProgram(root, "nd_staking", "NdStaking");
    syncIdl({ repoRoot: root, outDir: out, log: () => undefined });
    rmSync(join(root, "target", "idl", "nd_staking.json"));
    expect(syncIdl({ repoRoot: root, outDir: out, log: () => undefined })).to.deep.equal(["nd_market"]);
    expect(existsSync(join(out, "nd_staking.ts"))).to.equal(false);

    rmSync(join(root, "target"), { recursive: true });
    expect(syncIdl({ repoRoot: root, outDir: out, log: () => undefined })).to.deep.equal(["nd_market"]);
  });

  it("refuses an IDL whose generated types are missing", async () => {
    const syncIdl = await loadSyncIdl();
    writeProgram(root, "nd_market", "NdMarket");
    rmSync(join(root, "target", "types", "nd_market.ts"));
    expect(() => syncIdl({ repoRoot: root, outDir: out, log: () => undefined })).to.throw(/target\/types\/nd_market\.ts is missing/);
  });
});
