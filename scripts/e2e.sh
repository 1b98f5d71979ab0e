#!/usr/bin/env bash
# End-to-end tests against the real app window: Xvfb + tauri-driver + WebKitWebDriver.
# Everything the app writes (HOME, TMPDIR, the data dir) is kept inside one temp root,
# which the test scans for plaintext afterwards. Usage: scripts/e2e.sh [path-to-app-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/debug/fieldvault-app}
[ -x "$app" ] || { echo "e2e: no app binary at $app (build it first)" >&2; exit 1; }
command -v tauri-driver >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"
command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --version 2.1.0 --locked

root=$(mktemp -d)
log=$(mktemp)   # outside the scanned root: the driver echoes the test's own commands
mkdir -p "$root/home" "$root/tmp" "$root/run" "$root/data"
chmod 700 "$root/run"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$root" "$log"
}
trap cleanup EXIT

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
# Both ports random: WebKitWebDriver's default (4445) would be shared with any other run on
# this machine, whose app would then start with that run's HOME and data dir.
port=$((4500 + RANDOM % 400))
native_port=$((4900 + RANDOM % 400))
env HOME="$root/home" TMPDIR="$root/tmp" XDG_RUNTIME_DIR="$root/run" \
  FIELDVAULT_DATA_DIR="$root/data" FIELDVAULT_KDF_WORK_FACTOR=12 FIELDVAULT_WEBDRIVER=1 \
  tauri-driver --port "$port" --native-port "$native_port" --native-driver /usr/bin/WebKitWebDriver >"$log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
  sleep 0.2
done
E2E_ROOT="$root" E2E_APP="$(realpath "$app")" E2E_DRIVER="http://127.0.0.1:$port" node tests/e2e/app.e2e.mjs || {
  echo "--- tauri-driver log ---" >&2
  tail -50 "$log" >&2
  exit 1
}
E2E_ROOT="$root" E2E_APP="$(realpath "$app")" E2E_DRIVER="http://127.0.0.1:$port" node tests/e2e/review.e2e.mjs || { echo "--- tauri-driver log ---" >&2; tail -50 "$log" >&2; exit 1; }
E2E_ROOT="$root" E2E_APP="$(realpath "$app")" E2E_DRIVER="http://127.0.0.1:$port" node tests/e2e/research.e2e.mjs || { echo "--- tauri-driver log ---" >&2; tail -50 "$log" >&2; exit 1; }
