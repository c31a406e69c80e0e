// The market program through anchor's own `Program` client, typed from the build's IDL: what the
// smoke suite and the bench drive (the SDK has its own builders; these stay independent of it).
import { Program } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { readFileSync } from "fs";
import { programIdlPath } from "../../harness";
import type { TestContext } from "../../harness";
import type { NdMarket } from "../../../target/types/nd_market";

export type { NdMarket };
export const MARKET = "nd_market";
/** Native SOL is the all-zero mint everywhere in the market (accounts and seeds). */
export const SOL_MINT = PublicKey.default;
export const BPF_LOADER_UPGRADEABLE = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");

/** Read when called, so a suite sees the IDL of the current build. */
export function loadMarketIdl(): NdMarket {
  return JSON.parse(readFileSync(programIdlPath(MARKET), "utf8")) as NdMarket;
}

export function marketProgram(ctx: TestContext): Program<NdMarket> {
  return ctx.program(loadMarketIdl());
}

const utf8 = (s: string) => Buffer.from(s, "utf8");
const u64 = (v: bigint | number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
};

/** PDAs as programs/nd-market declares them (see its constants.rs). */
export function marketPdas(programId: PublicKey) {
  const pda = (...seeds: Buffer[]) => PublicKey.findProgramAddressSync(seeds, programId)[0];
  return {
    platform: () => pda(utf8("platform")),
    split: (creator: PublicKey, splitId: bigint | number) => pda(utf8("split"), creator.toBuffer(), u64(splitId)),
    vault: (split: PublicKey, mint: PublicKey) => pda(utf8("vault"), split.toBuffer(), mint.toBuffer()),
    vaultTokens: (vault: PublicKey) => pda(utf8("vault_tokens"), vault.toBuffer()),
    ledgers: (vault: PublicKey) => pda(utf8("ledgers"), vault.toBuffer()),
    advances: (vault: PublicKey, recipientIndex: number) => pda(utf8("advances"), vault.toBuffer(), Buffer.from([recipientIndex])),
    credit: (vault: PublicKey, owner: PublicKey) => pda(utf8("credit"), vault.toBuffer(), owner.toBuffer()),
    track: (artist: PublicKey, trackId: bigint | number) => pda(utf8("track"), artist.toBuffer(), u64(trackId)),
    purchase: (track: PublicKey, beneficiary: PublicKey) => pda(utf8("purchase"), track.toBuffer(), beneficiary.toBuffer()),
    programData: () => PublicKey.findProgramAddressSync([programId.toBuffer()], BPF_LOADER_UPGRADEABLE)[0],
  };
}
