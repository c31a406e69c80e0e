//! Royalty creators of a drop's master, taken from the split that receives its proceeds.
use anchor_lang::prelude::*;
use nd_market::Split;

use crate::token_metadata::Creator;
use crate::{EditionsError, MAX_CREATORS, PROGRAM_AUTHORITY};

/// The program authority (verified, share 0: it marks the master as made here) followed by the
/// split's largest recipients (at most 4; ties keep slot order), their ppm shares rescaled to
/// whole percents summing to 100: each gets floor(share × 100 / total) and the remainder goes to
/// the first (largest), the market's dust rule. Recipients rounding to 0 % are left out.
pub fn creators_from_split(split: &Split) -> Result<Vec<Creator>> {
    let mut ranked: Vec<(u32, Pubkey)> = split.active_recipients().iter().filter(|r| r.share_ppm > 0).map(|r| (r.share_ppm, r.wallet)).collect();
    // Stable: equal shares keep slot order.
    ranked.sort_by(|a, b| b.0.cmp(&a.0));
    ranked.truncate(MAX_CREATORS as usize - 1);
    let total: u64 = ranked.iter().map(|(s, _)| *s as u64).sum();
    let mut creators = vec![Creator { address: PROGRAM_AUTHORITY, verified: true, share: 0 }];
    let mut given = 0u64;
    for (share, wallet) in &ranked {
        let percent = nd_math::mul_div_floor(*share as u64, 100, total).map_err(|_| error!(EditionsError::MathOverflow))?;
        given += percent;
        creators.push(Creator { address: *wallet, verified: false, share: percent as u8 });
    }
    if let Some(first) = creators.get_mut(1) {
        first.share += (100 - given) as u8;
    }
    creators.retain(|c| c.address == PROGRAM_AUTHORITY || c.share > 0);
    Ok(creators)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nd_market::{Recipient, MAX_RECIPIENTS, MAX_VAULTS};

    fn split_of(shares: &[u32]) -> (Split, Vec<Pubkey>) {
        let wallets: Vec<Pubkey> = shares.iter().map(|_| Pubkey::new_unique()).collect();
        let mut recipients = [Recipient::default(); MAX_RECIPIENTS as usize];
        for (slot, (wallet, share)) in recipients.iter_mut().zip(wallets.iter().zip(shares)) {
            *slot = Recipient { wallet: *wallet, share_ppm: *share };
        }
        let split = Split {
            creator: Pubkey::new_unique(),
            split_id: 1,
            controller: Pubkey::new_unique(),
            pending_controller: None,
            frozen: false,
            recipients,
            recipient_count: shares.len() as u8,
            vaults: [Pubkey::default(); MAX_VAULTS as usize],
            vault_count: 0,
            bump: 255,
        };
        (split, wallets)
    }

    fn shares(creators: &[Creator]) -> Vec<(Pubkey, bool, u8)> {
        creators.iter().map(|c| (c.address, c.verified, c.share)).collect()
    }

    #[test]
    fn top_four_recipients_rescaled_to_whole_percents_with_the_remainder_to_the_largest() {
        let (split, w) = split_of(&[150_000, 300_000, 40_000, 250_000, 60_000, 200_000]);
        let got = shares(&creators_from_split(&split).unwrap());
        // 900k among the top four: floor(30/90·100)=33, 27, 22, 16 → 98; the 2 left go to the largest.
        assert_eq!(got, vec![(PROGRAM_AUTHORITY, true, 0), (w[1], false, 35), (w[3], false, 27), (w[5], false, 22), (w[0], false, 16)]);
    }

    #[test]
    fn one_recipient_gets_everything() {
        let (split, w) = split_of(&[1_000_000]);
        assert_eq!(shares(&creators_from_split(&split).unwrap()), vec![(PROGRAM_AUTHORITY, true, 0), (w[0], false, 100)]);
    }

    #[test]
    fn a_share_rounding_to_zero_percent_is_left_out_and_equal_shares_keep_slot_order() {
        let (split, w) = split_of(&[5_000, 497_500, 497_500]);
        // floor(5000/1e6·100) = 0: left out; 49 + 49 and the remainder 2 to the first of the tie.
        assert_eq!(shares(&creators_from_split(&split).unwrap()), vec![(PROGRAM_AUTHORITY, true, 0), (w[1], false, 51), (w[2], false, 49)]);
    }

    #[test]
    fn retired_slots_are_not_creators() {
        let (split, w) = split_of(&[0, 600_000, 400_000]);
        assert_eq!(shares(&creators_from_split(&split).unwrap()), vec![(PROGRAM_AUTHORITY, true, 0), (w[1], false, 60), (w[2], false, 40)]);
    }
}
