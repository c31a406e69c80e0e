//! Writes the shared test vectors that the SDK's quote tests replay.
//!
//! `cargo run --release -p nd-math --example write_vectors -- tests/vectors/math.json`
//! (the path is taken relative to the current directory; run it from the
//! repository root). `tests/vectors.rs` fails when the committed file differs
//! from what this writes.

#[path = "../tests/support/vectors/mod.rs"]
mod vectors;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/vectors/math.json".to_string());
    let text = vectors::generate();
    if let Some(dir) = std::path::Path::new(&path).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        }
    }
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!(
        "wrote {} cases ({} bytes) to {path}",
        vectors::count_cases(&text),
        text.len()
    );
}
