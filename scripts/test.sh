#!/usr/bin/env bash
# Runs every FieldVault test, installing what is missing first:
#   UI type check (svelte-check), unit tests (Vitest) and browser tests (Playwright + Debian's
#   Chromium, against the typed in-memory test backend),
#   translation completeness, formatting, Rust unit and integration tests (core, CLI,
#   generated-binding drift), a short run of every fuzz target, then end-to-end tests of the
#   real app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
# The cargo setup.sh found or installed, also under a fresh HOME (scripts/toolchain.sh).
# shellcheck source=scripts/toolchain.sh
source scripts/toolchain.sh
use_working_cargo || { echo "test.sh: no cargo 1.89 or newer on PATH after setup" >&2; exit 1; }

echo "== UI: install, type check, build, unit and browser tests" >&2
(cd ui && npm ci --no-audit --no-fund --loglevel=error && npm run check && npm run build && npm test && npm run test:e2e)

echo "== translations" >&2
node scripts/i18n-schema-keys.mjs --check

if command -v rustfmt >/dev/null 2>&1; then
  echo "== formatting" >&2
  cargo fmt --all -- --check
fi

if cargo clippy --version >/dev/null 2>&1; then
  echo "== lints" >&2
  cargo clippy --locked --workspace --all-targets -- -D warnings
fi

echo "== Rust: unit and integration tests" >&2
# A CLI built without debug assertions, for the test that a release build ignores the KDF override.
FIELDVAULT_RELEASE_CLI="$(bash scripts/release-kdf.sh)"
export FIELDVAULT_RELEASE_CLI
cargo test --workspace --locked

echo "== fuzzing: each target 20 s (docs/reliability.md)" >&2
if [ -n "${CI:-}" ] || cargo +nightly --version >/dev/null 2>&1 || command -v rustup >/dev/null 2>&1; then
  bash scripts/fuzz.sh 20
else
  echo "skipped: no nightly Rust toolchain and no rustup to install one (under CI this fails)" >&2
fi

echo "== end-to-end: the real app" >&2
cargo build --locked -p fieldvault-app
bash scripts/e2e.sh target/debug/fieldvault-app
