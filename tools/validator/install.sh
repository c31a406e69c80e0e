#!/usr/bin/env bash
# Builds solana-test-validator from crates.io (agave-validator, version in paths.mjs) into the user
# cache, once. A present binary is detected in about a second; a cold build takes about half an
# hour on two cores, so it prints its progress.
set -euo pipefail
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
paths=$(node "$DIR/paths.mjs") || { echo "[validator] error: cannot compute the validator paths" >&2; exit 1; }
eval "$paths"   # VALIDATOR_VERSION, VALIDATOR_ROOT, VALIDATOR_BIN, VALIDATOR_BUILD_DIR

step() { printf '[validator] %s\n' "$*"; }
die() { printf '[validator] error: %s\n' "$*" >&2; exit 1; }
ready() { [[ -x "$VALIDATOR_BIN" ]] && "$VALIDATOR_BIN" --version 2>/dev/null | grep -q "solana-test-validator $VALIDATOR_VERSION "; }

if ready; then
  step "ready: solana-test-validator $VALIDATOR_VERSION ($VALIDATOR_BIN)"
  exit 0
fi

# Two setups at once must not run two half-hour builds into the same folders.
mkdir -p "$(dirname "$VALIDATOR_ROOT")"
exec 9>"$VALIDATOR_ROOT.lock"
if ! flock -n 9; then
  step "another setup is building the validator; waiting for it"
  flock 9
fi
if ready; then
  step "ready: solana-test-validator $VALIDATOR_VERSION (installed by a concurrent setup)"
  exit 0
fi
started=$(date +%s)

# bindgen (rocksdb, via agave-ledger) needs libclang; nothing else outside crates.io is needed.
if dpkg -s libclang-dev >/dev/null 2>&1; then
  step "1/2 Debian package libclang-dev present"
else
  step "1/2 installing Debian package libclang-dev"
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || die "apt-get update failed; run it by hand and retry"
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq libclang-dev >/dev/null ||
    die "apt-get install libclang-dev failed; run 'apt-get install libclang-dev' to see why"
fi

command -v cargo >/dev/null || die "cargo not found (rustup's stable toolchain, >= 1.95, is needed)"
step "2/2 cargo install agave-validator@$VALIDATOR_VERSION --bin solana-test-validator ($(cargo --version))"
step "    about 30 minutes and 2.5 GB on a 2-core machine, ~930 crates; intermediate files: $VALIDATOR_BUILD_DIR"
log=$(mktemp -t nd-validator-build.XXXXXX.log)
# cargo prints one "Compiling" line per crate when not on a terminal; a count every 25 crates
# (and the full log on failure) keeps setup's output readable. --force: a binary that failed the
# check above is replaced even if cargo's records say it is installed.
set +e
CARGO_TARGET_DIR="$VALIDATOR_BUILD_DIR" nice -n 10 cargo install "agave-validator@$VALIDATOR_VERSION" --locked \
  --bin solana-test-validator --root "$VALIDATOR_ROOT" --force 2>&1 |
  tee "$log" |
  awk -v started="$started" '
    /^ *Compiling / { n++; if (n % 25 == 0) { printf "[validator]     %d crates compiled, %d min\n", n, (systime() - started) / 60; fflush() } }
    /^ *(Downloaded|Installing|Installed|Finished|Replacing|Replaced) / { print "[validator]     " $0; fflush() }'
status=${PIPESTATUS[0]}
set -e
if ((status != 0)); then
  tail -n 60 "$log" >&2
  die "cargo install agave-validator@$VALIDATOR_VERSION failed (full log: $log). If the version no longer resolves, set VALIDATOR_VERSION in tools/validator/paths.mjs to the newest release whose rust-version your cargo meets (cargo info agave-validator@X)."
fi
rm -f "$log"
ready || die "$VALIDATOR_BIN was installed but does not report version $VALIDATOR_VERSION"
step "installed $("$VALIDATOR_BIN" --version) in $((($(date +%s) - started) / 60)) min"
