// Constructs the toolchain cannot build yet ("gaps", see src/gaps.rs) are compiled in only when
// named in SBF_PROBE_GAPS (comma-separated), so the probe itself keeps building while each gap
// stays a failing test of its own (tools/sbf/tests/differential-gaps.test.ts).
fn main() {
    println!("cargo::rerun-if-env-changed=SBF_PROBE_GAPS");
    println!("cargo::rustc-check-cfg=cfg(sbf_probe_gap, values(any()))");
    for gap in std::env::var("SBF_PROBE_GAPS")
        .unwrap_or_default()
        .split(',')
        .filter(|g| !g.is_empty())
    {
        println!("cargo::rustc-cfg=sbf_probe_gap=\"{gap}\"");
    }
}
