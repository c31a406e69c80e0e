import { PublicKey } from "@solana/web3.js";
import { claim, entitlement, outstandingTotal } from "../quote";
import { AdvancesState, LedgersState, SplitState, VaultState, advanceQueueOf } from "./state";

/** What one recipient slot of a split can claim from one vault, exactly as `claim` would pay it. */
export interface RecipientClaim {
  readonly index: number;
  readonly wallet: PublicKey;
  readonly sharePpm: number;
  /** Everything this slot ever earned in the vault. */
  readonly entitlement: bigint;
  /** Released so far, advance repayments included. */
  readonly claimed: bigint;
  /** `entitlement − claimed` (capped at u64::MAX per claim): the claim's gross. */
  readonly claimable: bigint;
  /** Of `claimable`, what reaches the recipient after repaying advances. */
  readonly toRecipient: bigint;
  /** Of `claimable`, what goes to advance beneficiaries' Credit accounts, oldest advance first. */
  readonly repayments: readonly { readonly beneficiary: PublicKey; readonly amount: bigint }[];
  /** Advances still outstanding before this claim. */
  readonly outstandingAdvances: bigint;
}

/**
 * Per-recipient claimable amounts of `vault`, from the split's slots, the vault's accumulator,
 * its ledgers and the Advances accounts (by slot index) of slots with outstanding advances.
 */
export function recipientClaims(
  split: SplitState,
  vault: VaultState,
  ledgers: LedgersState,
  advances: ReadonlyMap<number, AdvancesState> = new Map(),
): RecipientClaim[] {
  return split.recipients.map((slot, index) => {
    const ledger = ledgers.recipients[index];
    const account = { ...ledger };
    const hasAdvances = (ledgers.advanceMask & (1 << index)) !== 0;
    if (hasAdvances && !advances.has(index)) throw new Error(`slot ${index} has advances: pass its Advances account`);
    const queue = advanceQueueOf(hasAdvances ? advances.get(index) ?? null : null);
    const outstandingAdvances = outstandingTotal(queue);
    const result = claim({ ...vault.accumulator }, account, queue);
    return {
      index,
      wallet: slot.wallet,
      sharePpm: slot.sharePpm,
      entitlement: entitlement(vault.accumulator, ledger),
      claimed: ledger.claimed,
      claimable: result.gross,
      toRecipient: result.toRecipient,
      repayments: result.repayments.entries.map((r) => ({ beneficiary: new PublicKey(r.beneficiary), amount: r.amount })),
      outstandingAdvances,
    };
  });
}

/**
 * Everything `vault` owes (`escrowed + fees + staking + credits + Σ unclaimed entitlements`);
 * the money it holds must never be less. Unbooked dust of the current epoch is not owed to
 * anyone yet and stays on top.
 */
export function vaultOwed(vault: VaultState, ledgers: LedgersState, recipientCount: number): bigint {
  let unclaimed = 0n;
  for (const ledger of ledgers.recipients.slice(0, recipientCount)) {
    unclaimed += entitlement(vault.accumulator, ledger) - ledger.claimed;
  }
  return vault.escrowed + vault.feesOwed + vault.stakingOwed + vault.creditsOwed + unclaimed;
}
