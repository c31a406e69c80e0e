#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs, from the package registries only.
# Idempotent; a warm run takes seconds plus the incremental program build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$(date +%s)

echo "[setup] 1/5 SBF toolchain"
bash tools/sbf/install.sh

echo "[setup] 2/5 npm dependencies"
lock_hash=$(sha256sum package-lock.json | cut -c1-16)
if [[ "$(cat node_modules/.nd-lock-hash 2>/dev/null)" != "$lock_hash" ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.nd-lock-hash
else
  echo "[setup] node_modules up to date"
fi

echo "[setup] 3/5 programs"
node tools/sbf/build.mjs
# The toolchain's Anchor acceptance program: its suite and the typecheck of tools/sbf/tests use the
# IDL types this build generates.
node tools/sbf/build.mjs --workspace tools/sbf/tests/workspace --program nd_acceptance
# Metaplex Token Metadata 1.13.2 from its crates.io source, for the editions program and its tests.
node tools/sbf/build.mjs --workspace tools/sbf/token-metadata

echo "[setup] 4/5 SDK"
npm run --silent build:sdk

echo "[setup] 5/5 solana-test-validator (for the validator test lane)"
bash tools/validator/install.sh

echo "[setup] done in $(($(date +%s) - started)) s"
