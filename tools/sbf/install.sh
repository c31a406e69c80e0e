#!/usr/bin/env bash
# Installs the registry-only SBF toolchain (see tools/sbf/README.md) into the user cache,
# keyed by the versions and the content of everything under tools/sbf that shapes its output.
# Idempotent: a complete install is detected in well under a second.
set -euo pipefail
SBF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
paths=$(node "$SBF_DIR/lib/print-paths.mjs") || { echo "[toolchain] error: cannot compute the toolchain paths" >&2; exit 1; }
eval "$paths"   # TC_ROOT, SBPF_LINKER, SBPF_LINKER_VERSION, RUSTC_VERSION, LLVM_VERSION

started=$(date +%s)
step() { printf '[toolchain] %s\n' "$*"; }
die() { printf '[toolchain] error: %s\n' "$*" >&2; exit 1; }

if [[ -f "$TC_ROOT/.complete" && -x "$SBPF_LINKER" ]]; then
  step "ready: $TC_ROOT"
  exit 0
fi

# Two setups at once (two clones, parallel test runs) must not build into the same folder.
mkdir -p "$(dirname "$TC_ROOT")"
exec 9>"$TC_ROOT.lock"
flock 9
if [[ -f "$TC_ROOT/.complete" && -x "$SBPF_LINKER" ]]; then
  step "ready: $TC_ROOT (installed by a concurrent setup)"
  exit 0
fi

apt_packages=(rustc-web cargo-web rust-web-src "llvm-$LLVM_VERSION-dev" "llvm-$LLVM_VERSION" "clang-$LLVM_VERSION")
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  step "1/6 installing Debian packages: ${missing[*]}"
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || die "apt-get update failed; run it by hand and retry"
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed; run 'apt-get install ${missing[*]}' to see why"
else
  step "1/6 Debian packages present"
fi
/usr/bin/rustc --version | grep -q "rustc $RUSTC_VERSION" || die "/usr/bin/rustc is not $RUSTC_VERSION (package rustc-web); the std patch is for that version"

if [[ ! -x "$SBPF_LINKER" ]]; then
  step "2/6 cargo install sbpf-linker@$SBPF_LINKER_VERSION (a few minutes)"
  cargo install "sbpf-linker@$SBPF_LINKER_VERSION" --locked --root "$(dirname "$(dirname "$SBPF_LINKER")")" ||
    die "cargo install sbpf-linker@$SBPF_LINKER_VERSION failed (is crates.io reachable?)"
else
  step "2/6 sbpf-linker $SBPF_LINKER_VERSION present"
fi

work="$TC_ROOT.partial"
rm -rf "$work"
mkdir -p "$work"

step "3/6 patching Debian's std source for target_os = \"solana\""
src="/usr/src/rustc-$RUSTC_VERSION/library"
[[ -d "$src/std" ]] || die "$src not found (package rust-web-src)"
cp -r "$src" "$work/library"
(cd "$work" && patch -s -p1 < "$SBF_DIR/patches/std-solana.patch") || die "the std patch does not apply to $src"

step "4/6 building the sbf-solana sysroot (core, alloc, std; about a minute)"
mkdir -p "$work/sysroot-crate/src" "$work/sysroot/lib/rustlib/sbf-solana/lib"
cp "$SBF_DIR/spec/sbf-solana.json" "$work/sysroot/lib/rustlib/sbf-solana/target.json"
cat > "$work/sysroot-crate/Cargo.toml" <<'EOF'
[package]
name = "sbf-sysroot"
version = "0.0.0"
edition = "2021"
[profile.release]
opt-level = 3
codegen-units = 1
overflow-checks = true
EOF
echo '#![no_std]' > "$work/sysroot-crate/src/lib.rs"
(
  cd "$work/sysroot-crate"
  # __CARGO_TESTS_ONLY_SRC_ROOT points -Zbuild-std at the patched library; the result is
  # harvested into a sysroot so program builds never rebuild std.
  env -u RUSTFLAGS RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTC_BOOTSTRAP_SYNTHETIC_TARGET=1 \
    __CARGO_TESTS_ONLY_SRC_ROOT="$work/library" RUSTFLAGS="-Cembed-bitcode=yes -Cpanic=abort" \
    nice /usr/bin/cargo build -q --release --target "$SBF_DIR/spec/sbf-solana.json" \
    -Zbuild-std=std,panic_abort -Zjson-target-spec
) || die "building std for sbf-solana failed"
find "$work/sysroot-crate/target/sbf-solana/release/deps" -name '*.rlib' ! -name 'libsbf_sysroot-*' \
  -exec cp {} "$work/sysroot/lib/rustlib/sbf-solana/lib/" \;

step "5/6 building the legaliser (clang++-$LLVM_VERSION against llvm-$LLVM_VERSION-dev)"
cxxflags=$("llvm-config-$LLVM_VERSION" --cxxflags)
"clang++-$LLVM_VERSION" $cxxflags -O2 -fPIC -shared -o "$work/libSbfLegalise.so" "$SBF_DIR/legalise/SbfLegalise.cpp" ||
  die "building the legaliser plugin failed"
"clang-$LLVM_VERSION" --target=bpfel -O2 -ffreestanding -fno-builtin -emit-llvm -c \
  -o "$work/sbf_rt.bc" "$SBF_DIR/legalise/sbf_rt.c" || die "building the runtime helpers failed"
node "$SBF_DIR/lib/float-refs.mjs" | "llvm-as-$LLVM_VERSION" -o "$work/float_refs.bc" || die "building the float references failed"

step "6/6 linking libLLVM for sbpf-linker"
# sbpf-linker dlopens libLLVM.so.22.1; a folder holding only that file keeps it from others.
mkdir -p "$work/llvm-lib"
ln -s "/usr/lib/llvm-$LLVM_VERSION/lib/libLLVM.so.$LLVM_VERSION.1" "$work/llvm-lib/"

rm -rf "$work/library" "$work/sysroot-crate"
touch "$work/.complete"
rm -rf "$TC_ROOT"
mv "$work" "$TC_ROOT"
step "installed $TC_ROOT in $(($(date +%s) - started)) s"
