//! Floating point: SBF has none, so the legaliser turns every operation, comparison and
//! conversion into a call to compiler-builtins' soft-float routines (and `as` casts into their
//! saturating form). `Rent` is where programs meet floats most.
use crate::codec::{Reader, Writer};
use core::cmp::Ordering;
use solana_rent::Rent;

fn ordering(o: Option<Ordering>) -> u8 {
    match o {
        Some(Ordering::Less) => 0,
        Some(Ordering::Equal) => 1,
        Some(Ordering::Greater) => 2,
        None => 3,
    }
}

pub fn f64_arith(r: &mut Reader, w: &mut Writer) {
    let (a, b): (f64, f64) = (r.get(), r.get());
    w.f64(a + b);
    w.f64(a - b);
    w.f64(a * b);
    w.f64(a / b);
    w.f64(a * b + a / b - b);
    // Sign-bit operations are exact even on NaN, so these are written raw.
    w.put(-a);
    w.put(a.abs());
    w.put(a.copysign(b));
}

pub fn f64_cmp(r: &mut Reader, w: &mut Writer) {
    let (a, b): (f64, f64) = (r.get(), r.get());
    for x in [
        a == b,
        a != b,
        a < b,
        a <= b,
        a > b,
        a >= b,
        a.is_nan(),
        a.is_finite(),
        a.is_sign_negative(),
    ] {
        w.flag(x);
    }
    w.put(ordering(a.partial_cmp(&b)));
    w.put(ordering(Some(a.total_cmp(&b))));
    w.flag(!(a < b) && !(a >= b));
}

/// `as` from f64 saturates: NaN -> 0, out of range -> the nearest bound.
pub fn f64_to_int(r: &mut Reader, w: &mut Writer) {
    let a: f64 = r.get();
    w.put(a as u64);
    w.put(a as i64);
    w.put(a as u32);
    w.put(a as i32);
    w.put(a as u16);
    w.put(a as i8);
    w.f32(a as f32);
    w.f64((a as f32) as f64);
}

pub fn int_to_float(r: &mut Reader, w: &mut Writer) {
    let a: u64 = r.get();
    w.f64(a as f64);
    w.f64(a as i64 as f64);
    w.f32(a as f32);
    w.f32(a as i64 as f32);
    w.f64(a as u32 as f64);
    w.f64(a as i32 as f64);
    w.f32(a as u8 as f32);
    w.f32(a as i16 as f32);
}

pub fn f32_arith(r: &mut Reader, w: &mut Writer) {
    let (a, b): (f32, f32) = (r.get(), r.get());
    w.f32(a + b);
    w.f32(a - b);
    w.f32(a * b);
    w.f32(a / b);
    for x in [a == b, a != b, a < b, a <= b, a > b, a >= b] {
        w.flag(x);
    }
    w.put(ordering(a.partial_cmp(&b)));
    w.f64(a as f64);
    w.put(a as u64);
    w.put(a as i32);
}

/// `Rent::minimum_balance` and `due_amount` with arbitrary parameters (bounded so that the
/// integer part cannot overflow, which would panic in solana-rent itself), plus the defaults.
pub fn rent(r: &mut Reader, w: &mut Writer) {
    let (per_byte_year, threshold, data_len, years): (u32, f64, u32, f64) =
        (r.get(), r.get(), r.get(), r.get());
    let rent = Rent {
        lamports_per_byte_year: per_byte_year as u64,
        exemption_threshold: threshold,
        burn_percent: 50,
    };
    let len = (data_len % (10 << 20)) as usize;
    let min = rent.minimum_balance(len);
    w.put(min);
    w.put(rent.due_amount(len, years));
    w.flag(rent.is_exempt(min, len));
    w.put(Rent::default().minimum_balance(len));
}
