//! alloc and std containers and formatting: BTreeMap, Vec, String, `format!` (integers, u128,
//! floats), parsing back, HashMap/HashSet with std's `RandomState` and `DefaultHasher`.
use crate::codec::{Reader, Writer};
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};

pub fn collections(r: &mut Reader, w: &mut Writer) {
    let v: [u64; 8] = core::array::from_fn(|_| r.get());
    let mut map: BTreeMap<u8, u64> = BTreeMap::new();
    for (i, x) in v.iter().enumerate() {
        *map.entry((x % 7) as u8).or_default() += (*x >> 40) + i as u64;
    }
    if let Some(k) = map.keys().nth(1).copied() {
        map.remove(&k);
    }
    w.text(200, &format!("{map:?}"));
    let mut sorted: Vec<u64> = v.iter().map(|x| x % 1000).collect();
    sorted.sort_unstable();
    sorted.dedup();
    w.put(sorted.len() as u8);
    w.put(sorted.iter().sum::<u64>());
    w.opt(sorted.binary_search(&(v[0] % 1000)).ok().map(|i| i as u8));
    let set: BTreeSet<i64> = v.iter().map(|x| (*x as i64) >> 50).collect();
    w.put(set.range(-100..100).count() as u8);
    let mut s = String::new();
    write!(
        s,
        "{:>12}|{:<6}|{:+}|{:#x}|{:o}",
        v[0] % 1_000_000,
        "ab",
        v[1] as i64,
        v[2],
        v[3] >> 40
    )
    .unwrap();
    let f = (v[4] >> 11) as f64 / 7.0;
    write!(s, "|{f}|{f:.3}|{f:e}|{:10.2e}", f * 1e-9).unwrap();
    let (p, q) = ((v[5] as u128) * (v[6] as u128), -((v[7] as i128) << 60));
    write!(s, "|{p}|{q:?}|{p:x}|{q:#X}").unwrap();
    w.text(400, &s);
    let digits: String = s
        .chars()
        .rev()
        .filter(|c| c.is_ascii_digit())
        .take(30)
        .collect();
    w.text(32, &digits);
    w.text(32, &s.to_uppercase()[..s.len().min(30)]);
    let words: Vec<&str> = s.split('|').collect();
    w.put(words.len() as u8);
    w.put(
        words
            .iter()
            .map(|x| x.trim().len() as u64)
            .max()
            .unwrap_or(0),
    );
}

/// HashMap and HashSet with `RandomState`, whose keys differ between runs natively and are
/// fixed on Solana: only order-independent results are written.
pub fn hashmap(r: &mut Reader, w: &mut Writer) {
    let v: [u64; 8] = core::array::from_fn(|_| r.get());
    let mut m: HashMap<u64, u32> = HashMap::new();
    for x in v {
        *m.entry(x % 5).or_insert(0) += (x >> 60) as u32 + 1;
    }
    w.put(m.len() as u8);
    for q in 0..6u64 {
        w.opt(m.get(&q).copied());
    }
    w.opt(m.remove(&(v[0] % 5)));
    let mut entries: Vec<(u64, u32)> = m.into_iter().collect();
    entries.sort_unstable();
    w.put(entries.iter().fold(0u64, |acc, (k, c)| {
        acc.wrapping_mul(31).wrapping_add(k * 1000 + *c as u64)
    }));
    let names: HashSet<String> = v.iter().map(|x| format!("n{}", x % 11)).collect();
    w.put(names.len() as u8);
    w.flag(names.contains(&format!("n{}", v[7] % 13)));
    // DefaultHasher::new() has fixed keys everywhere: SipHash-1-3 itself must agree.
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    "probe".hash(&mut h);
    w.put(h.finish());
}

/// u128 in decimal by repeated division by ten (128-bit `udiv`/`urem` by a constant), to check
/// std's Display (which divides by 10^19 through a 64-bit-halves multiply-high that LLVM turns
/// into a 256-bit multiply) against.
fn decimal(mut a: u128) -> String {
    let mut digits = Vec::with_capacity(40);
    loop {
        digits.push(b'0' + (a % 10) as u8);
        a /= 10;
        if a == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap()
}

/// Integer and float formatting and parsing (u128 Display divides by 10^19 in 128 bits, u128
/// parsing multiplies with overflow checks in 128 bits; float printing and parsing use
/// 64x64->128 multiplies).
pub fn fmt_parse(r: &mut Reader, w: &mut Writer) {
    let (a, b, c): (u128, i128, u64) = (r.get(), r.get(), r.get());
    let sa = a.to_string();
    let sb = b.to_string();
    w.text(48, &sa);
    w.text(48, &sb);
    w.flag(sa == decimal(a));
    w.flag(
        sb == if b < 0 {
            format!("-{}", decimal(b.unsigned_abs()))
        } else {
            decimal(b as u128)
        },
    );
    w.text(48, &format!("{b:+?}"));
    w.text(48, &format!("{a:>44}"));
    w.text(40, &format!("{a:x}"));
    w.flag(sa.parse::<u128>() == Ok(a));
    w.flag(sb.parse::<i128>() == Ok(b));
    w.opt(format!("{sa}9").parse::<u128>().ok());
    let f = f64::from_bits(c);
    let sf = format!("{f:?}");
    w.text(32, &sf);
    w.text(32, &format!("{f:e}"));
    w.text(48, &format!("{:.6}", f64::from_bits(c >> 2)));
    let back: Result<f64, _> = sf.parse();
    w.flag(back.map(|x| x.to_bits() == f.to_bits() || (x.is_nan() && f.is_nan())) == Ok(true));
    w.opt(
        sb.parse::<f64>()
            .ok()
            .map(|x| if x.is_nan() { u64::MAX } else { x.to_bits() }),
    );
    w.opt(sa.parse::<u64>().ok());
}

/// std's u128/i128 Display and Debug with padding and sign, on every kind of 128-bit value.
pub fn u128_display(r: &mut Reader, w: &mut Writer) {
    let (a, b): (u128, i128) = (r.get(), r.get());
    w.text(48, &a.to_string());
    w.text(48, &b.to_string());
    w.text(48, &format!("{b:+?}"));
    w.text(48, &format!("{a:>44}"));
    w.text(
        48,
        &format!("{:<41}|", ((a >> 64) as u64 as i128).wrapping_sub(b)),
    );
}
