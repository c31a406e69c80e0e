//! What anchor-cli 0.32.1 does to a collected IDL before writing it: full module paths of types
//! become bare names where that is unambiguous, the lists are sorted by name, and the result is
//! checked for discriminator problems.
use anchor_lang_idl_spec::Idl;
use anyhow::{bail, Result};
use regex::Regex;

pub fn normalize(idl: Idl) -> Result<Idl> {
    let mut idl = shorten_paths(idl)?;
    idl.accounts.sort_by(|a, b| a.name.cmp(&b.name));
    idl.constants.sort_by(|a, b| a.name.cmp(&b.name));
    idl.events.sort_by(|a, b| a.name.cmp(&b.name));
    idl.instructions.sort_by(|a, b| a.name.cmp(&b.name));
    idl.types.sort_by(|a, b| a.name.cmp(&b.name));
    verify(&idl)?;
    Ok(idl)
}

/// `"crate::module::Name"` strings become `"Name"` unless another path also ends in `Name`.
/// Works on the compact JSON text, so every occurrence (definitions and references) changes.
fn shorten_paths(idl: Idl) -> Result<Idl> {
    let original = serde_json::to_string(&idl)?;
    let path = Regex::new(r#""(\w+::)+(\w+)""#)?;
    let mut text = original.clone();
    for found in path.captures_iter(&original) {
        let full = &found[0];
        let name = &found[2];
        let shortened = text.replace(full, &format!("\"{name}\""));
        let still_pathed = Regex::new(&format!(r#""(\w+::)+{name}""#))?;
        if !still_pathed.is_match(&shortened) {
            text = shortened;
        }
    }
    Ok(serde_json::from_str(&text)?)
}

fn verify(idl: &Idl) -> Result<()> {
    if let Some(account) = idl.accounts.iter().find(|a| a.name.contains("::")) {
        bail!(
            "Conflicting accounts names are not allowed.\nProgram: `{}`\nAccount: `{}`",
            idl.metadata.name,
            account.name
        );
    }
    let lists: [(&str, Vec<(&str, &[u8])>); 3] = [
        ("accounts", idl.accounts.iter().map(|a| (a.name.as_str(), a.discriminator.as_slice())).collect()),
        ("events", idl.events.iter().map(|e| (e.name.as_str(), e.discriminator.as_slice())).collect()),
        ("instructions", idl.instructions.iter().map(|i| (i.name.as_str(), i.discriminator.as_slice())).collect()),
    ];
    for (kind, items) in &lists {
        if let Some((name, _)) = items.iter().find(|(_, d)| d.is_empty()) {
            bail!("Empty discriminators are not allowed for {kind}: `{name}`");
        }
    }
    // A discriminator that is a prefix of another's makes the second unreachable.
    for (kind, items) in &lists {
        for (outer, outer_d) in items {
            if let Some((inner, _)) = items.iter().find(|(inner, inner_d)| inner != outer && outer_d.starts_with(inner_d)) {
                bail!("Ambiguous discriminators for {kind} `{outer}` and `{inner}`");
            }
        }
    }
    let accounts = &lists[0].1;
    if let Some((name, _)) = accounts.iter().find(|(_, d)| d.iter().all(|b| *b == 0)) {
        bail!("All zero account discriminators are not allowed (account: `{name}`)");
    }
    // An account whose discriminator starts with N zero bytes could pass for a fresh (`zero`)
    // account of a type whose discriminator is at most N bytes long.
    for (name, d) in accounts {
        let zeros = d.iter().take_while(|b| **b == 0).count();
        if let Some((other, _)) = accounts.iter().find(|(_, d2)| d2.len() <= zeros) {
            bail!("Accounts may allow substitution when used with the `zero` constraint: `{name}` `{other}`");
        }
    }
    Ok(())
}
