import { BN, BorshCoder, Idl, utils } from "@coral-xyz/anchor";
import { Keypair, PublicKey, TransactionInstruction } from "@solana/web3.js";

import { expect } from "chai";
import { createHash } from "crypto";
import { createTestContext } from "../../tests/harness";
import { EVENT_IX_TAG_LE, eventSourceFromTransaction, parseEvents } from "../src/events";

const bs58 = utils.bytes.bs58;
const PROGRAM = Keypair.generate().publicKey;
const OTHER = Keypair.generate().publicKey;
const discriminator = (name: string) => [...createHash("sha256").update(`event:${name}`).digest().subarray(0, 8)];

// An IDL as anchor's generated types spell it (camelCase), with its event in Rust's spelling.
type Shop = {
  address: string;
  metadata: { name: "shop"; version: "0.1.0"; spec: "0.1.0" };
  instructions: [];
  events: [{ name: "trackPurchased"; discriminator: number[] }];
  types: [
    {
      name: "trackPurchased";
      type: { kind: "struct"; fields: [{ name: "track"; type: "pubkey" }, { name: "amountPaid"; type: "u64" }] };
    },
  ];
};
const shopJson = {
  address: PROGRAM.toBase58(),
  metadata: { name: "shop", version: "0.1.0", spec: "0.1.0" },
  instructions: [],
  events: [{ name: "TrackPurchased", discriminator: discriminator("TrackPurchased") }],
  types: [
    {
      name: "TrackPurchased",
      type: { kind: "struct", fields: [{ name: "track", type: "pubkey" }, { name: "amount_paid", type: "u64" }] },
    },
  ],
};
const shopIdl = shopJson as unknown as Shop;

async function encodeEvent(track: PublicKey, amountPaid: number): Promise<Buffer> {
  // The program side: what `emit!` serialises (discriminator + Borsh).
  const coder = new BorshCoder(shopJson as Idl);
  const body = Buffer.concat([track.toBuffer(), new BN(amountPaid).toArrayLike(Buffer, "le", 8)]);
  const bytes = Buffer.concat([Buffer.from(discriminator("TrackPurchased")), body]);
  expect(coder.events.decode(bytes.toString("base64"))?.name).to.equal("TrackPurchased");
  return bytes;
}

describe("parseEvents", () => {
  it("decodes emit! events of the program only, typed from the IDL", async () => {
    const track = Keypair.generate().publicKey;
    const own = (await encodeEvent(track, 42)).toString("base64");
    const foreign = (await encodeEvent(Keypair.generate().publicKey, 7)).toString("base64");
    const logs = [
      `Program ${OTHER.toBase58()} invoke [1]`,
      `Program data: ${foreign}`,
      `Program ${OTHER.toBase58()} success`,
      `Program ${PROGRAM.toBase58()} invoke [1]`,
      "Program log: Instruction: Buy",
      `Program ${OTHER.toBase58()} invoke [2]`,
      `Program data: ${foreign}`,
      `Program ${OTHER.toBase58()} success`,
      `Program data: ${own}`,
      `Program ${PROGRAM.toBase58()} consumed 9000 of 200000 compute units`,
      `Program ${PROGRAM.toBase58()} success`,
    ];

    const events = parseEvents(shopIdl, logs);

    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.name).to.equal("trackPurchased");
    expect(event.via).to.equal("log");
    expect(event.instructionIndex).to.equal(1);
    expect(event.programId.equals(PROGRAM)).to.equal(true);
    expect(event.data.track.equals(track)).to.equal(true);
    expect(event.data.amountPaid.toString()).to.equal("42");
  });

  it("decodes emit_cpi! events from the program's self-invocations", async () => {
    const track = Keypair.generate().publicKey;
    const data = bs58.encode(Buffer.concat([Buffer.from(EVENT_IX_TAG_LE), await encodeEvent(track, 1_000_000)]));
    const events = parseEvents(shopIdl, {
      logs: [],
      accountKeys: [Keypair.generate().publicKey, OTHER, PROGRAM],
      innerInstructions: [
        {
          index: 3,
          instructions: [
            { programIdIndex: 1, data },
            { programIdIndex: 2, data: bs58.encode(Buffer.from([1, 2, 3])) },
            { programIdIndex: 2, data },
          ],
        },
      ],
    });
    expect(events.map((e) => [e.name, e.via, e.instructionIndex, e.data.amountPaid.toString()])).to.deep.equal([
      ["trackPurchased", "cpi", 3, "1000000"],
    ]);
  });

  it("reads the event-bearing parts of a landed transaction", async () => {
    const ctx = await createTestContext();
    const memo = new PublicKey("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr");
    const sent = await ctx.send([new TransactionInstruction({ programId: memo, keys: [], data: Buffer.from("hi") })]);
    const response = await ctx.connection.getTransaction(sent.signature, { maxSupportedTransactionVersion: 0, commitment: "confirmed" });
    if (!response) throw new Error("transaction not found");
    const source = eventSourceFromTransaction(response);
    expect(source.logs).to.deep.equal(sent.logs);
    expect(source.accountKeys?.map((k) => k.toBase58())).to.deep.equal([ctx.payer.publicKey.toBase58(), memo.toBase58()]);
    expect(parseEvents({ ...shopIdl, address: memo.toBase58() }, source)).to.deep.equal([]);
  });
});
