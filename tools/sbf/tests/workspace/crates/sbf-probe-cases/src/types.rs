//! `TypeId` and `Any`: type identity through constant tables, `Box<dyn Any>` downcasts and
//! type names.
use crate::codec::{Reader, Writer};
use crate::errors::ProbeError;
use core::any::{type_name, Any, TypeId};
use std::error::Error;

struct Wrapper<T>(#[allow(dead_code)] T);

/// For each probed type: its id, its name, a boxed value of it, and "is this Any one of you".
struct Probe {
    id: fn() -> TypeId,
    name: fn() -> &'static str,
    make: fn(u64) -> Box<dyn Any>,
    is: fn(&dyn Any) -> bool,
    /// Reads the value back out of a `Box<dyn Any>` of this type.
    value: fn(&dyn Any) -> Option<u64>,
}

macro_rules! probes {
    ($($t:ty => |$v:ident| $make:expr, |$x:ident| $back:expr;)*) => {
        [$(Probe {
            id: TypeId::of::<$t>,
            name: type_name::<$t>,
            make: |$v| Box::new($make as $t),
            is: |a| a.is::<$t>(),
            value: |a| a.downcast_ref::<$t>().map(|$x| $back),
        }),*]
    };
}

fn probes() -> [Probe; 14] {
    probes! {
        u8 => |v| v as u8, |x| *x as u64;
        u64 => |v| v, |x| *x;
        i64 => |v| v as i64, |x| *x as u64;
        u128 => |v| (v as u128) << 64, |x| (*x >> 64) as u64;
        i128 => |v| -(v as i128), |x| (-*x) as u64;
        f64 => |v| (v >> 12) as f64, |x| *x as u64;
        String => |v| v.to_string(), |x| x.parse().unwrap_or(u64::MAX);
        &'static str => |v| if v & 1 == 1 { "odd" } else { "even" }, |x| x.len() as u64;
        Vec<u8> => |v| v.to_le_bytes().to_vec(), |x| x.iter().map(|b| *b as u64).sum();
        Box<dyn Error> => |v| Box::new(ProbeError { code: v }) as Box<dyn Error>, |x| x.downcast_ref::<ProbeError>().map_or(0, |p| p.code);
        ProbeError => |v| ProbeError { code: v }, |x| x.code;
        Option<u64> => |v| if v & 2 == 0 { Some(v) } else { None }, |x| x.unwrap_or(7);
        Wrapper<u8> => |v| Wrapper(v as u8), |_x| 1;
        Wrapper<u64> => |v| Wrapper(v), |_x| 2;
    }
}

pub fn type_ids(r: &mut Reader, w: &mut Writer) {
    let (i, j, v): (u8, u8, u64) = (r.get(), r.get(), r.get());
    let table = probes();
    let (a, b) = (
        &table[i as usize % table.len()],
        &table[j as usize % table.len()],
    );
    w.flag((a.id)() == (b.id)());
    w.flag((a.id)() == TypeId::of::<u64>());
    let boxed = (a.make)(v);
    w.flag((b.is)(&*boxed));
    w.opt((b.value)(&*boxed));
    w.opt((a.value)(&*boxed));
    w.flag(boxed.type_id() == (a.id)());
    w.text(48, (a.name)());
}
