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
