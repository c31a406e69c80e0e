//! The differential probe's cases: pure functions over fixed-size records, compiled into the
//! `sbf-probe` program for SBF and into `sbf-probe-native` for the host. The TypeScript suite
//! (tools/sbf/tests/differential.test.ts) feeds both the same records and compares the bytes.
pub mod calls;
pub mod codec;
pub mod collections;
pub mod errors;
pub mod float;
pub mod gaps;
pub mod int;
pub mod memory;
pub mod panics;
pub mod rejected;
pub mod sync;
pub mod types;

use codec::{Reader, Writer};

/// A case reads exactly `input` bytes and writes exactly `output` bytes per record.
pub struct Case {
    pub name: &'static str,
    pub input: usize,
    pub output: usize,
    pub run: fn(&mut Reader, &mut Writer),
}

macro_rules! case {
    ($f:path, $input:expr, $output:expr) => {
        Case {
            name: stringify!($f),
            input: $input,
            output: $output,
            run: $f,
        }
    };
}

/// Indexed by the instruction's case number; names are `module::function`.
pub static CASES: &[Case] = &[
    case!(int::u64_arith, 16, 85),
    case!(int::i64_arith, 16, 85),
    case!(int::u128_arith, 32, 149),
    case!(int::i128_arith, 32, 149),
    case!(int::u64_divrem, 16, 52),
    case!(int::i64_divrem, 16, 52),
    case!(int::u128_divrem, 32, 100),
    case!(int::i128_divrem, 32, 100),
    case!(int::narrow_divrem, 16, 30),
    case!(int::u64_shift, 12, 66),
    case!(int::i64_shift, 12, 66),
    case!(int::u128_shift, 20, 130),
    case!(int::i128_shift, 20, 130),
    case!(int::u128_bits, 20, 165),
    case!(int::mul_div, 24, 59),
    case!(float::f64_arith, 16, 64),
    case!(float::f64_cmp, 16, 12),
    case!(float::f64_to_int, 8, 39),
    case!(float::int_to_float, 8, 48),
    case!(float::f32_arith, 8, 43),
    case!(float::rent, 24, 25),
    case!(calls::calls, 64, 264),
    case!(errors::errors, 9, 268),
    case!(types::type_ids, 10, 70),
    case!(collections::collections, 64, 685),
    case!(collections::hashmap, 64, 54),
    case!(collections::fmt_parse, 40, 384),
    case!(collections::u128_display, 32, 240),
    case!(memory::mem_ops, 40, 271),
    case!(memory::wide_copies, 10, 64),
    case!(sync::atomics, 20, 100),
    case!(panics::panics, 9, 8),
    #[cfg(sbf_probe_gap = "float_math")]
    case!(gaps::float_math, 16, 80),
    #[cfg(sbf_probe_gap = "int128_float")]
    case!(gaps::int128_float, 24, 48),
    #[cfg(sbf_probe_gap = "big_block")]
    case!(gaps::big_block, 9, 8),
    #[cfg(sbf_probe_gap = "big_match")]
    case!(gaps::big_match, 9, 8),
    #[cfg(sbf_probe_reject = "writable_static")]
    case!(rejected::writable_static, 8, 8),
    #[cfg(sbf_probe_reject = "big_frame")]
    case!(rejected::big_frame, 8, 8),
    #[cfg(sbf_probe_reject = "deep_calls")]
    case!(rejected::deep_calls, 8, 8),
];

/// Runs one record. A case that reads or writes a different size than its table entry says is
/// a bug in this crate, reported as loudly on SBF as natively.
pub fn run_one(case: &Case, input: &[u8], output: &mut [u8]) {
    let mut r = Reader::new(&input[..case.input]);
    let mut w = Writer::new(&mut output[..case.output]);
    (case.run)(&mut r, &mut w);
    if r.consumed() != case.input || w.written() != case.output {
        panic!(
            "case {} read {} of {} bytes and wrote {} of {}",
            case.name,
            r.consumed(),
            case.input,
            w.written(),
            case.output
        );
    }
}
