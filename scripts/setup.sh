#!/usr/bin/env bash
# Installs what FieldVault needs on Debian 12, and nothing that is already there.
#   scripts/setup.sh core   Rust toolchain, C compiler, age, minisign (enough for the CLI and its tests)
# Rust: the machine's cargo if it is recent enough, else Debian's cargo-web/rustc-web (1.9x).
set -euo pipefail

what=${1:-core}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

cargo_ok() {
  command -v cargo >/dev/null 2>&1 || return 1
  local minor
  minor=$(cargo --version | sed -E 's/^cargo 1\.([0-9]+).*/\1/')
  [ "${minor:-0}" -ge 89 ]
}

pkgs=()
command -v cc >/dev/null 2>&1 || pkgs+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || pkgs+=(pkg-config)
command -v age >/dev/null 2>&1 || pkgs+=(age)
command -v minisign >/dev/null 2>&1 || pkgs+=(minisign)
cargo_ok || pkgs+=(cargo-web rustc-web)

if [ "$what" != core ]; then
  echo "setup.sh: unknown target '$what' (use: core)" >&2
  exit 2
fi

if [ ${#pkgs[@]} -gt 0 ]; then
  echo "setup: installing ${pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
cargo_ok || { echo "setup: cargo 1.89 or newer is needed and could not be installed" >&2; exit 1; }
