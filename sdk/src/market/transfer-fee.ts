import { PublicKey } from "@solana/web3.js";
import { TOKEN_2022_PROGRAM_ID } from "../programs";

/** One of a Token-2022 mint's two transfer-fee schedules. */
export interface TransferFee {
  /** First epoch this schedule applies in. */
  readonly epoch: bigint;
  readonly maximumFee: bigint;
  readonly basisPoints: number;
}

/** A Token-2022 mint's `TransferFeeConfig`: `newer` replaces `older` from `newer.epoch` on. */
export interface TransferFeeConfig {
  readonly older: TransferFee;
  readonly newer: TransferFee;
}

// Token-2022 layout: the 82-byte base mint padded to the 165-byte account size, one
// account-type byte, then type-length-value extensions (u16 type, u16 length).
const BASE_MINT_LEN = 82;
const EXTENSIONS_START = 166;
const TRANSFER_FEE_CONFIG = 1;
// Two 32-byte authorities and the withheld amount precede the schedules.
const OLDER_OFFSET = 72;
const SCHEDULE_LEN = 18;

/**
 * The mint's transfer-fee configuration, or null for a mint without one (SPL Token mints,
 * Token-2022 mints without the extension, native SOL).
 */
export function transferFeeConfigOf(owner: PublicKey, data: Uint8Array): TransferFeeConfig | null {
  if (!owner.equals(TOKEN_2022_PROGRAM_ID) || data.length <= BASE_MINT_LEN) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = EXTENSIONS_START; at + 4 <= data.length; ) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    if (type === TRANSFER_FEE_CONFIG) {
      const schedule = (offset: number): TransferFee => ({
        epoch: view.getBigUint64(body + offset, true),
        maximumFee: view.getBigUint64(body + offset + 8, true),
        basisPoints: view.getUint16(body + offset + 16, true),
      });
      return { older: schedule(OLDER_OFFSET), newer: schedule(OLDER_OFFSET + SCHEDULE_LEN) };
    }
    if (type === 0) break; // uninitialised padding
    at = body + length;
  }
  return null;
}

/** The schedule in force during `epoch`. */
export function transferFeeAt(config: TransferFeeConfig, epoch: bigint): TransferFee {
  return epoch >= config.newer.epoch ? config.newer : config.older;
}

/**
 * What the mint withholds from a transfer of `amount` during `epoch`:
 * `min(ceil(amount × bps / 10_000), maximumFee)`, as Token-2022 computes it.
 */
export function transferFeeFor(config: TransferFeeConfig | null, epoch: bigint, amount: bigint): bigint {
  if (config === null) return 0n;
  const fee = transferFeeAt(config, epoch);
  if (fee.basisPoints === 0 || amount === 0n) return 0n;
  const raw = (amount * BigInt(fee.basisPoints) + 9_999n) / 10_000n;
  return raw < fee.maximumFee ? raw : fee.maximumFee;
}

/**
 * The smallest amount to send so that `net` arrives after the transfer fee (Token-2022's
 * inverse fee calculation), for a payer who wants the recipient to receive an exact amount.
 */
export function grossForNet(config: TransferFeeConfig | null, epoch: bigint, net: bigint): bigint {
  if (config === null || net === 0n) return net;
  const fee = transferFeeAt(config, epoch);
  if (fee.basisPoints === 0) return net;
  if (fee.basisPoints === 10_000) return net + fee.maximumFee;
  const bps = BigInt(fee.basisPoints);
  // Smallest gross with gross − fee(gross) ≥ net; gross − fee(gross) never decreases as gross grows,
  // and the closed-form estimate (or the cap) is within a unit or two of it.
  const estimate = (net * 10_000n + (10_000n - bps) - 1n) / (10_000n - bps);
  const capped = net + fee.maximumFee;
  let gross = estimate < capped ? estimate : capped;
  while (gross - transferFeeFor(config, epoch, gross) < net) gross += 1n;
  while (gross > net && gross - 1n - transferFeeFor(config, epoch, gross - 1n) >= net) gross -= 1n;
  return gross;
}
