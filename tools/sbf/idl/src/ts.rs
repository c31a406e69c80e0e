//! The `target/types/<name>.ts` anchor-cli 0.32.1 writes: the IDL with every name-like string
//! value in lowerCamelCase (what @coral-xyz/anchor's TypeScript types expect), as a type.
use anchor_lang_idl_spec::Idl;
use anyhow::Result;
use heck::{ToLowerCamelCase, ToUpperCamelCase};
use regex::Regex;

pub fn idl_ts(idl: &Idl) -> Result<String> {
    let idl_name = &idl.metadata.name;
    let type_name = idl_name.to_upper_camel_case();
    let compact = serde_json::to_string(idl)?;

    // Every `"key":"word"` value, in order; each is replaced everywhere it appears as a whole
    // JSON string (keys included), exactly like anchor-cli's text-level conversion.
    let value = Regex::new(r#""\w+":"([\w\d]+)""#)?;
    let mut camel = compact.clone();
    for found in value.captures_iter(&compact) {
        let word = &found[1];
        if is_pubkey(word) {
            continue;
        }
        camel = camel.replace(&format!("\"{word}\""), &format!("\"{}\"", word.to_lower_camel_case()));
    }
    // Back through the IDL types, as anchor-cli does, so the layout is the IDL's own.
    let pretty = serde_json::to_string_pretty(&serde_json::from_str::<Idl>(&camel)?)?;

    Ok(format!(
        "/**\n * Program IDL in camelCase format in order to be used in JS/TS.\n *\n * Note that this is only a type helper and is not the actual IDL. The original\n * IDL can be found at `target/idl/{idl_name}.json`.\n */\nexport type {type_name} = {pretty};\n"
    ))
}

/// What `Pubkey::from_str` accepts: at most 44 characters of base58 decoding to 32 bytes.
fn is_pubkey(s: &str) -> bool {
    s.len() <= 44 && bs58::decode(s).into_vec().is_ok_and(|bytes| bytes.len() == 32)
}
