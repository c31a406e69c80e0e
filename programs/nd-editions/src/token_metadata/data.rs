use anchor_lang::prelude::*;

/// A Token Metadata creator: `share` percent of royalties; `verified` only by its own signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Creator {
    pub address: Pubkey,
    pub verified: bool,
    pub share: u8,
}

/// The `DataV2` fields a drop sets; collection and uses are always None.
pub struct MetadataFields<'a> {
    pub name: &'a str,
    pub symbol: &'a str,
    pub uri: &'a str,
    pub seller_fee_basis_points: u16,
    pub creators: &'a [Creator],
}

/// Borsh writer for instruction data (little-endian integers, u32-length strings and vectors,
/// one tag byte for options).
pub(crate) struct Writer(pub Vec<u8>);

impl Writer {
    pub fn new(variant: u8, capacity: usize) -> Self {
        let mut out = Vec::with_capacity(capacity);
        out.push(variant);
        Writer(out)
    }

    pub fn u8(&mut self, v: u8) -> &mut Self {
        self.0.push(v);
        self
    }

    pub fn u16(&mut self, v: u16) -> &mut Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }

    pub fn u64(&mut self, v: u64) -> &mut Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        self.0.extend_from_slice(&(s.len() as u32).to_le_bytes());
        self.0.extend_from_slice(s.as_bytes());
        self
    }

    pub fn none(&mut self) -> &mut Self {
        self.u8(0)
    }

    /// `DataV2 { name, symbol, uri, seller_fee_basis_points, creators: Some(..), collection: None, uses: None }`.
    pub fn data_v2(&mut self, f: &MetadataFields) -> &mut Self {
        self.str(f.name).str(f.symbol).str(f.uri).u16(f.seller_fee_basis_points);
        self.u8(1);
        self.0.extend_from_slice(&(f.creators.len() as u32).to_le_bytes());
        for c in f.creators {
            self.0.extend_from_slice(c.address.as_ref());
            self.u8(c.verified as u8).u8(c.share);
        }
        self.none().none()
    }
}
