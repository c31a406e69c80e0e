#!/usr/bin/env bash
# Proves the crate has no reachable panic path: links every public entry point
# into a no_std staticlib (overflow checks on, panic=abort, fat LTO) whose
# panic handler calls an undefined symbol, then fails if that symbol, or any
# core::panicking function, is still referenced after optimisation.
# Usage: bash programs/nd-math/scripts/panic-scan.sh   (about 30 s)
set -euo pipefail
crate_dir="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "nd-math-panic-scan"
version = "0.0.0"
edition = "2021"
publish = false
[lib]
crate-type = ["staticlib"]
[dependencies]
nd-math = { path = "$crate_dir" }
[profile.release]
overflow-checks = true
panic = "abort"
lto = "fat"
codegen-units = 1
[workspace]
TOML
cat > "$work/src/lib.rs" <<'RS'
#![no_std]
#![allow(improper_ctypes_definitions)]
use nd_math::*;

#[panic_handler]
fn on_panic(_: &core::panic::PanicInfo) -> ! {
    extern "C" {
        fn nd_math_reached_a_panic() -> !;
    }
    unsafe { nd_math_reached_a_panic() }
}

macro_rules! entry {
    ($name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty $body:block) => {
        #[no_mangle]
        pub extern "C" fn $name($($arg: $ty),*) -> $ret $body
    };
}

entry!(x_muldiv(a: u64, b: u64, d: u64) -> u64 { mul_div_floor(a, b, d).unwrap_or(0) });
entry!(x_muldiv128(a: u128, b: u128, d: u128) -> u128 { mul_div_floor_u128(a, b, d).unwrap_or(0) });
entry!(x_bps(v: u64, a: u64) -> u64 { Bps::new(v).and_then(|b| b.apply(a)).unwrap_or(0) });
entry!(x_ppm(v: u64, a: u64) -> u64 { Ppm::new(v).and_then(|b| b.apply(a)).unwrap_or(0) });
entry!(x_fee(p: u64, f: Bps, c: Bps) -> u64 { platform_fee(p, f, c).unwrap_or(0) });
entry!(x_referral(p: u64, f: Bps, c: Bps) -> u64 { referral(p, f, c).unwrap_or(0) });
entry!(x_sale(price: u64, t: &SaleTerms, shares: &[Ppm], parts: &mut [u64]) -> u64 {
    quote_sale_split(price, t, shares, parts).map(|q| q.seller).unwrap_or(0)
});
entry!(x_split(amount: u64, shares: &[Ppm], parts: &mut [u64]) -> bool { split(amount, shares, parts).is_ok() });
entry!(x_credit(s: &mut SplitAccumulator, a: u64) -> bool { s.credit(a).is_ok() });
entry!(x_entitlement(s: &SplitAccumulator, r: &RecipientAccount) -> u128 { entitlement(s, r).unwrap_or(0) });
entry!(x_claim(s: &SplitAccumulator, r: &mut RecipientAccount, q: &mut AdvanceQueue) -> u64 {
    claim(s, r, q).map(|c| c.to_recipient).unwrap_or(0)
});
entry!(x_book(s: &mut SplitAccumulator, r: &mut [RecipientAccount]) -> u64 { book_epoch(s, r).unwrap_or(0) });
entry!(x_change(s: &mut SplitAccumulator, r: &mut [RecipientAccount], sh: &[Ppm]) -> u64 {
    change_shares(s, r, sh).unwrap_or(0)
});
entry!(x_dust(s: &SplitAccumulator, r: &[RecipientAccount]) -> u64 { unbooked_dust(s, r).unwrap_or(0) });
entry!(x_push(q: &mut AdvanceQueue, b: &Beneficiary, a: u64) -> bool { q.push(*b, a).is_ok() });
entry!(x_repay(q: &mut AdvanceQueue, a: u64) -> u64 { q.repay(a).map(|r| r.as_slice().len() as u64).unwrap_or(0) });
entry!(x_owed(q: &AdvanceQueue) -> u128 { q.outstanding_total().unwrap_or(0) });
entry!(x_update(p: &mut RewardPool, now: i64) -> bool { p.update(now).is_ok() });
entry!(x_fund(p: &mut RewardPool, a: u64, per: u64, now: i64) -> u64 { p.fund(a, per, now).unwrap_or(0) });
entry!(x_distribute(p: &mut RewardPool, a: u64) -> bool { p.distribute(a).is_ok() });
entry!(x_open(t: &[LockTier], l: u64, now: i64) -> i64 { StakePosition::open(t, l, now).map(|p| p.lock_end).unwrap_or(0) });
entry!(x_weight(a: u64, m: u64) -> u128 { weight_of(a, m).unwrap_or(0) });
entry!(x_stake(p: &mut RewardPool, q: &mut StakePosition, a: u64, now: i64) -> bool { stake(p, q, a, now).is_ok() });
entry!(x_unstake(p: &mut RewardPool, q: &mut StakePosition, a: u64, now: i64, b: Bps) -> u64 {
    unstake(p, q, a, now, b).map(|u| u.penalty).unwrap_or(0)
});
entry!(x_claim_rewards(p: &mut RewardPool, q: &mut StakePosition, now: i64) -> u64 { claim_rewards(p, q, now).unwrap_or(0) });
entry!(x_pending(p: &RewardPool, q: &StakePosition, now: i64) -> u128 { pending_rewards(p, q, now).unwrap_or(0) });
entry!(x_earned(p: &RewardPool, q: &StakePosition) -> u128 { earned(p, q).unwrap_or(0) });
RS
CARGO_TARGET_DIR="$work/target" nice -n 10 cargo build --quiet --release --manifest-path "$work/Cargo.toml"
lib="$work/target/release/libnd_math_panic_scan.a"
exported=$(nm "$lib" 2>/dev/null | grep -c ' T x_' || true)
found=$(nm "$lib" 2>/dev/null | grep -E 'nd_math_reached_a_panic|core[0-9a-zA-Z_]*panicking' | sort -u || true)
if [ "$exported" -lt 27 ]; then
  echo "panic-scan: expected 27 entry points, found $exported" >&2
  exit 1
fi
if [ -n "$found" ]; then
  echo "panic-scan: panic paths remain reachable:" >&2
  echo "$found" >&2
  exit 1
fi
echo "panic-scan: $exported entry points, no reachable panic"
