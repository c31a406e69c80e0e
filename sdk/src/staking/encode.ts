import { BorshCoder, Idl } from "@coral-xyz/anchor";
import { PublicKey, TransactionInstruction } from "@solana/web3.js";
// bn.js directly: ESM cannot import `BN` by name from anchor's CommonJS build.
import BN from "bn.js";
import { NdStaking, ndStakingIdl } from "../idl";
import { camelCaseIdl } from "../idl-names";
import { findStakingEventAuthorityAddress } from "./pda";

export type StakingInstructionName = NdStaking["instructions"][number]["name"];

interface IdlAccountItem {
  readonly name: string;
  readonly writable?: boolean;
  readonly signer?: boolean;
  readonly address?: string;
}

let cached: { readonly idl: Idl; readonly coder: BorshCoder } | undefined;

/** The staking IDL in camelCase and its coder (names as in the generated `NdStaking` type). */
export function stakingCoder(): { readonly idl: Idl; readonly coder: BorshCoder } {
  if (!cached) {
    const idl = camelCaseIdl(ndStakingIdl as unknown as Idl);
    cached = { idl, coder: new BorshCoder(idl) };
  }
  return cached;
}

export const bn = (value: bigint | number): BN => new BN(BigInt(value).toString());

/**
 * One staking instruction: accounts in the IDL's order with its signer/writable flags (the
 * event-CPI accounts and fixed program addresses filled in), data from the IDL coder. Pure: no
 * network, no signing.
 */
export function stakingInstruction(
  programId: PublicKey,
  name: StakingInstructionName,
  accounts: Readonly<Record<string, PublicKey>>,
  args: Readonly<Record<string, unknown>>,
): TransactionInstruction {
  const { idl, coder } = stakingCoder();
  const ix = idl.instructions.find((i) => i.name === name);
  if (!ix) throw new Error(`nd_staking has no instruction ${name}`);
  const keys = (ix.accounts as readonly IdlAccountItem[]).map((item) => {
    const pubkey = accountFor(programId, item, accounts);
    return { pubkey, isSigner: item.signer === true, isWritable: item.writable === true };
  });
  return new TransactionInstruction({ programId, keys, data: coder.instruction.encode(name, args) });
}

function accountFor(programId: PublicKey, item: IdlAccountItem, accounts: Readonly<Record<string, PublicKey>>): PublicKey {
  const given = accounts[item.name];
  if (given) return given;
  if (item.name === "program") return programId;
  if (item.name === "eventAuthority") return findStakingEventAuthorityAddress(programId).address;
  if (item.address) return new PublicKey(item.address);
  throw new Error(`nd_staking: account \`${item.name}\` is required`);
}
