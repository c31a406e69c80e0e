//! Constructs the registry-only toolchain failed to build when the probe was written, each
//! behind its own `sbf_probe_gap` cfg (set through SBF_PROBE_GAPS, see build.rs) so that one
//! failing build does not hide the others' results. Each is a test of its own in
//! tools/sbf/tests/differential-gaps.test.ts, failing with the toolchain's diagnostics until the
//! legaliser handles it; a cheap one that passes then belongs in the main cases, an expensive
//! one (the oversized functions: slow builds, a three times larger program) stays here.
#[allow(unused_imports)]
use crate::codec::{Reader, Writer};

/// f64 rounding, roots and min/max: LLVM intrinsics (`llvm.floor`, `llvm.sqrt`, `llvm.minnum`,
/// ...) and `frem`, which the legaliser reports instead of calling compiler-builtins' libm.
#[cfg(sbf_probe_gap = "float_math")]
pub fn float_math(r: &mut Reader, w: &mut Writer) {
    let (a, b): (f64, f64) = (r.get(), r.get());
    for v in [
        a.floor(),
        a.ceil(),
        a.round(),
        a.trunc(),
        a.abs().sqrt(),
        // Which zero min/max return for (+0, -0) is unspecified (LLVM's minnum/maxnum); adding
        // +0.0 maps -0.0 to +0.0 so the comparison looks at the value only.
        a.min(b) + 0.0,
        a.max(b) + 0.0,
        a % b,
        a.mul_add(b, 1.0),
        a.powi(3),
    ] {
        w.f64(v);
    }
}

/// Conversions between f64 and 128-bit integers (`__floattidf`, `__fixunsdfti`, ...).
#[cfg(sbf_probe_gap = "int128_float")]
pub fn int128_float(r: &mut Reader, w: &mut Writer) {
    let (a, b): (u128, f64) = (r.get(), r.get());
    w.f64(a as f64);
    w.f64(a as i128 as f64);
    w.put(b as u128);
    w.put(b as i128);
}

/// Four copies of the tokens; nested, 4^k copies.
#[allow(unused_macros)]
macro_rules! rep4 {
    ($($t:tt)*) => { $($t)* $($t)* $($t)* $($t)* };
}

/// A function longer than SBPF's 16-bit jump offsets reach: one basic block of about 40,000
/// instructions inside a loop, so the loop's backward branch spans all of them. The toolchain
/// must split it; a branch whose offset silently wrapped would compute something else.
#[cfg(sbf_probe_gap = "big_block")]
#[inline(never)]
fn big_block_fn(mut x: u64, rounds: u64) -> u64 {
    use core::hint::black_box;
    for i in 0..rounds {
        rep4! { rep4! { rep4! { rep4! { rep4! { rep4! {
            x = black_box(x).rotate_left(7) ^ i;
            x = x.wrapping_mul(black_box(0x9e37_79b9_7f4a_7c15));
        } } } } } }
    }
    x
}

#[cfg(sbf_probe_gap = "big_block")]
pub fn big_block(r: &mut Reader, w: &mut Writer) {
    let (x, rounds): (u64, u8) = (r.get(), r.get());
    w.put(big_block_fn(x, rounds as u64 % 3));
}

/// A `match` arm per listed number, each a few hundred instructions.
#[allow(unused_macros)]
macro_rules! arms {
    ($sel:expr, $x:ident; $($n:literal)*) => {
        match $sel {
            $($n => {
                rep4! { rep4! { rep4! {
                    $x = core::hint::black_box($x).rotate_left($n % 63 + 1) ^ $n;
                    $x = $x.wrapping_add(core::hint::black_box($n * 0x0101_0101));
                } } }
            })*
            _ => $x = !$x,
        }
    };
}

/// The other shape of an oversized function: many ordinary blocks (a 128-arm `match`, about
/// 50,000 instructions), like a big instruction dispatcher after inlining.
#[cfg(sbf_probe_gap = "big_match")]
#[inline(never)]
fn big_match_fn(sel: u64, mut x: u64) -> u64 {
    for round in 0..2u64 {
        arms!((sel + round) % 130, x; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127);
    }
    x
}

#[cfg(sbf_probe_gap = "big_match")]
pub fn big_match(r: &mut Reader, w: &mut Writer) {
    let (sel, x): (u8, u64) = (r.get(), r.get());
    w.put(big_match_fn(sel as u64, x));
}
