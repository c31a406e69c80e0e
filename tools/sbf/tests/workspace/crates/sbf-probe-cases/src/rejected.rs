//! Constructs the toolchain must refuse, each behind its own `sbf_probe_reject` cfg (set through
//! SBF_PROBE_REJECT, see build.rs). tools/sbf/tests/diagnostics.test.ts builds the probe with
//! each and expects the build to fail naming the function and the construct, with no program
//! written. They are never run.
#![allow(unused_imports)] // each construct is compiled in alone
use crate::codec::{Reader, Writer};
use core::hint::black_box;

/// SBPF programs have no writable .data/.bss: a `static mut` would be shared by nothing and
/// reset on every call on a real cluster, so it is an error rather than a surprise.
#[cfg(sbf_probe_reject = "writable_static")]
static mut CALLS: u64 = 0;

#[cfg(sbf_probe_reject = "writable_static")]
pub fn writable_static(r: &mut Reader, w: &mut Writer) {
    let x: u64 = r.get();
    // SAFETY: the probe is single-threaded.
    unsafe {
        CALLS = CALLS.wrapping_add(x);
        w.put(core::ptr::read_volatile(&raw const CALLS));
    }
}

/// A 5 KiB local array: SBF frames hold 4 KiB.
#[cfg(sbf_probe_reject = "big_frame")]
#[inline(never)]
fn big_frame_fn(seed: u64) -> u64 {
    let mut a = [0u64; 640];
    for (i, x) in a.iter_mut().enumerate() {
        *x = black_box(seed).rotate_left(i as u32);
    }
    black_box(&mut a).iter().fold(0, |h, x| h ^ x)
}

#[cfg(sbf_probe_reject = "big_frame")]
pub fn big_frame(r: &mut Reader, w: &mut Writer) {
    let seed: u64 = r.get();
    w.put(big_frame_fn(seed));
}

