//! `nd-idl write --idl-dir DIR --ts-dir DIR < cargo-test-stdout`: collects the IDL a program's
//! idl-build tests printed, normalises it as anchor-cli 0.32.1 does (short type names, sorted,
//! verified) and writes DIR/<name>.json and DIR/<name>.ts; prints {"name", "address"} as JSON.
//!
//! `nd-idl ts IDL.json`: prints the TypeScript type anchor-cli would write for that IDL.
mod collect;
mod normalize;
mod ts;

use anchor_lang_idl_spec::Idl;
use anyhow::{anyhow, bail, Context, Result};
use std::io::Read;
use std::path::PathBuf;

fn main() {
    if let Err(err) = run(std::env::args().skip(1).collect()) {
        eprintln!("nd-idl: {err:#}");
        std::process::exit(1);
    }
}

fn run(args: Vec<String>) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("write") => {
            let idl_dir = flag(&args, "--idl-dir")?;
            let ts_dir = flag(&args, "--ts-dir")?;
            let mut stdout = String::new();
            std::io::stdin().read_to_string(&mut stdout).context("reading the test output")?;
            let idl = normalize::normalize(collect::collect(&stdout)?)?;
            write(&idl, &idl_dir, &ts_dir)?;
            println!("{}", serde_json::json!({ "name": idl.metadata.name, "address": idl.address }));
            Ok(())
        }
        Some("ts") => {
            let path = args.get(1).ok_or_else(|| anyhow!("usage: nd-idl ts IDL.json"))?;
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
            let idl: Idl = serde_json::from_str(&text).with_context(|| format!("parsing {path}"))?;
            print!("{}", ts::idl_ts(&idl)?);
            Ok(())
        }
        _ => bail!("usage: nd-idl write --idl-dir DIR --ts-dir DIR < test-output | nd-idl ts IDL.json"),
    }
}

/// Both files named after the IDL's `metadata.name` (the `#[program]` module), as anchor names them.
fn write(idl: &Idl, idl_dir: &PathBuf, ts_dir: &PathBuf) -> Result<()> {
    std::fs::create_dir_all(idl_dir)?;
    std::fs::create_dir_all(ts_dir)?;
    let json_path = idl_dir.join(&idl.metadata.name).with_extension("json");
    // anchor-cli writes the pretty JSON without a trailing newline.
    std::fs::write(&json_path, serde_json::to_string_pretty(idl)?).with_context(|| format!("writing {}", json_path.display()))?;
    let ts_path = ts_dir.join(&idl.metadata.name).with_extension("ts");
    std::fs::write(&ts_path, ts::idl_ts(idl)?).with_context(|| format!("writing {}", ts_path.display()))?;
    Ok(())
}

fn flag(args: &[String], name: &str) -> Result<PathBuf> {
    let at = args.iter().position(|a| a == name).ok_or_else(|| anyhow!("missing {name}"))?;
    args.get(at + 1).map(PathBuf::from).ok_or_else(|| anyhow!("{name} needs a value"))
}
