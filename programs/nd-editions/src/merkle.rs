//! Allowlist proofs. Leaf = sha256(wallet ‖ allowance as u64 LE), 40 bytes hashed; a parent is
//! sha256 of its two children in ascending byte order, 64 bytes hashed, so a proof needs no
//! left/right flags and a leaf can never pass for an inner node (their preimages differ in length).
use anchor_lang::prelude::*;
use solana_sha256_hasher::hashv;

pub fn leaf(wallet: &Pubkey, allowance: u64) -> [u8; 32] {
    hashv(&[wallet.as_ref(), &allowance.to_le_bytes()]).to_bytes()
}

pub fn parent(a: &[u8; 32], b: &[u8; 32]) -> [u8; 32] {
    if a <= b {
        hashv(&[a, b]).to_bytes()
    } else {
        hashv(&[b, a]).to_bytes()
    }
}

/// Whether `proof` leads from `leaf` to `root`.
pub fn verify(proof: &[[u8; 32]], root: &[u8; 32], leaf: [u8; 32]) -> bool {
    proof.iter().fold(leaf, |node, sibling| parent(&node, sibling)) == *root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proves_every_leaf_of_a_three_leaf_tree_and_nothing_else() {
        let wallets = [Pubkey::new_unique(), Pubkey::new_unique(), Pubkey::new_unique()];
        let leaves: Vec<[u8; 32]> = wallets.iter().enumerate().map(|(i, w)| leaf(w, i as u64 + 1)).collect();
        // An odd node is carried up unchanged.
        let ab = parent(&leaves[0], &leaves[1]);
        let root = parent(&ab, &leaves[2]);
        assert!(verify(&[leaves[1], leaves[2]], &root, leaves[0]));
        assert!(verify(&[leaves[0], leaves[2]], &root, leaves[1]));
        assert!(verify(&[ab], &root, leaves[2]));
        assert!(!verify(&[ab], &root, leaf(&wallets[2], 4)), "another allowance");
        assert!(!verify(&[leaves[1], leaves[2]], &root, leaf(&wallets[1], 1)), "another wallet's proof");
        assert!(!verify(&[], &root, ab), "an inner node is not a leaf");
    }
}
