//! 128-bit and signed integer arithmetic: on SBF each of these becomes a legaliser helper call
//! (multiply, divide, remainder, variable shifts, `*.with.overflow`, signed division).
use crate::codec::{Reader, Writer};

macro_rules! arith {
    ($name:ident, $t:ty, $wide:ty) => {
        /// Multiply, add and subtract in every overflow flavour, and the widening multiply.
        pub fn $name(r: &mut Reader, w: &mut Writer) {
            let (a, b): ($t, $t) = (r.get(), r.get());
            w.put(a.wrapping_mul(b));
            w.opt(a.checked_mul(b));
            let (p, o) = a.overflowing_mul(b);
            w.put(p);
            w.flag(o);
            w.put(a.saturating_mul(b));
            w.opt(a.checked_add(b));
            let (s, o) = a.overflowing_add(b);
            w.put(s);
            w.flag(o);
            w.opt(a.checked_sub(b));
            w.put(a.abs_diff(b));
            w.put((a as $wide).wrapping_mul(b as $wide));
        }
    };
}
arith!(u64_arith, u64, u128);
arith!(i64_arith, i64, i128);
arith!(u128_arith, u128, u128);
arith!(i128_arith, i128, i128);

/// Division and remainder by a divisor that may be zero (or -1 under MIN): `checked_*` report
/// it instead of panicking, and the plain operators run on a divisor forced non-zero.
macro_rules! divrem {
    ($name:ident, $t:ty) => {
        pub fn $name(r: &mut Reader, w: &mut Writer) {
            let (a, b): ($t, $t) = (r.get(), r.get());
            w.opt(a.checked_div(b));
            w.opt(a.checked_rem(b));
            w.opt(a.checked_div_euclid(b));
            w.opt(a.checked_rem_euclid(b));
            let nz = if b == 0 { 7 } else { b };
            w.put(a.wrapping_div(nz));
            w.put(a.wrapping_rem(nz));
        }
    };
}
divrem!(u64_divrem, u64);
divrem!(i64_divrem, i64);
divrem!(u128_divrem, u128);
divrem!(i128_divrem, i128);

/// Narrow signed division: SBPF v0 has no signed division at all, so even 8- to 32-bit `sdiv`
/// goes through the 64-bit helper after sign extension.
pub fn narrow_divrem(r: &mut Reader, w: &mut Writer) {
    let (a, b): (i64, i64) = (r.get(), r.get());
    let (a32, b32, a16, b16, a8, b8) = (a as i32, b as i32, a as i16, b as i16, a as i8, b as i8);
    w.opt(a32.checked_div(b32));
    w.opt(a32.checked_rem(b32));
    w.opt(a16.checked_div(b16));
    w.opt(a16.checked_rem(b16));
    w.opt(a8.checked_div(b8));
    w.opt(a8.checked_rem(b8));
    w.opt((a as u32).checked_div(b as u32));
    w.opt((a as u32).checked_rem(b as u32));
}

/// Shifts by a variable amount (which may exceed the width: `checked_*` say so, `wrapping_*`
/// mask it) and rotations.
macro_rules! shift {
    ($name:ident, $t:ty) => {
        pub fn $name(r: &mut Reader, w: &mut Writer) {
            let (a, s): ($t, u32) = (r.get(), r.get());
            w.put(a.wrapping_shl(s));
            w.put(a.wrapping_shr(s));
            w.opt(a.checked_shl(s));
            w.opt(a.checked_shr(s));
            let k = s % <$t>::BITS;
            w.put(a << k);
            w.put(a >> k);
            w.put(a.rotate_left(s));
            w.put(a.rotate_right(s));
        }
    };
}
shift!(u128_shift, u128);
shift!(i128_shift, i128);
shift!(u64_shift, u64);
shift!(i64_shift, i64);

/// Bit counting, byte swaps, integer square root and powers of 128-bit values.
pub fn u128_bits(r: &mut Reader, w: &mut Writer) {
    let (a, e): (u128, u32) = (r.get(), r.get());
    w.put(a.leading_zeros());
    w.put(a.trailing_zeros());
    w.put(a.count_ones());
    w.put(a.swap_bytes());
    w.put(a.reverse_bits());
    w.put(a.isqrt());
    w.opt(a.checked_pow(e % 160));
    w.put(a.wrapping_pow(e % 160));
    w.opt(a.checked_ilog10());
    w.put((a as i128).signum());
    w.opt((a as i128).checked_abs());
    w.opt((a as i128).checked_neg());
    w.opt(a.checked_next_power_of_two());
}

/// The fee pattern programs use most: floor(a * b / d) in 128 bits, and the rounding-up variant.
pub fn mul_div(r: &mut Reader, w: &mut Writer) {
    let (a, b, d): (u64, u64, u64) = (r.get(), r.get(), r.get());
    let p = a as u128 * b as u128;
    w.opt(p.checked_div(d as u128).and_then(|q| u64::try_from(q).ok()));
    w.opt(
        p.checked_add((d as u128).saturating_sub(1))
            .and_then(|n| n.checked_div(d as u128)),
    );
    w.opt((p as i128).checked_div(-(d as i128)));
    w.put(p.div_ceil(d.max(1) as u128));
}
