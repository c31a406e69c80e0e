import { sha256 } from "@noble/hashes/sha256";
import { PublicKey } from "@solana/web3.js";
import { seeds } from "../pda";

/**
 * Allowlists for presales, exactly as the editions program checks them: leaf =
 * sha256(wallet ‖ allowance as u64 LE); a parent is sha256 of its two children in ascending byte
 * order (so proofs carry no left/right flags); an odd node at the end of a level moves up as is.
 */
export type Hash = Uint8Array;

export interface AllowlistEntry {
  readonly wallet: PublicKey;
  /** Editions the wallet may mint in the presale. */
  readonly allowance: bigint;
}

export interface Allowlist {
  readonly root: Hash;
  readonly entries: readonly AllowlistEntry[];
  /** The proof of `wallet`'s entry, or null if it is not on the list. */
  proofOf(wallet: PublicKey): { readonly allowance: bigint; readonly proof: Hash[] } | null;
}

export const allowlistLeaf = (wallet: PublicKey, allowance: bigint): Hash => sha256(concat(wallet.toBytes(), seeds.u64(allowance)));

function compare(a: Hash, b: Hash): number {
  for (let i = 0; i < 32; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export const merkleParent = (a: Hash, b: Hash): Hash => (compare(a, b) <= 0 ? sha256(concat(a, b)) : sha256(concat(b, a)));

/** Whether `proof` leads from `leaf` to `root`. */
export const verifyMerkleProof = (proof: readonly Hash[], root: Hash, leaf: Hash): boolean =>
  compare(proof.reduce<Hash>((node, sibling) => merkleParent(node, sibling), leaf), root) === 0;

/** Builds the tree of `entries` (each wallet at most once); the root goes into the drop's presale. */
export function buildAllowlist(entries: readonly AllowlistEntry[]): Allowlist {
  if (entries.length === 0) throw new Error("an allowlist needs at least one wallet");
  const index = new Map<string, number>();
  entries.forEach((e, i) => {
    const key = e.wallet.toBase58();
    if (index.has(key)) throw new Error(`wallet ${key} is listed twice`);
    index.set(key, i);
  });
  const levels: Hash[][] = [entries.map((e) => allowlistLeaf(e.wallet, e.allowance))];
  while (levels[levels.length - 1].length > 1) {
    const below = levels[levels.length - 1];
    const level: Hash[] = [];
    for (let i = 0; i < below.length; i += 2) level.push(i + 1 < below.length ? merkleParent(below[i], below[i + 1]) : below[i]);
    levels.push(level);
  }
  const root = levels[levels.length - 1][0];
  return {
    root,
    entries,
    proofOf(wallet) {
      const at = index.get(wallet.toBase58());
      if (at === undefined) return null;
      const proof: Hash[] = [];
      let i = at;
      for (const level of levels.slice(0, -1)) {
        const sibling = i % 2 === 0 ? i + 1 : i - 1;
        if (sibling < level.length) proof.push(level[sibling]);
        i = Math.floor(i / 2);
      }
      return { allowance: entries[at].allowance, proof };
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
