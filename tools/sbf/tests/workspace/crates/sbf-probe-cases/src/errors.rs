//! `Box<dyn Error>`: trait objects, `?` conversions, `source()` chains, downcasts, Display and
//! Debug through vtables.
use crate::codec::{Reader, Writer};
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
pub struct ProbeError {
    pub code: u64,
}

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "probe error {}", self.code)
    }
}

impl Error for ProbeError {}

#[derive(Debug)]
struct Context {
    what: String,
    source: Box<dyn Error>,
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.what)
    }
}

impl Error for Context {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&*self.source)
    }
}

/// Parses a number built from `code`: odd codes repeat their digits (often overflowing u64),
/// even ones get a stray letter.
fn parse(code: u64) -> Result<u64, ParseIntError> {
    let s = if code & 1 == 1 {
        format!("{code}{code}")
    } else {
        format!("{code}z")
    };
    s.parse()
}

fn make(code: u64, kind: u8, depth: u8) -> Result<u64, Box<dyn Error>> {
    match kind % 5 {
        0 => Ok(code.rotate_left(3)),
        1 => Err(Box::new(ProbeError { code })),
        2 => Ok(parse(code)?),
        3 if depth < 4 => {
            let inner = make(code / 3, (code % 4) as u8, depth + 1)
                .err()
                .unwrap_or_else(|| Box::new(ProbeError { code }));
            Err(Box::new(Context {
                what: format!("while handling {code:#x} at depth {depth}"),
                source: inner,
            }))
        }
        _ => Err(format!("plain message {}", code as i64).into()),
    }
}

pub fn errors(r: &mut Reader, w: &mut Writer) {
    let (code, kind): (u64, u8) = (r.get(), r.get());
    match make(code, kind, 0) {
        Ok(v) => {
            w.flag(true);
            w.put(v);
            w.text(64, "");
            w.text(64, "");
            w.put(0u8);
            w.opt::<u64>(None);
            w.flag(false);
            w.text(120, "");
        }
        Err(e) => {
            w.flag(false);
            w.put(0u64);
            w.text(64, &e.to_string());
            w.text(64, &e.source().map(|s| s.to_string()).unwrap_or_default());
            let mut depth = 0u8;
            let mut cur: Option<&dyn Error> = Some(&*e);
            while let Some(x) = cur {
                depth += 1;
                cur = x.source();
            }
            w.put(depth);
            w.opt(e.downcast_ref::<ProbeError>().map(|p| p.code));
            w.flag(e.is::<ParseIntError>());
            w.text(120, &format!("{e:?}"));
        }
    }
}
