// Sends instructions whose account lists only fit a transaction through an address lookup table
// (a split with 32 recipient wallets), as a version-0 transaction.
import {
  AddressLookupTableAccount,
  AddressLookupTableProgram,
  Keypair,
  PublicKey,
  TransactionInstruction,
  TransactionMessage,
  VersionedTransaction,
} from "@solana/web3.js";
import type { SentTransaction, TestContext } from "../../harness";

const ADDRESSES_PER_EXTEND = 20;

/** Creates a lookup table holding `addresses` and waits until transactions may use it. */
export async function createLookupTable(ctx: TestContext, addresses: readonly PublicKey[]): Promise<AddressLookupTableAccount> {
  const payer = ctx.payer.publicKey;
  // The recent slot must be one the SlotHashes sysvar knows: a past slot.
  await nextSlot(ctx);
  const recentSlot = (await ctx.clock()).slot - 1n;
  const [create, table] = AddressLookupTableProgram.createLookupTable({ authority: payer, payer, recentSlot });
  await ctx.send([create]);
  for (let i = 0; i < addresses.length; i += ADDRESSES_PER_EXTEND) {
    const chunk = addresses.slice(i, i + ADDRESSES_PER_EXTEND);
    await ctx.send([AddressLookupTableProgram.extendLookupTable({ lookupTable: table, authority: payer, payer, addresses: [...chunk] })]);
  }
  // Addresses added in a slot become usable in the next one.
  await nextSlot(ctx);
  const info = await ctx.getAccount(table);
  if (!info) throw new Error(`lookup table ${table.toBase58()} was not created`);
  return new AddressLookupTableAccount({ key: table, state: AddressLookupTableAccount.deserialize(info.data) });
}

async function nextSlot(ctx: TestContext): Promise<void> {
  if (ctx.capabilities.clockWarp) return ctx.advanceClock({ slots: 1 });
  const start = (await ctx.clock()).slot;
  while ((await ctx.clock()).slot <= start) await new Promise((resolve) => setTimeout(resolve, 100));
}

export async function sendWithLookupTable(
  ctx: TestContext,
  ixs: TransactionInstruction[],
  signers: Keypair[],
  addresses: readonly PublicKey[],
): Promise<SentTransaction> {
  const table = await createLookupTable(ctx, addresses);
  const { blockhash } = await ctx.connection.getLatestBlockhash();
  const message = new TransactionMessage({ payerKey: ctx.payer.publicKey, recentBlockhash: blockhash, instructions: ixs }).compileToV0Message([table]);
  const tx = new VersionedTransaction(message);
  tx.sign([ctx.payer, ...signers]);
  return ctx.send(tx);
}
