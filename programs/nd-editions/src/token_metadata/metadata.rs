//! Reading the fields of a Token Metadata `Metadata` account that an update must carry over.
use anchor_lang::prelude::*;

use super::data::Creator;
use crate::{EditionsError, MAX_CREATORS};

/// `Metadata`'s leading fields (key, update authority, mint, then `Data`). Token Metadata pads
/// name, symbol and URI with NULs to their maximum lengths; they are returned without.
pub struct StoredMetadata {
    pub name: String,
    pub symbol: String,
    pub uri: String,
    pub seller_fee_basis_points: u16,
    pub creators: Vec<Creator>,
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        require!(self.0.len() >= n, EditionsError::UnreadableMetadata);
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?.first().copied().unwrap_or_default())
    }

    fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self) -> Result<String> {
        let len = self.u32()? as usize;
        let bytes = self.take(len)?;
        let text = core::str::from_utf8(bytes).map_err(|_| error!(EditionsError::UnreadableMetadata))?;
        Ok(text.trim_end_matches('\0').to_string())
    }

    fn pubkey(&mut self) -> Result<Pubkey> {
        let b = self.take(32)?;
        Ok(Pubkey::try_from(b).map_err(|_| error!(EditionsError::UnreadableMetadata))?)
    }
}

/// Key byte of a `MetadataV1` account.
const KEY_METADATA_V1: u8 = 4;

pub fn read_metadata(data: &[u8]) -> Result<StoredMetadata> {
    let mut r = Reader(data);
    require!(r.u8()? == KEY_METADATA_V1, EditionsError::UnreadableMetadata);
    r.take(64)?; // update authority, mint
    let name = r.string()?;
    let symbol = r.string()?;
    let uri = r.string()?;
    let seller_fee_basis_points = r.u16()?;
    let mut creators = Vec::new();
    if r.u8()? == 1 {
        let count = r.u32()?;
        require!(count <= MAX_CREATORS as u32, EditionsError::UnreadableMetadata);
        for _ in 0..count {
            let address = r.pubkey()?;
            let verified = r.u8()? == 1;
            let share = r.u8()?;
            creators.push(Creator { address, verified, share });
        }
    }
    Ok(StoredMetadata { name, symbol, uri, seller_fee_basis_points, creators })
}
