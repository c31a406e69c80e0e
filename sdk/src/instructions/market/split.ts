import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { MarketProgram } from "../../market/program";
import { findAdvancesAddress, findCreditAddress, findLedgersAddress, findSplitAddress, findVaultAddress } from "../../pda";
import { SYSTEM_PROGRAM_ID } from "../../programs";
import { VaultKey, bn, remaining, tokenSide, vaultAddress } from "./common";

export interface RecipientShare {
  readonly wallet: PublicKey;
  /** Parts per million; a split's shares add up to exactly 1_000_000. */
  readonly sharePpm: number;
}

export interface CreateSplitParams {
  /** Pays the rent and becomes the controller. */
  readonly creator: PublicKey;
  readonly splitId: bigint | number;
  readonly recipients: readonly RecipientShare[];
}

/** Recipient wallets travel as remaining accounts (one per share, in slot order). */
export function createSplitInstruction(program: MarketProgram, p: CreateSplitParams): Promise<TransactionInstruction> {
  return program.methods
    .createSplit(bn(p.splitId), p.recipients.map((r) => r.sharePpm))
    .accountsStrict({
      creator: p.creator,
      split: findSplitAddress(program.programId, p.creator, p.splitId).address,
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .remainingAccounts(remaining(p.recipients.map((r) => r.wallet), false))
    .instruction();
}

export interface OpenVaultParams extends VaultKey {
  /** Pays the rent of the Vault, its Ledgers and (tokens) its token account. */
  readonly payer: PublicKey;
}

export function openVaultInstruction(program: MarketProgram, p: OpenVaultParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vault = vaultAddress(programId, p);
  return program.methods
    .openVault(p.mint)
    .accountsStrict({
      payer: p.payer,
      split: p.split,
      vault,
      ledgers: findLedgersAddress(programId, vault).address,
      ...tokenSide(programId, vault, p.mint, p.tokenProgram),
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .instruction();
}

export interface UpdateSplitParams {
  readonly controller: PublicKey;
  readonly split: PublicKey;
  /** The new list: listed wallets keep their slot, unlisted ones retire, new ones append. */
  readonly recipients: readonly RecipientShare[];
  /** Every mint the split has a vault for, in registration order (`SplitState.vaultMints`). */
  readonly vaultMints: readonly PublicKey[];
}

export function updateSplitInstruction(program: MarketProgram, p: UpdateSplitParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vaultPairs = p.vaultMints.flatMap((mint) => {
    const vault = findVaultAddress(programId, p.split, mint).address;
    return [vault, findLedgersAddress(programId, vault).address];
  });
  return program.methods
    .updateSplit(p.recipients.map((r) => r.sharePpm))
    .accountsStrict({ controller: p.controller, split: p.split })
    .remainingAccounts([...remaining(p.recipients.map((r) => r.wallet), false), ...remaining(vaultPairs, true)])
    .instruction();
}

export function freezeSplitInstruction(program: MarketProgram, p: { readonly controller: PublicKey; readonly split: PublicKey }): Promise<TransactionInstruction> {
  return program.methods.freezeSplit().accountsStrict({ controller: p.controller, split: p.split }).instruction();
}

export function proposeControllerInstruction(
  program: MarketProgram,
  p: { readonly controller: PublicKey; readonly split: PublicKey; readonly newController: PublicKey },
): Promise<TransactionInstruction> {
  return program.methods.proposeController(p.newController).accountsStrict({ controller: p.controller, split: p.split }).instruction();
}

export function acceptControllerInstruction(
  program: MarketProgram,
  p: { readonly newController: PublicKey; readonly split: PublicKey },
): Promise<TransactionInstruction> {
  return program.methods.acceptController().accountsStrict({ newController: p.newController, split: p.split }).instruction();
}

export interface AddAdvanceParams {
  /** Signs and pays the rent of the Advances and Credit accounts when they are new. */
  readonly controller: PublicKey;
  /** The recipient's wallet, which signs to consent. */
  readonly recipient: PublicKey;
  readonly split: PublicKey;
  /** Mint of the vault the advance is repaid in. */
  readonly mint: PublicKey;
  readonly recipientIndex: number;
  readonly beneficiary: PublicKey;
  readonly amount: bigint;
}

export function addAdvanceInstruction(program: MarketProgram, p: AddAdvanceParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vault = findVaultAddress(programId, p.split, p.mint).address;
  return program.methods
    .addAdvance(p.recipientIndex, p.beneficiary, bn(p.amount))
    .accountsStrict({
      controller: p.controller,
      recipient: p.recipient,
      split: p.split,
      vault,
      ledgers: findLedgersAddress(programId, vault).address,
      advances: findAdvancesAddress(programId, vault, p.recipientIndex).address,
      beneficiaryCredit: findCreditAddress(programId, vault, p.beneficiary).address,
      systemProgram: SYSTEM_PROGRAM_ID,
    })
    .instruction();
}
