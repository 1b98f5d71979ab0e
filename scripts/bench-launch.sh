#!/usr/bin/env bash
# How long `bash scripts/run.sh` takes to a window on a second launch (nothing changed since the
# first), beside its baseline measured in the same run: the app binary that run.sh starts,
# started alone. Both under Xvfb with FIELDVAULT_BENCH=1 (the UI prints `READY unlock` when the
# unlock screen is rendered); the time is from starting the command to that line, median of N.
# The first launch (not timed) builds what is stale and leaves run.sh's stamps.
# Usage: scripts/bench-launch.sh [runs]   (results printed as a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=target/debug/fieldvault-app
cli=target/debug/fieldvault

root=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
display=:$((70 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
mkdir -p "$root/run" && chmod 700 "$root/run"
common=(DISPLAY="$display" XDG_RUNTIME_DIR="$root/run" FIELDVAULT_DATA_DIR="$root/data" FIELDVAULT_BENCH=1)

# Runs `env VARS... COMMAND...` until it prints "READY unlock" (waiting at most $wait_s
# seconds, default 60): sets $ms and stops it.
time_to_unlock_screen() {
  local out=$root/out.$RANDOM t0 pid deadline=$((SECONDS + ${wait_s:-60}))
  t0=$(date +%s%N)
  env "${common[@]}" "$@" >"$out" 2>&1 &
  pid=$!
  while [ "$SECONDS" -lt "$deadline" ]; do
    if grep -q "READY unlock" "$out" 2>/dev/null; then
      ms=$((($(date +%s%N) - t0) / 1000000))
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      return 0
    fi
    sleep 0.01
  done
  echo "no READY within ${wait_s:-60} s from: $*" >&2
  cat "$out" >&2
  kill "$pid" 2>/dev/null || true
  return 1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A locked vault, so that both open on the unlock screen.
cargo build --locked --quiet --bin fieldvault
FIELDVAULT_PASSPHRASE="bench passphrase 1" FIELDVAULT_KDF_WORK_FACTOR=12 "$cli" --vault "$root/data/default.vault" vault init >/dev/null
echo "first launch (builds what is stale; not timed)…" >&2
wait_s=1800 time_to_unlock_screen bash scripts/run.sh
echo "first launch: ${ms} ms" >&2

second=()
alone=()
for _ in $(seq 1 "$runs"); do
  time_to_unlock_screen bash scripts/run.sh
  second+=("$ms")
  time_to_unlock_screen "$app"
  alone+=("$ms")
done
second_ms=$(printf '%s\n' "${second[@]}" | median)
alone_ms=$(printf '%s\n' "${alone[@]}" | median)
echo "| launch to the unlock screen (median of $runs) | time | runs (ms) |"
echo "|---|---|---|"
echo "| \`bash scripts/run.sh\`, second launch | **$second_ms ms** | ${second[*]} |"
echo "| \`$app\` alone (baseline) | $alone_ms ms | ${alone[*]} |"
echo "| run.sh's own cost (difference of medians) | $((second_ms - alone_ms)) ms | |"
