//! Memory builtins: the backend turns large copies, fills and comparisons into memcpy, memmove,
//! memset and memcmp/bcmp, which the toolchain routes to Solana's sol_mem* syscalls. Overlapping
//! moves in both directions and the sign of memcmp (slice ordering) are where that goes wrong.
use crate::codec::{Reader, Writer};
use core::cmp::Ordering;
use core::hint::black_box;

const N: usize = 256;

pub fn mem_ops(r: &mut Reader, w: &mut Writer) {
    let seed: [u64; 4] = core::array::from_fn(|_| r.get());
    let params: [u16; 4] = core::array::from_fn(|_| r.get());
    let mut buf = [0u8; N];
    for (i, b) in buf.iter_mut().enumerate() {
        *b = (seed[i % 4] >> ((i / 4 % 8) * 8)) as u8;
    }
    let original = buf;
    let len = params[0] as usize % (N / 2);
    let (src, dst) = (
        params[1] as usize % (N - len),
        params[2] as usize % (N - len),
    );
    buf.copy_within(src..src + len, dst);
    let fill_at = params[3] as usize % N;
    let fill_len = (params[3] as usize >> 8) % (N - fill_at);
    buf[fill_at..fill_at + fill_len].fill(seed[0] as u8);
    let mut copy = [0u8; N];
    copy.copy_from_slice(black_box(&buf));
    w.flag(copy == buf);
    let ord = |o: Ordering| o as i8;
    w.put(ord(buf[..].cmp(&original[..])));
    w.put(ord(buf[len..].cmp(&original[..N - len])));
    w.put(ord(
        black_box(&buf[dst..dst + len]).cmp(black_box(&original[src..src + len]))
    ));
    w.flag(buf[dst..dst + len] == original[src..src + len]);
    let mut v = buf.to_vec();
    v.rotate_left(len % N);
    v.truncate(N - fill_len);
    w.put(v.len() as u16);
    w.put(v.iter().fold(0u64, |h, b| h.rotate_left(5) ^ *b as u64));
    for b in buf {
        w.put(b);
    }
}

/// A value of `K` u128s: 16-byte aligned, so copying or zeroing it is a 16-byte aligned memcpy or
/// memset of `16 * K` bytes. LLVM's BPF backend expands such a call inline only for alignments up
/// to 8 and crashed on 1–2 KiB ones until the legaliser lowered their alignment.
#[derive(Clone, Copy)]
struct Wide<const K: usize>([u128; K]);

#[inline(never)]
fn wide<const K: usize>(seed: u64, salt: u16) -> Wide<K> {
    let mut v = Wide([0u128; K]);
    for (i, x) in v.0.iter_mut().enumerate() {
        *x = ((seed.rotate_left(i as u32) as u128) << 64) | (i as u128 * salt as u128);
    }
    v
}

#[inline(never)]
fn digest<const K: usize>(v: &Wide<K>) -> u64 {
    v.0.iter().fold(K as u64, |h, x| h.rotate_left(7) ^ (*x as u64) ^ ((*x >> 64) as u64))
}

/// Copied through black_box onto the heap: a memcpy into the stack, one out of it.
#[inline(never)]
fn boxed<const K: usize>(v: &Wide<K>) -> Box<Wide<K>> {
    Box::new(black_box(*v))
}

/// Copied back from the heap onto the stack.
#[inline(never)]
fn unboxed<const K: usize>(b: &Wide<K>, salt: u16, w: &mut Writer) {
    let c = black_box(*b);
    w.put(digest(&c));
    w.put(c.0[salt as usize % K]);
}

/// One round trip of a `Wide<K>` (each stage in its own frame: SBF frames hold 4 KiB): built and
/// returned by value, boxed, shifted in place, copied back.
#[inline(never)]
fn wide_round<const K: usize>(seed: u64, salt: u16, w: &mut Writer) {
    let a = wide::<K>(seed, salt);
    w.put(digest(&a));
    let mut b = boxed(&a);
    b.0.copy_within(1.., 0);
    b.0[K - 1] = u128::MAX ^ salt as u128;
    unboxed(&b, salt, w);
}

pub fn wide_copies(r: &mut Reader, w: &mut Writer) {
    let seed: u64 = r.get();
    let salt: u16 = r.get();
    wide_round::<65>(seed, salt, w);
    wide_round::<100>(seed ^ 0x9e37_79b9_7f4a_7c15, salt.rotate_left(3), w);
}
