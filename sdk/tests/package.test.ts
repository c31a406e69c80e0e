import { expect } from "chai";
import { execFileSync } from "child_process";
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { builtinModules } from "module";
import { join, resolve } from "path";

const sdkDir = resolve(__dirname, "..");
const dist = join(sdkDir, "dist");

function declarationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return path.endsWith(".d.ts") ? [path] : [];
  });
}

/** Declarations without comments and string literals, where `any` could only be a type. */
function typeText(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

describe("@normaldance/sdk package", () => {
  before(function () {
    if (!existsSync(join(dist, "index.cjs"))) throw new Error("sdk/dist is missing: run `npm run build:sdk` first");
  });

  it("resolves through its exports map to the CJS build, and ESM gets the same API", () => {
    const cjsPath = require.resolve("@normaldance/sdk");
    expect(cjsPath).to.equal(join(dist, "index.cjs"));
    const cjsNames = Object.keys(require("@normaldance/sdk") as object).sort();
    const esmNames = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", 'const m = await import("@normaldance/sdk"); console.log(JSON.stringify(Object.keys(m).sort()))'], {
        cwd: sdkDir,
        encoding: "utf8",
      }),
    ) as string[];
    expect(esmNames).to.deep.equal(cjsNames);
    expect(cjsNames).to.include.members(["decodeProgramError", "parseEvents", "buildTransaction", "sendAction", "PROGRAM_IDS", "IDLS"]);
  });

  it("has no `any` in its public declarations", () => {
    const files = declarationFiles(join(dist, "types"));
    expect(files.length).to.be.greaterThan(5);
    const offenders = files.filter((file) => /\bany\b/.test(typeText(readFileSync(file, "utf8"))));
    expect(offenders.map((f) => f.slice(dist.length + 1))).to.deep.equal([]);
  });

  it("bundles for the browser without Node built-ins", async function () {
    this.timeout(120_000);
    const result = await build({
      stdin: { contents: 'export * from "@normaldance/sdk";', resolveDir: sdkDir, loader: "js" },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).to.deep.equal([]);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const nodeImports = Object.values(result.metafile.inputs)
      .flatMap((input) => input.imports)
      .filter((imp) => imp.external || builtins.has(imp.path))
      .map((imp) => imp.path);
    expect(nodeImports).to.deep.equal([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).to.include("dist/index.mjs");
    expect(inputs.some((path) => path.includes("@coral-xyz/anchor/dist/browser"))).to.equal(true);
    expect(result.outputFiles[0].text).to.contain("NormalDanceTransactionError");
  });
});
