// The money-math crate compiled to SBF must compute exactly what it computes natively: every
// shared vector of tests/vectors/math.json (written by the native crate) for the functions the
// market program's purchase path uses is replayed through the nd-math-probe program in LiteSVM.
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runBuild, TEST_WORKSPACE } from "./support/build-programs";
import { disc as anchorDisc, RawProgram, u128le as u128, u64le as u64 } from "./support/raw-program";

const VECTORS = join(__dirname, "../../../tests/vectors/math.json");

type Expect = { ok: unknown } | { err: string };
interface Vector {
  fn: string;
  expect: Expect;
  [field: string]: unknown;
}

const disc = (name: string) => anchorDisc("global", name);
const vecU64 = (values: string[]) => {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(values.length);
  return Buffer.concat([len, ...values.map((v) => u64(v))]);
};

/** Instruction data for a vector, and the answer the probe returns for its expected result. */
function encode(v: Vector): { data: Buffer; expected: string } | null {
  const str = (k: string) => v[k] as string;
  const answer = (show: (ok: never) => string) => ("err" in v.expect ? `err:${v.expect.err}` : `ok:${show(v.expect.ok as never)}`);
  const sale = (ok: { fee: string; referral: string; seller: string; parts?: string[] }) =>
    `${ok.fee},${ok.referral},${ok.seller};${(ok.parts ?? []).join(",")}`;
  const rates = () => Buffer.concat(["fee_bps", "fee_cap", "referral_bps", "referral_cap"].map((k) => u64(str(k))));
  switch (v.fn) {
    case "mul_div_floor":
      return { data: Buffer.concat([disc("mul_div"), u64(str("a")), u64(str("b")), u64(str("d"))]), expected: answer((ok: string) => ok) };
    case "mul_div_floor_u128":
      return { data: Buffer.concat([disc("mul_div_u128"), u128(str("a")), u128(str("b")), u128(str("d"))]), expected: answer((ok: string) => ok) };
    case "quote_sale":
      return { data: Buffer.concat([disc("sale"), u64(str("price")), rates(), Buffer.from([0])]), expected: answer(sale) };
    case "quote_sale_split":
      return {
        data: Buffer.concat([disc("sale"), u64(str("price")), rates(), Buffer.from([1]), vecU64(v.shares as string[])]),
        expected: answer(sale),
      };
    case "split":
      return { data: Buffer.concat([disc("split_amount"), u64(str("amount")), vecU64(v.shares as string[])]), expected: answer((ok: string[]) => ok.join(",")) };
    default:
      return null;
  }
}

describe("nd-math on SBF reproduces the native shared vectors", function () {
  this.timeout(600_000);
  let p: RawProgram;

  before(() => {
    runBuild(["--program", "nd_math_probe"]);
    p = new RawProgram(join(TEST_WORKSPACE, "target/deploy/nd_math_probe.so"), join(TEST_WORKSPACE, "keys/nd_math_probe-keypair.json"));
  });

  function run(data: Buffer): { answer: string; cu: number } {
    const r = p.send(data, [], p.payer, 1_400_000);
    if (r.failed) throw new Error(`${r.err}\n${r.logs.join("\n")}`);
    return { answer: r.returnData.toString("utf8"), cu: r.computeUnits };
  }

  it("for mul_div_floor, mul_div_floor_u128, quote_sale, quote_sale_split and split", () => {
    const file = JSON.parse(readFileSync(VECTORS, "utf8")) as Record<string, unknown>;
    const vectors = Object.values(file)
      .filter((v): v is Vector[] => Array.isArray(v) && typeof v[0] === "object")
      .flat();
    const counts = new Map<string, number>();
    const maxCu = new Map<string, number>();
    const mismatches: string[] = [];
    for (const v of vectors) {
      const call = encode(v);
      if (!call) continue;
      const { answer, cu } = run(call.data);
      if (answer !== call.expected) mismatches.push(`${JSON.stringify(v)}\n  sbf:    ${answer}\n  native: ${call.expected}`);
      counts.set(v.fn, (counts.get(v.fn) ?? 0) + 1);
      maxCu.set(v.fn, Math.max(maxCu.get(v.fn) ?? 0, cu));
    }
    console.log(`      replayed ${[...counts].map(([fn, n]) => `${fn} ${n} (max ${maxCu.get(fn)} CU)`).join(", ")}`);
    expect(mismatches.slice(0, 5).join("\n"), `${mismatches.length} mismatches`).to.equal("");
    expect([...counts.values()].reduce((a, b) => a + b, 0)).to.be.at.least(2000);
  });
});
