// Constructs the toolchain could not build at first ("gaps", see src/gaps.rs) are compiled in only
// when named in SBF_PROBE_GAPS (comma-separated), so the probe itself keeps building while each
// gap is a test of its own (tools/sbf/tests/differential-gaps.test.ts); constructs the toolchain
// must refuse (src/rejected.rs) are named in SBF_PROBE_REJECT the same way.
fn main() {
    println!("cargo::rerun-if-env-changed=SBF_PROBE_GAPS");
    println!("cargo::rerun-if-env-changed=SBF_PROBE_REJECT");
    for (var, cfg) in [("SBF_PROBE_GAPS", "sbf_probe_gap"), ("SBF_PROBE_REJECT", "sbf_probe_reject")] {
        println!("cargo::rustc-check-cfg=cfg({cfg}, values(any()))");
        for name in std::env::var(var).unwrap_or_default().split(',').filter(|g| !g.is_empty()) {
            println!("cargo::rustc-cfg={cfg}=\"{name}\"");
        }
    }
}
