import { getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { findAssociatedTokenAddress, findProgramAddress, seeds } from "../src/pda";

describe("pda", () => {
  it("encodes integer seeds little-endian, as to_le_bytes does", () => {
    expect([...seeds.u8(255)]).to.deep.equal([255]);
    expect([...seeds.u16(258)]).to.deep.equal([2, 1]);
    expect([...seeds.u32(0x01020304)]).to.deep.equal([4, 3, 2, 1]);
    expect([...seeds.u64(2n ** 64n - 1n)]).to.deep.equal(Array(8).fill(255));
    expect([...seeds.i64(-2)]).to.deep.equal([254, 255, 255, 255, 255, 255, 255, 255]);
    expect([...seeds.utf8("track")]).to.deep.equal([...Buffer.from("track")]);
  });

  it("refuses values that do not fit", () => {
    expect(() => seeds.u8(256)).to.throw(RangeError);
    expect(() => seeds.u64(-1n)).to.throw(RangeError);
    expect(() => seeds.i64(2n ** 63n)).to.throw(RangeError);
  });

  it("derives program addresses with their bump", () => {
    const programId = Keypair.generate().publicKey;
    const owner = Keypair.generate().publicKey;
    const derived = findProgramAddress(programId, [seeds.utf8("split"), seeds.pubkey(owner), seeds.u64(7)]);
    const [expected, bump] = PublicKey.findProgramAddressSync([Buffer.from("split"), owner.toBuffer(), Buffer.from([7, 0, 0, 0, 0, 0, 0, 0])], programId);
    expect(derived.address.equals(expected)).to.equal(true);
    expect(derived.bump).to.equal(bump);
  });

  it("derives associated token accounts for both token programs", () => {
    const owner = Keypair.generate().publicKey;
    const mint = Keypair.generate().publicKey;
    for (const program of [TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID]) {
      expect(findAssociatedTokenAddress(owner, mint, program).equals(getAssociatedTokenAddressSync(mint, owner, false, program))).to.equal(true);
    }
  });
});
