import {
  ASSOCIATED_TOKEN_PROGRAM_ID,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeAccount3Instruction,
  createInitializeMint2Instruction,
  createMintToCheckedInstruction,
  createTransferCheckedInstruction,
  getAccountLenForMint,
  getAssociatedTokenAddressSync,
  getMintLen,
  unpackAccount,
  unpackMint,
  Account as TokenAccountState,
  Mint as MintState,
} from "@solana/spl-token";
import { Keypair, PublicKey, Signer, SystemProgram } from "@solana/web3.js";
import { MintExtension, mintExtensionInstructions, mintExtensionTypes } from "./mint-extensions";
import type { SentTransaction } from "./sent-transaction";
import type { TestContext } from "./test-context";

export type TokenProgram = "spl-token" | "token-2022";

export function tokenProgramId(program: TokenProgram): PublicKey {
  return program === "token-2022" ? TOKEN_2022_PROGRAM_ID : TOKEN_PROGRAM_ID;
}

/** A mint created by a test, with the signer that can mint it. */
export interface TestMint {
  readonly address: PublicKey;
  readonly programId: PublicKey;
  readonly decimals: number;
  readonly authority: Signer;
}

export interface CreateMintOptions {
  readonly decimals?: number;
  readonly program?: TokenProgram;
  /** Mint authority; defaults to the context payer. */
  readonly authority?: Signer;
  readonly freezeAuthority?: PublicKey | null;
  /** Token-2022 only. */
  readonly extensions?: readonly MintExtension[];
  readonly keypair?: Keypair;
}

export async function createMint(ctx: TestContext, options: CreateMintOptions = {}): Promise<TestMint> {
  const extensions = options.extensions ?? [];
  const program = options.program ?? (extensions.length > 0 ? "token-2022" : "spl-token");
  if (extensions.length > 0 && program !== "token-2022") throw new Error("mint extensions need the token-2022 program");
  const programId = tokenProgramId(program);
  const keypair = options.keypair ?? Keypair.generate();
  const authority = options.authority ?? ctx.payer;
  const decimals = options.decimals ?? 6;
  const space = getMintLen(mintExtensionTypes(extensions));
  await ctx.send(
    [
      SystemProgram.createAccount({
        fromPubkey: ctx.payer.publicKey,
        newAccountPubkey: keypair.publicKey,
        lamports: Number(await ctx.rentExemptMinimum(space)),
        space,
        programId,
      }),
      ...mintExtensionInstructions(keypair.publicKey, extensions, authority.publicKey),
      createInitializeMint2Instruction(keypair.publicKey, decimals, authority.publicKey, options.freezeAuthority ?? null, programId),
    ],
    [keypair],
  );
  return { address: keypair.publicKey, programId, decimals, authority };
}

/** The owner's associated token account, created if missing (idempotent). */
export async function createAssociatedTokenAccount(
  ctx: TestContext,
  mint: Pick<TestMint, "address" | "programId">,
  owner: PublicKey,
  options: { allowOwnerOffCurve?: boolean } = {},
): Promise<PublicKey> {
  const address = getAssociatedTokenAddressSync(mint.address, owner, options.allowOwnerOffCurve ?? false, mint.programId);
  await ctx.send([
    createAssociatedTokenAccountIdempotentInstruction(
      ctx.payer.publicKey,
      address,
      owner,
      mint.address,
      mint.programId,
      ASSOCIATED_TOKEN_PROGRAM_ID,
    ),
  ]);
  return address;
}

/** A token account at a fresh keypair address (sized for the mint's extensions). */
export async function createTokenAccount(
  ctx: TestContext,
  mint: Pick<TestMint, "address" | "programId">,
  owner: PublicKey,
  keypair: Keypair = Keypair.generate(),
): Promise<PublicKey> {
  const space = getAccountLenForMint(await getMintState(ctx, mint));
  await ctx.send(
    [
      SystemProgram.createAccount({
        fromPubkey: ctx.payer.publicKey,
        newAccountPubkey: keypair.publicKey,
        lamports: Number(await ctx.rentExemptMinimum(space)),
        space,
        programId: mint.programId,
      }),
      createInitializeAccount3Instruction(keypair.publicKey, mint.address, owner, mint.programId),
    ],
    [keypair],
  );
  return keypair.publicKey;
}

export async function mintTo(ctx: TestContext, mint: TestMint, destination: PublicKey, amount: bigint): Promise<SentTransaction> {
  return ctx.send(
    [createMintToCheckedInstruction(mint.address, destination, mint.authority.publicKey, amount, mint.decimals, [], mint.programId)],
    [mint.authority],
  );
}

export async function transferChecked(
  ctx: TestContext,
  args: {
    mint: Pick<TestMint, "address" | "programId" | "decimals">;
    source: PublicKey;
    destination: PublicKey;
    owner: Signer;
    amount: bigint;
  },
): Promise<SentTransaction> {
  const { mint } = args;
  return ctx.send(
    [
      createTransferCheckedInstruction(
        args.source,
        mint.address,
        args.destination,
        args.owner.publicKey,
        args.amount,
        mint.decimals,
        [],
        mint.programId,
      ),
    ],
    [args.owner],
  );
}

export async function getMintState(ctx: TestContext, mint: Pick<TestMint, "address" | "programId">): Promise<MintState> {
  return unpackMint(mint.address, await ctx.getAccount(mint.address), mint.programId);
}

export async function getTokenAccountState(ctx: TestContext, account: PublicKey): Promise<TokenAccountState> {
  const info = await ctx.getAccount(account);
  if (!info) throw new Error(`token account ${account.toBase58()} does not exist`);
  return unpackAccount(account, info, info.owner);
}

/** Raw token amount held by a token account; a missing (closed) account holds 0. */
export async function tokenBalance(ctx: TestContext, account: PublicKey): Promise<bigint> {
  const info = await ctx.getAccount(account);
  if (!info) return 0n;
  return unpackAccount(account, info, info.owner).amount;
}
