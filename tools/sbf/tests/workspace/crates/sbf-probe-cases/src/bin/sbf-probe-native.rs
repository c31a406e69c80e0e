//! Host side of the differential suite: the same case functions the sbf-probe program runs.
//!
//! `sbf-probe-native table` prints `index name input output` per case.
//! `sbf-probe-native run` reads requests `[case u16][count u32][count input records]` from
//! stdin until EOF and writes, per record, `0` and the output record, or `1`, a u16 length
//! and the text the SBF program must log when it panics (`panicked at file:line:col:\nmsg`).
use sbf_probe_cases::{run_one, CASES};
use std::cell::RefCell;
use std::io::{Read, Write};
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Records the panic as Solana's panic handler prints it (PanicInfo's Display), instead of
/// printing it to stderr.
fn capture_panics() {
    panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "Box<dyn Any>".to_string());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("panicked at {location}:\n{message}")));
    }));
}

fn run(input: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
    let mut at = 0;
    while at < input.len() {
        let header = input.get(at..at + 6).ok_or("truncated request header")?;
        let case = u16::from_le_bytes([header[0], header[1]]) as usize;
        let count = u32::from_le_bytes([header[2], header[3], header[4], header[5]]) as usize;
        at += 6;
        let case = CASES.get(case).ok_or_else(|| format!("no case {case}"))?;
        let records = input
            .get(at..at + count * case.input)
            .ok_or_else(|| format!("{}: truncated records", case.name))?;
        at += count * case.input;
        let mut record = vec![0u8; case.output];
        for input in records.chunks_exact(case.input) {
            match panic::catch_unwind(AssertUnwindSafe(|| run_one(case, input, &mut record))) {
                Ok(()) => {
                    out.push(0);
                    out.extend_from_slice(&record);
                }
                Err(_) => {
                    let text = LAST_PANIC
                        .with(|p| p.borrow_mut().take())
                        .unwrap_or_default();
                    out.push(1);
                    out.extend_from_slice(&(text.len() as u16).to_le_bytes());
                    out.extend_from_slice(text.as_bytes());
                }
            }
        }
    }
    Ok(())
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    match mode.as_str() {
        "table" => {
            for (i, c) in CASES.iter().enumerate() {
                println!("{i} {} {} {}", c.name, c.input, c.output);
            }
        }
        "run" => {
            capture_panics();
            let mut input = Vec::new();
            std::io::stdin()
                .read_to_end(&mut input)
                .expect("reading stdin");
            let mut out = Vec::new();
            if let Err(e) = run(&input, &mut out) {
                eprintln!("sbf-probe-native: {e}");
                std::process::exit(2);
            }
            std::io::stdout().write_all(&out).expect("writing stdout");
        }
        _ => {
            eprintln!("usage: sbf-probe-native table | run < requests > results");
            std::process::exit(2);
        }
    }
}
