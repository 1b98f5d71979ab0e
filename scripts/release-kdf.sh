#!/usr/bin/env bash
# Builds the CLI as a release build sees itself (debug assertions off, so FIELDVAULT_KDF_WORK_FACTOR
# is ignored and the 2^18 scrypt floor holds) and prints the binary's path, for the test
# hardening::a_release_build_ignores_the_work_factor_override_and_enforces_the_floor:
#   FIELDVAULT_RELEASE_CLI="$(bash scripts/release-kdf.sh)" cargo test --locked --test tests hardening
# Only the fieldvault crate is rebuilt: its debug assertions are turned off through a per-package
# profile override, and the dependencies built for the tests are reused (a real --release build
# would rebuild all of them with LTO, minutes longer, for the same cfg).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/release-kdf
cargo build --locked --quiet --bin fieldvault --config 'profile.dev.package.fieldvault.debug-assertions=false' >&2
mkdir -p "$out"
cp target/debug/fieldvault "$out/fieldvault"
# Put the test build's binary back in target/debug (cargo only relinks it: nothing is recompiled).
cargo build --locked --quiet --bin fieldvault >&2
echo "$PWD/$out/fieldvault"
