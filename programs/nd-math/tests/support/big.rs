//! Just enough unsigned big-integer arithmetic to keep exact rational
//! references in the sequence models: the crate itself needs none, but its
//! rounding has to be judged against the true fractions.

use std::cmp::Ordering;

/// Little-endian u32 limbs, no trailing zero limbs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Big(Vec<u32>);

impl Big {
    pub fn from_u128(mut v: u128) -> Big {
        let mut limbs = Vec::new();
        while v > 0 {
            limbs.push(v as u32);
            v >>= 32;
        }
        Big(limbs)
    }

    pub fn zero() -> Big {
        Big(Vec::new())
    }

    fn trim(mut self) -> Big {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }

    pub fn add(&self, other: &Big) -> Big {
        let n = self.0.len().max(other.0.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let s =
                *self.0.get(i).unwrap_or(&0) as u64 + *other.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        if carry > 0 {
            out.push(carry as u32);
        }
        Big(out).trim()
    }

    /// self − other; the caller guarantees self ≥ other.
    pub fn sub(&self, other: &Big) -> Big {
        assert!(self.cmp_big(other) != Ordering::Less, "Big::sub underflow");
        let mut out = Vec::with_capacity(self.0.len());
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let mut d = self.0[i] as i64 - *other.0.get(i).unwrap_or(&0) as i64 - borrow;
            borrow = 0;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            }
            out.push(d as u32);
        }
        Big(out).trim()
    }

    pub fn mul(&self, other: &Big) -> Big {
        if self.0.is_empty() || other.0.is_empty() {
            return Big::zero();
        }
        let mut out = vec![0u32; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.0.iter().enumerate() {
                let t = a as u64 * b as u64 + out[i + j] as u64 + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            let mut k = i + other.0.len();
            while carry > 0 {
                let t = out[k] as u64 + carry;
                out[k] = t as u32;
                carry = t >> 32;
                k += 1;
            }
        }
        Big(out).trim()
    }

    pub fn mul_u128(&self, v: u128) -> Big {
        self.mul(&Big::from_u128(v))
    }

    pub fn cmp_big(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// Several exact rationals over one shared, growing denominator: adding
/// `a × w_i / W` to every entry multiplies the denominator by `W` once.
#[derive(Clone, Debug)]
pub struct Shares {
    pub den: Big,
    pub num: Vec<Big>,
}

impl Shares {
    pub fn new(n: usize) -> Shares {
        Shares {
            den: Big::from_u128(1),
            num: vec![Big::zero(); n],
        }
    }

    /// Entry i gains `amount × weights[i] / total`.
    pub fn distribute(&mut self, amount: u128, weights: &[u128], total: u128) {
        assert!(total > 0);
        let scaled = self.den.mul_u128(amount);
        for (n, &w) in self.num.iter_mut().zip(weights) {
            *n = n.mul_u128(total).add(&scaled.mul_u128(w));
        }
        self.den = self.den.mul_u128(total);
    }

    /// |actual − value_i| ≤ tol.
    pub fn within(&self, i: usize, actual: u128, tol: u128) -> bool {
        let a = self.den.mul_u128(actual);
        let t = self.den.mul_u128(tol);
        let n = &self.num[i];
        a.cmp_big(&n.add(&t)) != Ordering::Greater && n.cmp_big(&a.add(&t)) != Ordering::Greater
    }

    /// floor(value_i), for messages.
    pub fn floor(&self, i: usize) -> u128 {
        // Binary search over u128 is enough for test diagnostics.
        let (mut lo, mut hi) = (0u128, u128::MAX);
        while lo < hi {
            let mid = lo + (hi - lo) / 2 + 1;
            if self.den.mul_u128(mid).cmp_big(&self.num[i]) != Ordering::Greater {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_matches_u128() {
        let a = Big::from_u128(u64::MAX as u128 * 12345);
        let b = Big::from_u128(987_654_321);
        assert_eq!(
            a.mul(&b),
            Big::from_u128(u64::MAX as u128 * 12345 * 987_654_321)
        );
        assert_eq!(
            a.add(&b),
            Big::from_u128(u64::MAX as u128 * 12345 + 987_654_321)
        );
        assert_eq!(
            a.sub(&b),
            Big::from_u128(u64::MAX as u128 * 12345 - 987_654_321)
        );
        let mut s = Shares::new(2);
        s.distribute(10, &[1, 2], 3);
        s.distribute(1, &[1, 1], 2);
        // 10/3 + 1/2 = 23/6 ≈ 3.83; 20/3 + 1/2 = 43/6 ≈ 7.17
        assert_eq!(s.floor(0), 3);
        assert_eq!(s.floor(1), 7);
        assert!(s.within(0, 4, 1));
        assert!(!s.within(0, 5, 1));
    }
}
