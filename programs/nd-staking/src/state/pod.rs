use anchor_lang::prelude::*;

/// A u128 stored as its 16 little-endian bytes. Account data is only 8-byte aligned on SBF while
/// `u128` wants 16, so zero-copy accounts keep their 128-bit values in this byte-aligned form.
#[zero_copy]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PodU128 {
    pub le_bytes: [u8; 16],
}

impl PodU128 {
    pub const fn get(&self) -> u128 {
        u128::from_le_bytes(self.le_bytes)
    }
}

impl From<u128> for PodU128 {
    fn from(value: u128) -> Self {
        PodU128 {
            le_bytes: value.to_le_bytes(),
        }
    }
}
