#!/usr/bin/env bash
# Runs the FieldVault desktop app on the default vault (~/.local/share/fieldvault/), or with
# --demo on the demo vault seeded from the study's five interviews (passphrase: demo field vault).
# Installs what is missing, builds the UI and the app, then opens the window.
#
# A launch with nothing changed goes straight to the window: setup, `npm ci` and the UI build
# each leave a stamp in target/run-stamps/ holding the hash of their inputs (setup: its scripts
# and HOME; npm ci: package-lock.json; the UI: ui/ without tests and build output, and the
# schemas it imports; the app's build: every file cargo's dep-info lists for the binary — its
# sources, included files and the UI it embeds — with the manifests, the lock file and the
# binary itself), and are skipped while the hash is the same. Before any of that, one `find`
# compares the names, sizes, inodes and times of all those inputs with what they were after the
# last launch: when nothing was touched the hashes are not computed (they cost about 0.3 s of
# process starts on a loaded machine). docs/benchmarks.md has the time to the window of a second
# launch (scripts/bench-launch.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/toolchain.sh
source scripts/toolchain.sh
stamps=target/run-stamps

# One SHA-256 over the names and contents of the files under the given paths (node_modules,
# build output and the UI's tests left out).
inputs_hash() {
  find "$@" \( -name node_modules -o -name dist -o -name dist-e2e -o -path ui/tests \) -prune -o -type f -print0 |
    LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
# Whether stamp $1 holds hash $2.
fresh() {
  local held=
  { read -r held <"$stamps/$1"; } 2>/dev/null || true
  [ "$held" = "$2" ]
}
# Records hash $2 in stamp $1 (after the step it stands for succeeded).
stamp() {
  mkdir -p "$stamps"
  printf '%s\n' "$2" >"$stamps/$1"
}

# Every input of the steps below by metadata only (no file is read but the app's dep-info): HOME;
# name, size, inode, modification and change time of each file, and of node_modules, dist and the
# tests folder themselves (not their contents). Any edit, build, install or removal changes it.
metadata_key() {
  local dep=target/debug/fieldvault-app.d deps=()
  if [ -f "$dep" ]; then read -r -a deps <"$dep" || true; fi
  {
    printf '%s\n' "$HOME"
    find scripts/setup.sh scripts/toolchain.sh ui schemas Cargo.toml Cargo.lock src-tauri/Cargo.toml \
      target/debug/fieldvault-app ui/node_modules/.package-lock.json ui/dist/index.html "${deps[@]:1}" \
      \( -name node_modules -o -name dist -o -name dist-e2e -o -path ui/tests \) -printf '%p %i %T@\n' -prune \
      -o -printf '%p %s %i %T@ %C@\n' 2>/dev/null || true
  } | sha256sum
}
# A cargo 1.89+ first on PATH (asked only when something is to be built).
need_cargo() { use_working_cargo || { bash scripts/setup.sh app && use_working_cargo; }; }

# The app binary's inputs as cargo listed them when it last built it (no spaces in these paths).
app_inputs_hash() {
  local dep=target/debug/fieldvault-app.d bin=target/debug/fieldvault-app
  [ -f "$dep" ] && [ -x "$bin" ] || return 1
  # shellcheck disable=SC2046 # one path per word
  printf '%s %s\n' "$(stat -c '%s %Y' "$bin")" "$(inputs_hash Cargo.toml Cargo.lock src-tauri/Cargo.toml $(sed 's/^[^:]*: //' "$dep"))" |
    sha256sum | cut -d' ' -f1
}
# Runs each step whose inputs' hash changed: setup, npm ci, the UI build, the app's build.
build_what_is_stale() {
  setup_key=$(printf '%s %s' "$HOME" "$(inputs_hash scripts/setup.sh scripts/toolchain.sh)" | sha256sum | cut -d' ' -f1)
  if ! fresh setup "$setup_key"; then
    bash scripts/setup.sh app
    stamp setup "$setup_key"
  fi
  npm_key=$(inputs_hash ui/package-lock.json)
  if [ ! -d ui/node_modules ] || ! fresh npm "$npm_key"; then
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
    stamp npm "$npm_key"
  fi
  ui_key=$(inputs_hash ui schemas)
  if [ ! -f ui/dist/index.html ] || ! fresh ui "$ui_key"; then
    (cd ui && npm run build)
    stamp ui "$ui_key"
  fi
  app_key=$(app_inputs_hash) || app_key=
  if [ -z "$app_key" ] || ! fresh app "$app_key"; then
    need_cargo
    cargo build --locked --quiet -p fieldvault-app
    if app_key=$(app_inputs_hash); then stamp app "$app_key"; fi
  fi
}

if ! fresh metadata "$(metadata_key)"; then
  build_what_is_stale
  stamp metadata "$(metadata_key)"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: the desktop app needs one. The CLI works without: target/debug/fieldvault --help" >&2
  need_cargo
  cargo build --locked --quiet --bin fieldvault
  if [ "${1:-}" = "--demo" ]; then exec target/debug/fieldvault demo --force; fi
  target/debug/fieldvault vault check >/dev/null 2>&1 </dev/null || [ -f "${XDG_DATA_HOME:-$HOME/.local/share}/fieldvault/default.vault" ] ||
    target/debug/fieldvault vault init
  exec target/debug/fieldvault record list
fi
exec target/debug/fieldvault-app "$@"
