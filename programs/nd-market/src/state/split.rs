use anchor_lang::prelude::*;

use crate::{MarketError, MathResultExt, MAX_RECIPIENTS, NATIVE_MINT, RECIPIENT_SLOTS, VAULT_SLOTS};

#[derive(AnchorSerialize, AnchorDeserialize, InitSpace, Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub wallet: Pubkey,
    /// Current share; 0 for a retired slot, which keeps what it earned and can still claim it.
    pub share_ppm: u32,
}

/// Royalty split at ["split", creator, split_id (u64 LE)]. Recipient slots never move: a slot
/// index is the recipient's identity in every vault's ledgers and advance queues.
#[account]
#[derive(InitSpace)]
pub struct Split {
    pub creator: Pubkey,
    pub split_id: u64,
    pub controller: Pubkey,
    pub pending_controller: Option<Pubkey>,
    /// No share, controller or advance change once set.
    pub frozen: bool,
    pub recipients: [Recipient; RECIPIENT_SLOTS],
    pub recipient_count: u8,
    /// Mints with a vault for this split, in registration order (all-zero = native SOL).
    pub vaults: [Pubkey; VAULT_SLOTS],
    pub vault_count: u8,
    pub bump: u8,
}

impl Split {
    pub fn active_recipients(&self) -> &[Recipient] {
        self.recipients.get(..self.recipient_count as usize).unwrap_or(&[])
    }

    pub fn registered_vaults(&self) -> &[Pubkey] {
        self.vaults.get(..self.vault_count as usize).unwrap_or(&[])
    }

    /// Shares of the used slots, as the math wants them.
    pub fn shares(&self) -> Result<[nd_math::Ppm; RECIPIENT_SLOTS]> {
        let mut shares = [nd_math::Ppm::ZERO; RECIPIENT_SLOTS];
        for (s, r) in shares.iter_mut().zip(self.active_recipients()) {
            *s = nd_math::Ppm::new(r.share_ppm as u64).named()?;
        }
        Ok(shares)
    }

    pub fn recipient(&self, index: u8) -> Result<&Recipient> {
        self.active_recipients().get(index as usize).ok_or(error!(MarketError::RecipientIndexOutOfRange))
    }

    pub fn is_recipient(&self, wallet: &Pubkey) -> bool {
        self.active_recipients().iter().any(|r| r.wallet == *wallet)
    }

    pub fn register_vault(&mut self, mint: Pubkey) -> Result<()> {
        let slot = self.vaults.get_mut(self.vault_count as usize).ok_or(error!(MarketError::TooManyVaults))?;
        *slot = mint;
        self.vault_count += 1;
        Ok(())
    }

    /// Installs `listed` as the new recipient list: wallets already in a slot keep it, slots
    /// whose wallet is not listed are retired (share 0), new wallets take fresh slots at the end.
    #[inline(never)]
    pub fn apply_recipients(&mut self, listed: &[Recipient]) -> Result<()> {
        validate_recipient_list(listed)?;
        let mut next = self.clone();
        for slot in next.recipients.iter_mut().take(self.recipient_count as usize) {
            slot.share_ppm = 0;
        }
        for r in listed {
            let count = next.recipient_count as usize;
            match next.recipients.iter_mut().take(count).find(|s| s.wallet == r.wallet) {
                Some(slot) => slot.share_ppm = r.share_ppm,
                None => {
                    let slot = next.recipients.get_mut(count).ok_or(error!(MarketError::TooManyRecipients))?;
                    *slot = *r;
                    next.recipient_count += 1;
                }
            }
        }
        *self = next;
        Ok(())
    }
}

