#!/usr/bin/env bash
# Runs every FieldVault test, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh core
if command -v rustfmt >/dev/null 2>&1; then
  cargo fmt --all -- --check
fi
cargo test --workspace --locked
