//! Calls BPF cannot express directly: more than 5 argument registers (a u128 takes two) and
//! returns wider than 64 bits, in functions that cannot be inlined (recursive, `#[inline(never)]`,
//! reached through fn pointers, vtables and `dyn Fn`). The legaliser passes those arguments in a
//! block and those results through a pointer; caller and callee must agree in every form.
use crate::codec::{Reader, Writer};
use core::hint::black_box;

/// Returned by value: 48 bytes, far beyond r0.
#[derive(Clone, Copy)]
pub struct Wide {
    pub x: u64,
    pub y: u128,
    pub z: u32,
    pub w: i16,
}

/// 16 bytes: rustc returns it as one i128.
#[derive(Clone, Copy)]
pub struct Pair(pub u64, pub u64);

const K: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline(never)]
fn args8(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64) -> u64 {
    a.wrapping_mul(K)
        ^ b.rotate_left(5)
        ^ c.wrapping_sub(d)
        ^ (e >> 3)
        ^ f.wrapping_mul(g | 1)
        ^ h.rotate_right(17)
}

/// Exactly 5 registers: the largest call BPF passes unchanged.
#[inline(never)]
fn args5(a: u64, b: u64, c: u64, d: u64, e: u64) -> u64 {
    a ^ b.wrapping_mul(3) ^ c.rotate_left(9) ^ d.wrapping_add(e)
}

/// Three arguments but six registers.
#[inline(never)]
fn three_u128(a: u128, b: u128, c: u128) -> u128 {
    a.wrapping_mul(b | 1) ^ c.rotate_left(33)
}

/// Four arguments plus the result pointer: five registers after the sret rewrite.
#[inline(never)]
fn ret_u128_4(a: u64, b: u64, c: u64, d: u64) -> u128 {
    ((a as u128) << 64 | b as u128).wrapping_mul(c as u128 | 1) ^ d as u128
}