/// The rules for a recipient list given by a controller: 1..=32 wallets, none repeated or
/// all-zero, every share above zero, shares summing to exactly 1_000_000 ppm.
pub fn validate_recipient_list(listed: &[Recipient]) -> Result<()> {
    require!(!listed.is_empty(), MarketError::NoRecipients);
    require!(listed.len() <= MAX_RECIPIENTS as usize, MarketError::TooManyRecipients);
    let mut shares = [nd_math::Ppm::ZERO; RECIPIENT_SLOTS];
    for (i, r) in listed.iter().enumerate() {
        require!(r.wallet != NATIVE_MINT, MarketError::InvalidRecipient);
        require!(r.share_ppm > 0, MarketError::ZeroShare);
        require!(!listed.iter().skip(i + 1).any(|o| o.wallet == r.wallet), MarketError::DuplicateRecipient);
        if let Some(s) = shares.get_mut(i) {
            *s = nd_math::Ppm::new(r.share_ppm as u64).named()?;
        }
    }
    nd_math::validate_shares(shares.get(..listed.len()).unwrap_or(&[])).named()
}

/// Recipients given as `shares_ppm` in the instruction data and their wallets as the first
/// `shares_ppm.len()` remaining accounts (32 wallets only fit a transaction through an address
/// lookup table, which compresses account keys but not instruction data).
pub fn listed_recipients(wallets: &[AccountInfo], shares_ppm: &[u32]) -> Result<Vec<Recipient>> {
    require!(shares_ppm.len() <= MAX_RECIPIENTS as usize, MarketError::TooManyRecipients);
    require!(wallets.len() >= shares_ppm.len(), MarketError::LengthMismatch);
    Ok(wallets.iter().zip(shares_ppm).map(|(w, s)| Recipient { wallet: w.key(), share_ppm: *s }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wallet(n: u8) -> Pubkey {
        Pubkey::new_from_array([n; 32])
    }

    fn listed(entries: &[(u8, u32)]) -> Vec<Recipient> {
        entries.iter().map(|(w, s)| Recipient { wallet: wallet(*w), share_ppm: *s }).collect()
    }

    fn split_with(entries: &[(u8, u32)]) -> Split {
        let mut split = Split {
            creator: wallet(99),
            split_id: 0,
            controller: wallet(99),
            pending_controller: None,
            frozen: false,
            recipients: [Recipient::default(); RECIPIENT_SLOTS],
            recipient_count: 0,
            vaults: [Pubkey::default(); VAULT_SLOTS],
            vault_count: 0,
            bump: 0,
        };
        split.apply_recipients(&listed(entries)).unwrap();
        split
    }

    #[test]
    fn a_change_keeps_slots_retires_missing_wallets_and_appends_new_ones() {
        let mut split = split_with(&[(1, 500_000), (2, 300_000), (3, 200_000)]);
        split.apply_recipients(&listed(&[(3, 600_000), (4, 400_000)])).unwrap();
        let got: Vec<(Pubkey, u32)> = split.active_recipients().iter().map(|r| (r.wallet, r.share_ppm)).collect();
        assert_eq!(got, vec![(wallet(1), 0), (wallet(2), 0), (wallet(3), 600_000), (wallet(4), 400_000)]);
    }

    #[test]
    fn recipient_lists_follow_the_rules() {
        let err = |entries: &[(u8, u32)]| validate_recipient_list(&listed(entries)).unwrap_err();
        assert_eq!(err(&[]), error!(MarketError::NoRecipients));
        assert_eq!(err(&[(1, 500_000), (1, 500_000)]), error!(MarketError::DuplicateRecipient));
        assert_eq!(err(&[(1, 1_000_000), (2, 0)]), error!(MarketError::ZeroShare));
        assert_eq!(err(&[(1, 999_999)]), error!(MarketError::SharesMustSumToOneMillion));
        assert_eq!(err(&[(0, 1_000_000)]), error!(MarketError::InvalidRecipient));
        let many: Vec<(u8, u32)> = (1..=33).map(|i| (i, 1)).collect();
        assert_eq!(err(&many), error!(MarketError::TooManyRecipients));
    }

    #[test]
    fn slots_run_out_at_32_retired_ones_included() {
        let mut split = split_with(&(1..=32).map(|i| (i, if i == 1 { 1_000_000 - 31 } else { 1 })).collect::<Vec<_>>());
        assert_eq!(split.apply_recipients(&listed(&[(40, 1_000_000)])), Err(error!(MarketError::TooManyRecipients)));
        assert_eq!(split.recipient_count, 32);
    }
}
