#!/usr/bin/env bash
# Runs the FieldVault desktop app on the default vault (~/.local/share/fieldvault/), or with
# --demo on the demo vault seeded from the study's five interviews (passphrase: demo field vault).
# Installs what is missing, builds the UI and the app, then opens the window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
(cd ui && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run build)
cargo build --locked --quiet -p fieldvault-app
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: the desktop app needs one. The CLI works without: target/debug/fieldvault --help" >&2
  cargo build --locked --quiet --bin fieldvault
  if [ "${1:-}" = "--demo" ]; then exec target/debug/fieldvault demo --force; fi
  target/debug/fieldvault vault check >/dev/null 2>&1 </dev/null || [ -f "${XDG_DATA_HOME:-$HOME/.local/share}/fieldvault/default.vault" ] ||
    target/debug/fieldvault vault init
  exec target/debug/fieldvault record list
fi
exec target/debug/fieldvault-app "$@"