/// A static chain of 70 calls: the SVM aborts programs nested deeper than 64 frames.
#[cfg(sbf_probe_reject = "deep_calls")]
pub fn deep_calls(r: &mut Reader, w: &mut Writer) {
    let x: u64 = r.get();
    w.put(depth_0(x));
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_70(x: u64) -> u64 {
    x
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_0(x: u64) -> u64 {
    black_box(depth_1(black_box(x).rotate_left(1)) ^ 0)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_1(x: u64) -> u64 {
    black_box(depth_2(black_box(x).rotate_left(1)) ^ 1)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_2(x: u64) -> u64 {
    black_box(depth_3(black_box(x).rotate_left(1)) ^ 2)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_3(x: u64) -> u64 {
    black_box(depth_4(black_box(x).rotate_left(1)) ^ 3)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_4(x: u64) -> u64 {
    black_box(depth_5(black_box(x).rotate_left(1)) ^ 4)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_5(x: u64) -> u64 {
    black_box(depth_6(black_box(x).rotate_left(1)) ^ 5)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_6(x: u64) -> u64 {
    black_box(depth_7(black_box(x).rotate_left(1)) ^ 6)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_7(x: u64) -> u64 {
    black_box(depth_8(black_box(x).rotate_left(1)) ^ 7)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_8(x: u64) -> u64 {
    black_box(depth_9(black_box(x).rotate_left(1)) ^ 8)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_9(x: u64) -> u64 {
    black_box(depth_10(black_box(x).rotate_left(1)) ^ 9)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_10(x: u64) -> u64 {
    black_box(depth_11(black_box(x).rotate_left(1)) ^ 10)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_11(x: u64) -> u64 {
    black_box(depth_12(black_box(x).rotate_left(1)) ^ 11)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_12(x: u64) -> u64 {
    black_box(depth_13(black_box(x).rotate_left(1)) ^ 12)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_13(x: u64) -> u64 {
    black_box(depth_14(black_box(x).rotate_left(1)) ^ 13)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_14(x: u64) -> u64 {
    black_box(depth_15(black_box(x).rotate_left(1)) ^ 14)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_15(x: u64) -> u64 {
    black_box(depth_16(black_box(x).rotate_left(1)) ^ 15)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_16(x: u64) -> u64 {
    black_box(depth_17(black_box(x).rotate_left(1)) ^ 16)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_17(x: u64) -> u64 {
    black_box(depth_18(black_box(x).rotate_left(1)) ^ 17)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_18(x: u64) -> u64 {
    black_box(depth_19(black_box(x).rotate_left(1)) ^ 18)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_19(x: u64) -> u64 {
    black_box(depth_20(black_box(x).rotate_left(1)) ^ 19)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_20(x: u64) -> u64 {
    black_box(depth_21(black_box(x).rotate_left(1)) ^ 20)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_21(x: u64) -> u64 {
    black_box(depth_22(black_box(x).rotate_left(1)) ^ 21)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_22(x: u64) -> u64 {
    black_box(depth_23(black_box(x).rotate_left(1)) ^ 22)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_23(x: u64) -> u64 {
    black_box(depth_24(black_box(x).rotate_left(1)) ^ 23)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_24(x: u64) -> u64 {
    black_box(depth_25(black_box(x).rotate_left(1)) ^ 24)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_25(x: u64) -> u64 {
    black_box(depth_26(black_box(x).rotate_left(1)) ^ 25)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_26(x: u64) -> u64 {
    black_box(depth_27(black_box(x).rotate_left(1)) ^ 26)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_27(x: u64) -> u64 {
    black_box(depth_28(black_box(x).rotate_left(1)) ^ 27)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_28(x: u64) -> u64 {
    black_box(depth_29(black_box(x).rotate_left(1)) ^ 28)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_29(x: u64) -> u64 {
    black_box(depth_30(black_box(x).rotate_left(1)) ^ 29)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_30(x: u64) -> u64 {
    black_box(depth_31(black_box(x).rotate_left(1)) ^ 30)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_31(x: u64) -> u64 {
    black_box(depth_32(black_box(x).rotate_left(1)) ^ 31)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_32(x: u64) -> u64 {
    black_box(depth_33(black_box(x).rotate_left(1)) ^ 32)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_33(x: u64) -> u64 {
    black_box(depth_34(black_box(x).rotate_left(1)) ^ 33)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_34(x: u64) -> u64 {
    black_box(depth_35(black_box(x).rotate_left(1)) ^ 34)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_35(x: u64) -> u64 {
    black_box(depth_36(black_box(x).rotate_left(1)) ^ 35)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_36(x: u64) -> u64 {
    black_box(depth_37(black_box(x).rotate_left(1)) ^ 36)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_37(x: u64) -> u64 {
    black_box(depth_38(black_box(x).rotate_left(1)) ^ 37)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_38(x: u64) -> u64 {
    black_box(depth_39(black_box(x).rotate_left(1)) ^ 38)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_39(x: u64) -> u64 {
    black_box(depth_40(black_box(x).rotate_left(1)) ^ 39)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_40(x: u64) -> u64 {
    black_box(depth_41(black_box(x).rotate_left(1)) ^ 40)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_41(x: u64) -> u64 {
    black_box(depth_42(black_box(x).rotate_left(1)) ^ 41)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_42(x: u64) -> u64 {
    black_box(depth_43(black_box(x).rotate_left(1)) ^ 42)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_43(x: u64) -> u64 {
    black_box(depth_44(black_box(x).rotate_left(1)) ^ 43)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_44(x: u64) -> u64 {
    black_box(depth_45(black_box(x).rotate_left(1)) ^ 44)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_45(x: u64) -> u64 {
    black_box(depth_46(black_box(x).rotate_left(1)) ^ 45)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_46(x: u64) -> u64 {
    black_box(depth_47(black_box(x).rotate_left(1)) ^ 46)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_47(x: u64) -> u64 {
    black_box(depth_48(black_box(x).rotate_left(1)) ^ 47)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_48(x: u64) -> u64 {
    black_box(depth_49(black_box(x).rotate_left(1)) ^ 48)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_49(x: u64) -> u64 {
    black_box(depth_50(black_box(x).rotate_left(1)) ^ 49)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_50(x: u64) -> u64 {
    black_box(depth_51(black_box(x).rotate_left(1)) ^ 50)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_51(x: u64) -> u64 {
    black_box(depth_52(black_box(x).rotate_left(1)) ^ 51)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_52(x: u64) -> u64 {
    black_box(depth_53(black_box(x).rotate_left(1)) ^ 52)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_53(x: u64) -> u64 {
    black_box(depth_54(black_box(x).rotate_left(1)) ^ 53)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_54(x: u64) -> u64 {
    black_box(depth_55(black_box(x).rotate_left(1)) ^ 54)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_55(x: u64) -> u64 {
    black_box(depth_56(black_box(x).rotate_left(1)) ^ 55)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_56(x: u64) -> u64 {
    black_box(depth_57(black_box(x).rotate_left(1)) ^ 56)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_57(x: u64) -> u64 {
    black_box(depth_58(black_box(x).rotate_left(1)) ^ 57)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_58(x: u64) -> u64 {
    black_box(depth_59(black_box(x).rotate_left(1)) ^ 58)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_59(x: u64) -> u64 {
    black_box(depth_60(black_box(x).rotate_left(1)) ^ 59)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_60(x: u64) -> u64 {
    black_box(depth_61(black_box(x).rotate_left(1)) ^ 60)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_61(x: u64) -> u64 {
    black_box(depth_62(black_box(x).rotate_left(1)) ^ 61)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_62(x: u64) -> u64 {
    black_box(depth_63(black_box(x).rotate_left(1)) ^ 62)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_63(x: u64) -> u64 {
    black_box(depth_64(black_box(x).rotate_left(1)) ^ 63)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_64(x: u64) -> u64 {
    black_box(depth_65(black_box(x).rotate_left(1)) ^ 64)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_65(x: u64) -> u64 {
    black_box(depth_66(black_box(x).rotate_left(1)) ^ 65)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_66(x: u64) -> u64 {
    black_box(depth_67(black_box(x).rotate_left(1)) ^ 66)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_67(x: u64) -> u64 {
    black_box(depth_68(black_box(x).rotate_left(1)) ^ 67)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_68(x: u64) -> u64 {
    black_box(depth_69(black_box(x).rotate_left(1)) ^ 68)
}

#[cfg(sbf_probe_reject = "deep_calls")]
#[inline(never)]
fn depth_69(x: u64) -> u64 {
    black_box(depth_70(black_box(x).rotate_left(1)) ^ 69)
}
