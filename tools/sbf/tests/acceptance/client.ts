// The acceptance program as the suite and the bench use it: its built IDL, a typed client, its
// PDAs, and the token setup every vault needs.
import { Program } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { readFileSync } from "fs";
import { join } from "path";
import type { TestContext, TokenProgram } from "../../../../tests/harness";
import { TEST_WORKSPACE } from "../support/build-programs";
import type { NdAcceptance } from "../workspace/target/types/nd_acceptance";

export type { NdAcceptance };
export const LIB = "nd_acceptance";
/** From keys/nd_acceptance-keypair.json (= declare_id! = Anchor.toml; the build checks they agree). */
export const PROGRAM_ID = new PublicKey("F8dcLRUGK4Z1fotjFaPx3y6L2pnLQdBJHruQ4EMxCox2");
export const IDL_PATH = join(TEST_WORKSPACE, "target", "idl", `${LIB}.json`);
export const TYPES_PATH = join(TEST_WORKSPACE, "target", "types", `${LIB}.ts`);
/** Where `npm run build:programs -- --workspace tools/sbf/tests/workspace` puts the default (v3) build. */
export const DEFAULT_SO = join(TEST_WORKSPACE, "target", "deploy", `${LIB}.so`);

/**
 * The IDL the build generated, read when called (not imported) because the suite builds it first.
 * It is in anchor's snake_case form; `Program` camelCases it the same way the type is.
 */
export function loadIdl(): NdAcceptance {
  return JSON.parse(readFileSync(IDL_PATH, "utf8")) as NdAcceptance;
}

export function programIdOf(idl: NdAcceptance): PublicKey {
  return new PublicKey(idl.address);
}

export function acceptanceProgram(ctx: TestContext): Program<NdAcceptance> {
  return ctx.program(loadIdl());
}

const seed = (s: string) => Buffer.from(s);

export function vaultPda(programId: PublicKey, authority: PublicKey, mint: PublicKey): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([seed("vault"), authority.toBuffer(), mint.toBuffer()], programId);
}

export function positionPda(programId: PublicKey, vault: PublicKey, owner: PublicKey): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([seed("position"), vault.toBuffer(), owner.toBuffer()], programId);
}

export function notePda(programId: PublicKey, owner: PublicKey): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([seed("note"), owner.toBuffer()], programId);
}

/** Account sizes the program declares (discriminator included), for exact rent checks. */
export const VAULT_SPACE = 8 + 32 * 4 + 8 + 8 + 1;
export const POSITION_SPACE = 8 + 32 * 2 + 8 + 4 + 1;
export const noteSpace = (text: string) => 8 + 32 + 1 + 4 + Buffer.byteLength(text);

export const TOKEN_PROGRAMS: readonly TokenProgram[] = ["spl-token", "token-2022"];
