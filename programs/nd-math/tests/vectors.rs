//! The committed `tests/vectors/math.json` must be exactly what the Rust code
//! produces today; otherwise the SDK would be checked against stale numbers.

mod support;

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors/math.json")
}

#[test]
fn committed_vectors_match_the_rust_code() {
    let fresh = support::vectors::generate();
    let path = committed_path();
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}; run `cargo run --release -p nd-math --example write_vectors -- tests/vectors/math.json` from the repo root", path.display())
    });
    if committed != fresh {
        let line = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b);
        panic!(
            "tests/vectors/math.json is stale (first difference at line {}); regenerate it with \
             `cargo run --release -p nd-math --example write_vectors -- tests/vectors/math.json`",
            line.map_or_else(|| "end of file".to_string(), |l| (l + 1).to_string())
        );
    }
}

#[test]
fn generation_is_deterministic_and_big_enough() {
    let a = support::vectors::generate();
    assert_eq!(a, support::vectors::generate());
    let cases = support::vectors::count_cases(&a);
    assert!(cases >= 3_000, "only {cases} cases");
    // Every error code the crate can return is exercised by some vector, so
    // the SDK's error mapping is checked for each one it can meet.
    for code in [
        "BpsOutOfRange",
        "PpmOutOfRange",
        "FeeAboveCap",
        "ReferralAboveCap",
        "Overflow",
        "DivisionByZero",
        "NoRecipients",
        "TooManyRecipients",
        "SharesNotWhole",
        "LengthMismatch",
        "AdvanceQueueFull",
        "ZeroAmount",
        "ZeroPeriod",
        "ClockWentBackwards",
        "MultiplierOutOfRange",
        "TiersUnsorted",
        "InsufficientStake",
    ] {
        assert!(
            a.contains(&format!("\"err\":\"{code}\"")),
            "no vector expects {code}"
        );
    }
}
