//! Deterministic generator of `tests/vectors/math.json`, the cases the SDK's
//! quote module must reproduce exactly.
//!
//! Shared by `examples/write_vectors.rs` (writes the file) and
//! `tests/vectors.rs` (regenerates in memory and compares), so the committed
//! file cannot drift from the Rust code. All integers are strings, since
//! JSON numbers lose precision above 2^53.
//!
//! Conventions the replaying side must follow:
//! * Raw rates and shares are turned into `Bps`/`Ppm` in the order they are
//!   listed in a case; the first failure is the expected error.
//! * `expect` is `{"ok": value}` or `{"err": "<MathError code>"}`.
//! * Sequence ops run in order on one state; a failing op leaves the state
//!   unchanged. `final` is the state after the last op.
//! * Beneficiaries are 32-byte ids written as 64 hex digits.

mod functions;
mod market;
mod staking;
mod util;

use nd_math::MathError;
use serde_json::Value;
use util::{s, Rng};

/// The whole vector file as text (deterministic; one case per line).
pub fn generate() -> String {
    let mut r = Rng(0x4E44_4D41_5448_0001); // "NDMATH" + version
    let sections: Vec<(&str, Vec<Value>)> = vec![
        ("mul_div", functions::mul_div_cases(&mut r)),
        ("rates", functions::rate_cases(&mut r)),
        ("fee_referral", functions::fee_cases(&mut r)),
        ("sale", functions::sale_cases(&mut r)),
        ("split", functions::split_cases(&mut r)),
        ("stake_helpers", functions::stake_helper_cases(&mut r)),
        (
            "market",
            (0..200).map(|_| market::market_case(&mut r)).collect(),
        ),
        (
            "staking",
            (0..250).map(|_| staking::staking_case(&mut r)).collect(),
        ),
    ];
    let mut out = String::from("{\n\"format\": \"nd-math test vectors v1\",\n");
    out.push_str("\"generator\": \"cargo run --release -p nd-math --example write_vectors -- tests/vectors/math.json\",\n");
    out.push_str(&format!(
        "\"error_codes\": {},\n",
        Value::Array(MathError::ALL.iter().map(|e| s(e.code())).collect())
    ));
    for (k, (name, cases)) in sections.iter().enumerate() {
        out.push_str(&format!("\"{name}\": [\n"));
        for (j, c) in cases.iter().enumerate() {
            out.push_str(&c.to_string());
            out.push_str(if j + 1 < cases.len() { ",\n" } else { "\n" });
        }
        out.push_str(if k + 1 < sections.len() {
            "],\n"
        } else {
            "]\n"
        });
    }
    out.push_str("}\n");
    out
}

/// Number of top-level cases, for reports.
pub fn count_cases(text: &str) -> usize {
    let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    v.as_object()
        .map(|o| {
            o.values()
                .filter_map(|x| x.as_array())
                .filter(|a| a.iter().all(Value::is_object))
                .map(Vec::len)
                .sum()
        })
        .unwrap_or(0)
}
