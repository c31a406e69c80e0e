import { AddressLookupTableAccount, PublicKey, TransactionInstruction, VersionedTransaction } from "@solana/web3.js";
import { ComputeBudgetOptions } from "../../instructions/compute-budget";
import * as ix from "../../instructions/market";
import { MarketProgram } from "../../market/program";
import { buildTransaction } from "../build-transaction";
import * as flows from "./flows";

export interface UnsignedTransactionOptions extends ComputeBudgetOptions {
  /** Fee payer (a wallet adapter signs for it). */
  readonly payer: PublicKey;
  readonly recentBlockhash: string;
  readonly addressLookupTables?: readonly AddressLookupTableAccount[];
}

type Flow<P> = (program: MarketProgram, params: P) => Promise<TransactionInstruction[]>;
export type UnsignedTransactionBuilder<P> = (program: MarketProgram, params: P, options: UnsignedTransactionOptions) => Promise<VersionedTransaction>;

/** A flow turned into an unsigned version-0 transaction builder. */
export function unsignedTransaction<P>(flow: Flow<P>): UnsignedTransactionBuilder<P> {
  return async (program, params, options) => buildTransaction({ ...options, instructions: await flow(program, params) });
}

const single =
  <P>(build: (program: MarketProgram, params: P) => Promise<TransactionInstruction>): Flow<P> =>
  async (program, params) => [await build(program, params)];

export const buildInitPlatformTransaction = unsignedTransaction(single(ix.initPlatformInstruction));
export const buildUpdatePlatformTransaction = unsignedTransaction(single(ix.updatePlatformInstruction));
export const buildSetPausedTransaction = unsignedTransaction(single(ix.setPausedInstruction));
export const buildProposeAuthorityTransaction = unsignedTransaction(single(ix.proposeAuthorityInstruction));
export const buildAcceptAuthorityTransaction = unsignedTransaction(single(ix.acceptAuthorityInstruction));

export const buildCreateSplitTransaction = unsignedTransaction(single(ix.createSplitInstruction));
export const buildOpenVaultTransaction = unsignedTransaction(single(ix.openVaultInstruction));
export const buildUpdateSplitTransaction = unsignedTransaction(single(ix.updateSplitInstruction));
export const buildFreezeSplitTransaction = unsignedTransaction(single(ix.freezeSplitInstruction));
export const buildProposeControllerTransaction = unsignedTransaction(single(ix.proposeControllerInstruction));
export const buildAcceptControllerTransaction = unsignedTransaction(single(ix.acceptControllerInstruction));
export const buildAddAdvanceTransaction = unsignedTransaction(single(ix.addAdvanceInstruction));

export const buildCreateTrackTransaction = unsignedTransaction(flows.createTrackInstructions);
export const buildUpdateTrackTransaction = unsignedTransaction(single(ix.updateTrackInstruction));
export const buildSetTrackStatusTransaction = unsignedTransaction(single(ix.setTrackStatusInstruction));
export const buildCloseTrackTransaction = unsignedTransaction(single(ix.closeTrackInstruction));

export const buildBuyTransaction = unsignedTransaction(single(ix.buyInstruction));
export const buildConfirmTransaction = unsignedTransaction(single(ix.confirmInstruction));
export const buildSettleTransaction = unsignedTransaction(single(ix.settleInstruction));
export const buildRefundTransaction = unsignedTransaction(single(ix.refundInstruction));
export const buildClosePurchaseTransaction = unsignedTransaction(single(ix.closePurchaseInstruction));

export const buildClaimTransaction = unsignedTransaction(flows.claimInstructions);
export const buildClaimFeesTransaction = unsignedTransaction(flows.claimFeesInstructions);
export const buildClaimCreditTransaction = unsignedTransaction(flows.claimCreditInstructions);
export const buildRouteStakingFeesTransaction = unsignedTransaction(single(ix.routeStakingFeesInstruction));
