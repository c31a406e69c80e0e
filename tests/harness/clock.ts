import { Connection, SYSVAR_CLOCK_PUBKEY } from "@solana/web3.js";
import type { ClockState } from "./test-context";

/** Reads the Clock sysvar account (slot, epoch_start_timestamp, epoch, leader_schedule_epoch, unix_timestamp). */
export async function readClockSysvar(connection: Connection): Promise<ClockState> {
  const account = await connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY);
  if (!account || account.data.length < 40) throw new Error("Clock sysvar account is missing or short");
  return {
    slot: account.data.readBigUInt64LE(0),
    epoch: account.data.readBigUInt64LE(16),
    unixTimestamp: account.data.readBigInt64LE(32),
  };
}
