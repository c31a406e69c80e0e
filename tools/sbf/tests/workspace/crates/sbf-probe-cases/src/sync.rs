//! Atomics and the std synchronisation types built on them: the toolchain lowers atomics to plain
//! loads and stores (the SVM runs one thread), and std's no-threads Mutex/RwLock/OnceLock.
use crate::codec::{Reader, Writer};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicU8, Ordering::SeqCst};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

pub fn atomics(r: &mut Reader, w: &mut Writer) {
    let (a, b, c): (u64, u64, i32) = (r.get(), r.get(), r.get());
    let x = AtomicU64::new(a);
    w.put(x.fetch_add(b, SeqCst));
    w.put(x.fetch_max(b.rotate_left(7), SeqCst));
    w.put(x.fetch_xor(a >> 3, SeqCst));
    w.put(
        x.compare_exchange(b, a, SeqCst, SeqCst)
            .unwrap_or_else(|v| v.wrapping_mul(3)),
    );
    w.put(x.swap(c as u64, SeqCst));
    w.put(x.load(SeqCst));
    let y = AtomicI32::new(c);
    w.put(y.fetch_sub(a as i32, SeqCst));
    w.put(y.fetch_min(b as i32, SeqCst));
    w.put(y.load(SeqCst));
    let z = AtomicU8::new(a as u8);
    w.put(z.fetch_nand(b as u8, SeqCst));
    w.put(
        z.fetch_update(SeqCst, SeqCst, |v| v.checked_add(c as u8))
            .unwrap_or(0xee),
    );
    let f = AtomicBool::new(a & 1 == 1);
    w.flag(f.fetch_xor(b & 1 == 1, SeqCst));
    w.flag(f.load(SeqCst));
    let shared = Arc::new(Mutex::new(a));
    let other = Arc::clone(&shared);
    *other.lock().unwrap() ^= b;
    w.put(Arc::strong_count(&shared) as u8);
    drop(other);
    w.put(Arc::strong_count(&shared) as u8);
    w.put(*shared.lock().unwrap());
    let lock = RwLock::new(c);
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.read().unwrap();
        w.put(*r1 ^ *r2 ^ 5);
    }
    let mut guard = lock.write().unwrap();
    *guard = guard.wrapping_add(1);
    drop(guard);
    w.put(lock.into_inner().unwrap());
    let once = OnceLock::new();
    w.put(*once.get_or_init(|| a ^ b));
    w.put(*once.get_or_init(|| 0));
    let rc = Rc::new(c);
    let weak = Rc::downgrade(&rc);
    w.put(Rc::weak_count(&rc) as u8);
    drop(rc);
    w.flag(weak.upgrade().is_none());
}
