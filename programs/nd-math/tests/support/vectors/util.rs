//! Deterministic PRNG and JSON helpers for the vector generator.

use nd_math::*;
use serde_json::{json, Value};

/// SplitMix64: tiny, fixed, and trivially portable, so the vector set is the
/// same on every machine and toolchain.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the tiny modulo bias is irrelevant here.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// Any u64, with edges and every magnitude well represented.
    pub fn amount(&mut self) -> u64 {
        const EDGES: [u64; 12] = [
            0,
            1,
            2,
            3,
            99,
            100,
            9_999,
            10_000,
            1_000_000,
            1 << 32,
            1 << 63,
            u64::MAX,
        ];
        match self.below(4) {
            0 => EDGES[self.below(EDGES.len() as u64) as usize],
            1 => u64::MAX - self.below(4),
            _ => {
                let bits = self.below(64) + 1;
                self.next() >> (64 - bits)
            }
        }
    }

    pub fn small(&mut self, max: u64) -> u64 {
        self.below(max + 1)
    }

    /// A rate that is usually valid (≤ limit) but sometimes is not.
    pub fn rate(&mut self, limit: u64) -> u64 {
        match self.below(10) {
            0 => limit,
            1 => limit + 1 + self.below(3),
            2 => self.amount(),
            3 => 0,
            _ => self.small(limit),
        }
    }

    /// `n` ppm shares adding to exactly 10^6.
    pub fn whole_shares(&mut self, n: usize) -> Vec<u64> {
        if n == 3 && self.chance(15) {
            return vec![333_333, 333_333, 333_334];
        }
        let mut cuts: Vec<u64> = (1..n).map(|_| self.small(1_000_000)).collect();
        cuts.sort_unstable();
        let mut prev = 0;
        let mut out = Vec::with_capacity(n);
        for c in cuts.into_iter().chain(std::iter::once(1_000_000)) {
            out.push(c - prev);
            prev = c;
        }
        out
    }

    /// Shares that are sometimes broken in one of the ways the API reports.
    pub fn any_shares(&mut self) -> Vec<u64> {
        match self.below(12) {
            0 => Vec::new(),
            1 => vec![31_250; 33],
            2 => {
                let n = 1 + self.below(5) as usize;
                let mut s = self.whole_shares(n);
                if let Some(x) = s.last_mut() {
                    *x += 1;
                }
                s
            }
            3 => vec![1_000_001],
            _ => {
                let n = 1 + self.below(32) as usize;
                self.whole_shares(n)
            }
        }
    }
}

pub fn s<T: ToString>(v: T) -> Value {
    Value::String(v.to_string())
}

pub fn strs<T: ToString + Copy>(v: &[T]) -> Value {
    Value::Array(v.iter().map(|x| s(*x)).collect())
}

pub fn expect<T>(r: Result<T, MathError>, ok: impl FnOnce(T) -> Value) -> Value {
    match r {
        Ok(v) => json!({ "ok": ok(v) }),
        Err(e) => json!({ "err": e.code() }),
    }
}

pub fn hex(b: &Beneficiary) -> Value {
    Value::String(b.iter().map(|x| format!("{x:02x}")).collect())
}

pub fn bps_all(raw: &[u64]) -> Result<Vec<Bps>, MathError> {
    raw.iter().map(|&v| Bps::new(v)).collect()
}

pub fn ppm_all(raw: &[u64]) -> Result<Vec<Ppm>, MathError> {
    raw.iter().map(|&v| Ppm::new(v)).collect()
}
