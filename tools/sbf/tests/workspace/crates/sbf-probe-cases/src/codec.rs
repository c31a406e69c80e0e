//! Fixed-size little-endian records: every case reads exactly its input size and writes exactly
//! its output size, so a batch is a plain array of records on both sides.

pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }
    pub fn get<T: Le>(&mut self) -> T {
        T::read(self)
    }
    fn bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        out.copy_from_slice(&self.buf[self.pos..self.pos + N]);
        self.pos += N;
        out
    }
    pub fn consumed(&self) -> usize {
        self.pos
    }
}

pub struct Writer<'a> {
    buf: &'a mut [u8],
    pos: usize,
}

impl<'a> Writer<'a> {
    pub fn new(buf: &'a mut [u8]) -> Self {
        Writer { buf, pos: 0 }
    }
    pub fn put<T: Le>(&mut self, v: T) {
        v.write(self)
    }
    /// A presence byte, then the value (zero when absent), so `None` has a fixed size too.
    pub fn opt<T: Le + Default>(&mut self, v: Option<T>) {
        self.put(v.is_some() as u8);
        self.put(v.unwrap_or_default());
    }
    pub fn flag(&mut self, b: bool) {
        self.put(b as u8);
    }
    /// Arithmetic results: Rust leaves the sign and payload of a NaN result unspecified (x86 and
    /// the soft-float routines do differ), so every NaN is written as the one canonical pattern.
    pub fn f64(&mut self, v: f64) {
        self.put(if v.is_nan() {
            0x7ff8_0000_0000_0000u64
        } else {
            v.to_bits()
        });
    }
    pub fn f32(&mut self, v: f32) {
        self.put(if v.is_nan() {
            0x7fc0_0000u32
        } else {
            v.to_bits()
        });
    }
    /// `cap` bytes: the full length as u16, then as much of the text as fits, zero-padded.
    /// Keeping the full length makes a truncated difference still visible.
    pub fn text(&mut self, cap: usize, s: &str) {
        self.put(s.len() as u16);
        let n = s.len().min(cap - 2);
        self.buf[self.pos..self.pos + n].copy_from_slice(&s.as_bytes()[..n]);
        self.buf[self.pos + n..self.pos + cap - 2].fill(0);
        self.pos += cap - 2;
    }
    fn bytes(&mut self, b: &[u8]) {
        self.buf[self.pos..self.pos + b.len()].copy_from_slice(b);
        self.pos += b.len();
    }
    pub fn written(&self) -> usize {
        self.pos
    }
}

/// Plain little-endian values.
pub trait Le: Copy {
    fn read(r: &mut Reader) -> Self;
    fn write(self, w: &mut Writer);
}

macro_rules! le {
    ($($t:ty),*) => {$(
        impl Le for $t {
            fn read(r: &mut Reader) -> Self {
                <$t>::from_le_bytes(r.bytes::<{ core::mem::size_of::<$t>() }>())
            }
            fn write(self, w: &mut Writer) {
                w.bytes(&self.to_le_bytes())
            }
        }
    )*};
}
le!(u8, i8, u16, i16, u32, i32, u64, i64, u128, i128);

impl Le for f64 {
    fn read(r: &mut Reader) -> Self {
        f64::from_bits(r.get())
    }
    fn write(self, w: &mut Writer) {
        w.put(self.to_bits())
    }
}

impl Le for f32 {
    fn read(r: &mut Reader) -> Self {
        f32::from_bits(r.get())
    }
    fn write(self, w: &mut Writer) {
        w.put(self.to_bits())
    }
}
