//! Panics: each variant must end the transaction and log `panicked at <file>:<line>:<col>:`
//! and the message, as programs built with the official toolchain do. Variant 0 does not panic.
use crate::codec::{Reader, Writer};
use core::cell::RefCell;
use core::hint::black_box;

pub fn panics(r: &mut Reader, w: &mut Writer) {
    let (variant, code): (u8, u64) = (r.get(), r.get());
    let out: u64 = match variant {
        0 => code.rotate_left(1),
        1 => panic!("probe panic {code}"),
        2 => (black_box(u128::MAX - code as u128) * black_box(2 + (code & 1) as u128)) as u64,
        3 => (black_box(code as i64) / black_box(0i64)) as u64,
        4 => {
            let v = black_box([1u64, 2, 3, 4]);
            v[black_box(4 + (code % 10) as usize)]
        }
        5 => black_box(None::<u64>).unwrap(),
        6 => format!("{code}x").parse::<u64>().expect("probe expect"),
        7 => (black_box(i128::MIN) / black_box(-1i128)) as u64,
        8 => std::panic::panic_any(format!("probe any {code}")),
        9 => {
            let cell = RefCell::new(code);
            let _held = cell.borrow_mut();
            let v = *cell.borrow();
            v
        }
        10 => u64::try_from(black_box(code as i128 - (1i128 << 64))).unwrap(),
        _ => code,
    };
    w.put(out);
}
