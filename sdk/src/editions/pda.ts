import { PublicKey } from "@solana/web3.js";
import { ProgramAddress, findProgramAddress, seeds } from "../pda";

/** The editions program's PDAs (seeds as `programs/nd-editions/src/constants.rs` declares them). */
export const findDropAddress = (programId: PublicKey, masterMint: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("drop"), seeds.pubkey(masterMint)]);

/** The master mint of drop `dropId` created by `creator` (the signer of `create_drop`). */
export const findMasterMintAddress = (programId: PublicKey, creator: PublicKey, dropId: bigint | number): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("master_mint"), seeds.pubkey(creator), seeds.u64(dropId)]);

/** How many editions of `drop` a wallet has minted (per-wallet cap, presale allowance). */
export const findWalletMintsAddress = (programId: PublicKey, drop: PublicKey, wallet: PublicKey): ProgramAddress =>
  findProgramAddress(programId, [seeds.utf8("minted"), seeds.pubkey(drop), seeds.pubkey(wallet)]);

/**
 * The program's signer: mint authority of masters, owner of every master token, update authority
 * and verified creator (share 0) of every master and print it made.
 */
export const findEditionsAuthorityAddress = (programId: PublicKey): ProgramAddress => findProgramAddress(programId, [seeds.utf8("authority")]);
