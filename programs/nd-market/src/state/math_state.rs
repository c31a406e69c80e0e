//! Borsh mirrors of nd_math's state structs (nd_math has no dependencies, so it cannot derive
//! Anchor's traits); the math runs on the nd_math types, converted on the way in and out.
use anchor_lang::prelude::*;

use crate::RECIPIENT_SLOTS;

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct SplitAccumulator {
    /// Sum of every amount credited to the split in this vault's mint.
    pub acc: u128,
    /// `acc` when the current share epoch began.
    pub epoch_start: u128,
}

impl From<SplitAccumulator> for nd_math::SplitAccumulator {
    fn from(s: SplitAccumulator) -> Self {
        nd_math::SplitAccumulator { acc: s.acc, epoch_start: s.epoch_start }
    }
}

impl From<nd_math::SplitAccumulator> for SplitAccumulator {
    fn from(s: nd_math::SplitAccumulator) -> Self {
        SplitAccumulator { acc: s.acc, epoch_start: s.epoch_start }
    }
}

/// Packed to 8-byte alignment: a Ledgers account holds 32 of these (1.5 KiB), and LLVM 22's BPF
/// backend crashes copying a value that large with 16-byte alignment (u128's). The Borsh layout
/// and the IDL are those of the plain struct (booked: u128, claimed: u128, share_ppm: u32).
#[derive(InitSpace, Clone, Copy, Default, Debug, PartialEq, Eq)]
#[repr(C, packed(8))]
pub struct RecipientAccount {
    /// Entitlement from finished epochs (recipient 0 also gets each epoch's dust).
    pub booked: u128,
    /// Everything released for this recipient, advance repayments included.
    pub claimed: u128,
    pub share_ppm: u32,
}

// Borsh by value: references to the packed u128 fields would be unaligned.
impl AnchorSerialize for RecipientAccount {
    fn serialize<W: std::io::Write>(&self, writer: &mut W) -> std::io::Result<()> {
        let (booked, claimed, share_ppm) = (self.booked, self.claimed, self.share_ppm);
        booked.serialize(writer)?;
        claimed.serialize(writer)?;
        share_ppm.serialize(writer)
    }
}

impl AnchorDeserialize for RecipientAccount {
    fn deserialize_reader<R: std::io::Read>(reader: &mut R) -> std::io::Result<Self> {
        Ok(RecipientAccount {
            booked: u128::deserialize_reader(reader)?,
            claimed: u128::deserialize_reader(reader)?,
            share_ppm: u32::deserialize_reader(reader)?,
        })
    }
}

#[cfg(feature = "idl-build")]
impl anchor_lang::idl::build::IdlBuild for RecipientAccount {
    fn create_type() -> Option<anchor_lang::idl::types::IdlTypeDef> {
        use anchor_lang::idl::types::{IdlDefinedFields, IdlField, IdlSerialization, IdlType, IdlTypeDef, IdlTypeDefTy};
        let field = |name: &str, doc: &str, ty: IdlType| IdlField {
            name: name.into(),
            docs: if doc.is_empty() { vec![] } else { vec![doc.into()] },
            ty,
        };
        Some(IdlTypeDef {
            name: Self::get_full_path(),
            docs: vec![],
            serialization: IdlSerialization::default(),
            repr: None,
            generics: vec![],
            ty: IdlTypeDefTy::Struct {
                fields: Some(IdlDefinedFields::Named(vec![
                    field("booked", "Entitlement from finished epochs (recipient 0 also gets each epoch's dust).", IdlType::U128),
                    field("claimed", "Everything released for this recipient, advance repayments included.", IdlType::U128),
                    field("share_ppm", "", IdlType::U32),
                ])),
            },
        })
    }
}

impl From<RecipientAccount> for nd_math::RecipientAccount {
    fn from(r: RecipientAccount) -> Self {
        let (booked, claimed, share_ppm) = (r.booked, r.claimed, r.share_ppm);
        nd_math::RecipientAccount { booked, claimed, share_ppm }
    }
}

impl From<nd_math::RecipientAccount> for RecipientAccount {
    fn from(r: nd_math::RecipientAccount) -> Self {
        RecipientAccount { booked: r.booked, claimed: r.claimed, share_ppm: r.share_ppm }
    }
}

/// Converts the ledger entries for the math, element by element into the caller's array (never
/// as one 16-byte-aligned block copy, see RecipientAccount).
pub fn to_math_recipients(ledger: &[RecipientAccount; RECIPIENT_SLOTS], out: &mut [nd_math::RecipientAccount; RECIPIENT_SLOTS]) {
    for (o, r) in out.iter_mut().zip(ledger.iter()) {
        *o = (*r).into();
    }
}

pub fn from_math_recipients(math: &[nd_math::RecipientAccount; RECIPIENT_SLOTS], ledger: &mut [RecipientAccount; RECIPIENT_SLOTS]) {
    for (r, m) in ledger.iter_mut().zip(math.iter()) {
        *r = (*m).into();
    }
}

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Advance {
    /// Who is repaid (credited to their Credit account in this vault).
    pub beneficiary: Pubkey,
    pub outstanding: u64,
}

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct AdvanceQueue {
    /// `entries[..len]` are live, oldest first.
    pub entries: [Advance; nd_math::MAX_ADVANCES],
    pub len: u64,
}

impl From<AdvanceQueue> for nd_math::AdvanceQueue {
    fn from(q: AdvanceQueue) -> Self {
        let mut out = nd_math::AdvanceQueue::new();
        for (o, a) in out.entries.iter_mut().zip(q.entries.iter()) {
            *o = nd_math::Advance { beneficiary: a.beneficiary.to_bytes(), outstanding: a.outstanding };
        }
        out.len = q.len;
        out
    }
}

impl From<nd_math::AdvanceQueue> for AdvanceQueue {
    fn from(q: nd_math::AdvanceQueue) -> Self {
        let mut out = AdvanceQueue::default();
        for (o, a) in out.entries.iter_mut().zip(q.entries.iter()) {
            *o = Advance { beneficiary: Pubkey::new_from_array(a.beneficiary), outstanding: a.outstanding };
        }
        out.len = q.len;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipient_account_keeps_the_plain_borsh_layout() {
        let r = RecipientAccount { booked: u128::MAX - 1, claimed: 1 << 100, share_ppm: 333_334 };
        let bytes = r.try_to_vec().unwrap();
        let mut want = Vec::new();
        want.extend_from_slice(&(u128::MAX - 1).to_le_bytes());
        want.extend_from_slice(&(1u128 << 100).to_le_bytes());
        want.extend_from_slice(&333_334u32.to_le_bytes());
        assert_eq!(bytes, want);
        assert_eq!(RecipientAccount::INIT_SPACE, bytes.len());
        assert_eq!(RecipientAccount::try_from_slice(&bytes).unwrap(), r);
        assert!(core::mem::align_of::<RecipientAccount>() <= 8);
    }

    #[test]
    fn advance_queue_round_trips_through_the_math() {
        let mut q = nd_math::AdvanceQueue::new();
        q.push([7; 32], 500).unwrap();
        let stored: AdvanceQueue = q.into();
        assert_eq!(stored.entries[0].beneficiary, Pubkey::new_from_array([7; 32]));
        assert_eq!(nd_math::AdvanceQueue::from(stored), q);
    }
}
