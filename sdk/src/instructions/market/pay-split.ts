import { PublicKey, TransactionInstruction } from "@solana/web3.js";
import { isSolMint } from "../../market/decode";
import { MarketProgram } from "../../market/program";
import { SOL_MINT, findAssociatedTokenAddress, findCreditAddress, findPlatformAddress, findVaultAddress } from "../../pda";
import { SYSTEM_PROGRAM_ID } from "../../programs";
import { bn, eventAccounts, tokenProgramOf, tokenSide } from "./common";

export interface PaySplitParams {
  /** Signs and pays `amount + tip` (and the rent of a new referrer Credit). */
  readonly payer: PublicKey;
  readonly split: PublicKey;
  /** `SOL_MINT` for native SOL; the split must have a vault for it. */
  readonly mint: PublicKey;
  /** Booked like a sale's price: platform fee and referral come out of it. */
  readonly amount: bigint;
  /** Goes to the split in full. */
  readonly tip?: bigint;
  /** What the payment is for (recorded in `SplitPaid`); default the all-zero key. */
  readonly reference?: PublicKey;
  readonly referrer?: PublicKey | null;
  /** The referrer's rate, at most the platform's referral cap. */
  readonly referralBps?: number;
  /** Token mints: the mint's token program. */
  readonly tokenProgram?: PublicKey;
  /** Token mints: the account paid from (default: the payer's associated token account). */
  readonly payerTokens?: PublicKey;
}

/** `pay_split`: a payment into a split's vault booked as an instant sale, without a track or receipt. */
export function paySplitInstruction(program: MarketProgram, p: PaySplitParams): Promise<TransactionInstruction> {
  const programId = program.programId;
  const vault = findVaultAddress(programId, p.split, p.mint).address;
  const referrer = p.referrer ?? null;
  const payerTokens = isSolMint(p.mint) ? null : p.payerTokens ?? findAssociatedTokenAddress(p.payer, p.mint, tokenProgramOf(p.mint, p.tokenProgram));
  return program.methods
    .paySplit({
      amount: bn(p.amount),
      tip: bn(p.tip ?? 0n),
      reference: p.reference ?? SOL_MINT,
      referrer: referrer ?? SOL_MINT,
      referralBps: referrer ? p.referralBps ?? 0 : 0,
    })
    .accountsStrict({
      payer: p.payer,
      platform: findPlatformAddress(programId).address,
      vault,
      referrerCredit: referrer ? findCreditAddress(programId, vault, referrer).address : null,
      ...tokenSide(programId, vault, p.mint, p.tokenProgram),
      payerTokens,
      systemProgram: SYSTEM_PROGRAM_ID,
      ...eventAccounts(programId),
    })
    .instruction();
}
