#!/usr/bin/env bash
# Runs FieldVault. With --demo: (re)creates the demo vault from the study's five interviews and
# lists them. Without: opens the default vault in the platform data dir (creating it on first
# run, asking for a passphrase twice) and lists its interviews.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh core
cargo build --locked --quiet --bin fieldvault
bin=target/debug/fieldvault
if [ "${1:-}" = "--demo" ]; then
  exec "$bin" demo --force
fi
vault=${FIELDVAULT_VAULT:-${XDG_DATA_HOME:-$HOME/.local/share}/fieldvault/default.vault}
if [ ! -f "$vault" ]; then
  echo "No vault yet at $vault: creating one." >&2
  "$bin" --vault "$vault" vault init
fi
exec "$bin" --vault "$vault" record list