#[inline(never)]
fn ret_u128_6(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u128 {
    ((a ^ c) as u128) << 64 | (b.wrapping_add(d).wrapping_mul(e | 1) ^ f) as u128
}

#[inline(never)]
fn mixed7(a: u8, b: i16, c: u32, d: i64, e: u128, f: f64, g: bool) -> Wide {
    let scaled = (f * 0.5) as i64;
    Wide {
        x: (a as u64).wrapping_mul(d as u64) ^ scaled as u64,
        y: e.wrapping_add(c as u128) ^ if g { u128::MAX } else { 0 },
        z: c.rotate_left(a as u32),
        w: b.wrapping_mul(3) ^ (g as i16),
    }
}

#[inline(never)]
fn pair6(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> Pair {
    Pair(a.wrapping_add(b).wrapping_add(c), d ^ e ^ f)
}

/// Not a tail call, and the combination is not associative, so LLVM can neither turn the
/// recursion into a loop nor inline it.
#[inline(never)]
fn recurse7(depth: u32, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u64 {
    if depth == 0 {
        return a ^ b.rotate_left(7) ^ c.wrapping_mul(3) ^ d ^ e.rotate_right(11) ^ f;
    }
    let r = recurse7(depth - 1, b, c.wrapping_add(depth as u64), d, e, f, a);
    r.rotate_left(9) ^ a.wrapping_mul(K) ^ (f >> 3)
}

#[inline(never)]
fn recurse_wide(depth: u32, a: u64, b: u64, c: u64, d: u64, e: u64) -> Wide {
    if depth == 0 {
        return Wide {
            x: a,
            y: (b as u128) << 64 | c as u128,
            z: d as u32,
            w: e as i16,
        };
    }
    let inner = recurse_wide(depth - 1, e, a, b.wrapping_mul(K), c, d ^ depth as u64);
    Wide {
        x: inner.x.rotate_left(3) ^ a,
        y: inner.y.wrapping_mul(3) ^ e as u128,
        z: inner.z ^ depth,
        w: inner.w.wrapping_add(1),
    }
}

type Fn8 = fn(u64, u64, u64, u64, u64, u64, u64, u64) -> u128;

fn via_ptr_a(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64) -> u128 {
    (args8(a, b, c, d, e, f, g, h) as u128) << 64 | (a ^ h) as u128
}
fn via_ptr_b(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64) -> u128 {
    (a as u128).wrapping_mul(b as u128) ^ ((c ^ d ^ e ^ f ^ g ^ h) as u128) << 3
}
fn via_ptr_c(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64) -> u128 {
    ret_u128_6(h, g, f, e, d, c) ^ (a.wrapping_sub(b) as u128)
}
/// A constant table of fn pointers (read-only data with relocations).
static FN8: [Fn8; 3] = [via_ptr_a, via_ptr_b, via_ptr_c];

type FnWide = fn(u8, i16, u32, i64, u128, f64, bool) -> Wide;

pub trait Mix {
    fn combine(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u128;
    fn wide(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64) -> Wide;
    fn pair(&self, a: u128, b: u128) -> Pair;
}

struct Plain(u64);
struct Big(u128);
struct Unit;

impl Mix for Plain {
    fn combine(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u128 {
        ret_u128_6(a ^ self.0, b, c, d, e, f)
    }
    fn wide(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64) -> Wide {
        mixed7(
            a as u8,
            b as i16,
            c as u32,
            d as i64,
            (e as u128) << 64 | f as u128,
            g as f64,
            self.0 & 1 == 1,
        )
    }
    fn pair(&self, a: u128, b: u128) -> Pair {
        Pair((a >> 64) as u64 ^ self.0, b as u64)
    }
}

impl Mix for Big {
    fn combine(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u128 {
        self.0.wrapping_mul(a as u128 | 1)
            ^ (b.wrapping_add(c) as u128)
            ^ ((d ^ e ^ f) as u128) << 64
    }
    fn wide(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64) -> Wide {
        Wide {
            x: a ^ b ^ c,
            y: self.0 ^ (d as u128) << 64 ^ e as u128,
            z: f as u32,
            w: g as i16,
        }
    }
    fn pair(&self, a: u128, b: u128) -> Pair {
        let s = a.wrapping_add(b).wrapping_add(self.0);
        Pair(s as u64, (s >> 64) as u64)
    }
}

impl Mix for Unit {
    fn combine(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u128 {
        three_u128(
            a as u128,
            (b as u128) << 64 | c as u128,
            (d ^ e ^ f) as u128,
        )
    }
    fn wide(&self, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64) -> Wide {
        recurse_wide((a % 5) as u32, b, c, d, e, f ^ g)
    }
    fn pair(&self, a: u128, b: u128) -> Pair {
        pair6(a as u64, (a >> 64) as u64, b as u64, (b >> 64) as u64, 1, 2)
    }
}

fn put_wide(w: &mut Writer, v: Wide) {
    w.put(v.x);
    w.put(v.y);
    w.put(v.z);
    w.put(v.w);
}

fn put_pair(w: &mut Writer, v: Pair) {
    w.put(v.0);
    w.put(v.1);
}

pub fn calls(r: &mut Reader, w: &mut Writer) {
    let v: [u64; 8] = core::array::from_fn(|_| r.get());
    let [a, b, c, d, e, f, g, h] = v;
    w.put(args8(a, b, c, d, e, f, g, h));
    w.put(args5(a, b, c, d, e));
    w.put(three_u128(
        (a as u128) << 64 | b as u128,
        c as u128,
        (d as u128) << 1,
    ));
    w.put(ret_u128_4(a, b, c, d));
    w.put(ret_u128_6(a, b, c, d, e, f));
    // f64 from integer bits would bring NaN payloads in; a finite value exercises the float
    // argument just as well.
    let fl = (g >> 11) as f64 - (h >> 12) as f64;
    put_wide(
        w,
        mixed7(
            a as u8,
            b as i16,
            c as u32,
            d as i64,
            (e as u128) << 64 | f as u128,
            fl,
            h & 1 == 1,
        ),
    );
    put_pair(w, pair6(a, b, c, d, e, f));
    w.put(recurse7((a % 24) as u32, b, c, d, e, f, g));
    put_wide(w, recurse_wide((b % 16) as u32, c, d, e, f, g));
    let p = black_box(FN8[(h % 3) as usize]);
    w.put(p(a, b, c, d, e, f, g, h));
    let pw: FnWide = black_box(mixed7);
    put_wide(
        w,
        pw(
            h as u8,
            g as i16,
            f as u32,
            e as i64,
            (d as u128) << 64 | c as u128,
            fl,
            a & 2 == 2,
        ),
    );
    let objects: [&dyn Mix; 3] = [&Plain(h), &Big((g as u128) << 64 | h as u128), &Unit];
    let m = black_box(objects[(a % 3) as usize]);
    w.put(m.combine(a, b, c, d, e, f));
    put_wide(w, m.wide(a, b, c, d, e, f, g));
    put_pair(
        w,
        m.pair((a as u128) << 64 | b as u128, (c as u128) << 64 | d as u128),
    );
    let closure = move |p: u64, q: u64, r: u64, s: u64, t: u64, u: u64| -> u64 {
        args8(p, q, r, s, t, u, h, g)
    };
    let dyn_fn: &dyn Fn(u64, u64, u64, u64, u64, u64) -> u64 = black_box(&closure);
    w.put(dyn_fn(a, b, c, d, e, f));
}
