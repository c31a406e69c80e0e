//! Reassembles the IDL from the pieces the `__anchor_private_print_idl_*` tests print between
//! `--- IDL begin <kind> ---` / `--- IDL end <kind> ---` markers (program, address, constants,
//! events with their types, errors), as anchor-cli 0.32.1's IDL builder does.
use anchor_lang_idl_spec::{Idl, IdlConst, IdlErrorCode, IdlEvent, IdlTypeDef};
use anyhow::{anyhow, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

/// An event test prints the event and every type it uses.
#[derive(Deserialize)]
struct PrintedEvent {
    event: IdlEvent,
    types: Vec<IdlTypeDef>,
}

enum Section {
    Address,
    Const,
    Event,
    Errors,
    Program,
}

#[derive(Default)]
struct Pieces {
    address: String,
    constants: Vec<IdlConst>,
    events: Vec<IdlEvent>,
    errors: Vec<IdlErrorCode>,
    /// By name, so a type printed by several events is kept once (the last print wins).
    event_types: BTreeMap<String, IdlTypeDef>,
}

pub fn collect(stdout: &str) -> Result<Idl> {
    let mut pieces = Pieces::default();
    let mut idl: Option<Idl> = None;
    let mut open: Option<(Section, Vec<&str>)> = None;

    for line in stdout.lines() {
        if let Some((section, body)) = open.as_mut() {
            if let Section::Address = section {
                // Printed as a JSON string of a JSON string: keep only the base58 characters.
                pieces.address = line.chars().filter(|c| c.is_alphanumeric()).collect();
                open = None;
                continue;
            }
            let end = match section {
                Section::Const => "--- IDL end const ---",
                Section::Event => "--- IDL end event ---",
                Section::Errors => "--- IDL end errors ---",
                Section::Program => "--- IDL end program ---",
                Section::Address => unreachable!(),
            };
            if line != end {
                body.push(line);
                continue;
            }
            let text = body.join("\n");
            match section {
                Section::Const => pieces.constants.push(serde_json::from_str(&text).context("an IDL constant")?),
                Section::Event => {
                    let printed: PrintedEvent = serde_json::from_str(&text).context("an IDL event")?;
                    pieces.events.push(printed.event);
                    pieces.event_types.extend(printed.types.into_iter().map(|ty| (ty.name.clone(), ty)));
                }
                // A later error print replaces an earlier one, as in anchor-cli 0.32.1.
                Section::Errors => pieces.errors = serde_json::from_str(&text).context("the IDL errors")?,
                Section::Program => idl = Some(serde_json::from_str(&text).context("the IDL program")?),
                Section::Address => unreachable!(),
            }
            open = None;
            continue;
        }
        let section = match line {
            "--- IDL begin address ---" => Section::Address,
            "--- IDL begin const ---" => Section::Const,
            "--- IDL begin event ---" => Section::Event,
            "--- IDL begin errors ---" => Section::Errors,
            "--- IDL begin program ---" => Section::Program,
            _ => {
                // The end of a test binary that ran the print tests: what it printed so far belongs
                // to the program IDL (test binaries that ran nothing report "0 passed; 0 failed; 0").
                if line.starts_with("test result: ok") && !line.starts_with("test result: ok. 0 passed; 0 failed; 0") {
                    if let Some(idl) = idl.as_mut() {
                        attach(idl, std::mem::take(&mut pieces));
                    }
                }
                continue;
            }
        };
        open = Some((section, Vec::new()));
    }
    idl.ok_or_else(|| anyhow!("IDL doesn't exist: the test output has no `--- IDL begin program ---` section"))
}

fn attach(idl: &mut Idl, pieces: Pieces) {
    idl.address = pieces.address;
    idl.constants = pieces.constants;
    idl.events = pieces.events;
    idl.errors = pieces.errors;
    // Program types override event types of the same name; the result is ordered by name.
    let mut types = pieces.event_types;
    types.extend(std::mem::take(&mut idl.types).into_iter().map(|ty| (ty.name.clone(), ty)));
    idl.types = types.into_values().collect();
}
