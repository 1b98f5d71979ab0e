#!/usr/bin/env bash
# Desktop-app benchmarks, each beside an empty Tauri 2 window built the same way (release
# profile, same Tauri features), measured in the same run under Xvfb:
#   1. cold start to the first rendered screen (FieldVault: the unlock screen), median of N runs;
#   2. total PSS (/proc/PID/smaps_rollup) of the app and its WebKit processes, FieldVault with a
#      1,000-interview vault unlocked and listed, the empty window idle; median of M runs of each,
#      alternated, with each process's share (from the run whose total is the median).
# Usage: scripts/bench-app.sh [runs] [memory runs, default 3]   (a Markdown table; the load
# average at the start and the end on stderr: timings move with other work on the machine, PSS
# much less). BENCH_APP=path measures another build of the app (e.g. a copy made before a change);
# BENCH_APP_BEFORE=path measures a second build in the same run, alternated with the first and
# the empty window (an extra row per benchmark: before and after a change under the same load).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
mem_runs=${2:-3}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
app=${BENCH_APP:-target/release/fieldvault-app}
before=${BENCH_APP_BEFORE:-}
empty=target/release/empty-window
cli=target/release/fieldvault
for b in "$app" "$empty" "$cli" ${before:+"$before"}; do
  [ -x "$b" ] || { echo "missing $b: cargo build --release -p fieldvault-app -p empty-window -p fieldvault --bins" >&2; exit 1; }
done
[ -d ui/dist ] || { echo "build the UI first (cd ui && npm run build)" >&2; exit 1; }

root=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
display=:$((80 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
sleep 1

# Pss (kB) of a process and all its descendants: prints "TOTAL COUNT NAME=KB,NAME=KB…".
pss_tree() {
  local pid=$1 total=0 p kb parts=()
  local all=("$pid")
  local queue=("$pid")
  while [ ${#queue[@]} -gt 0 ]; do
    p=${queue[0]}
    queue=("${queue[@]:1}")
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do
      all+=("$c")
      queue+=("$c")
    done
  done
  for p in "${all[@]}"; do
    kb=$(awk '/^Pss:/ {print $2}' /proc/"$p"/smaps_rollup 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
    parts+=("$(cat /proc/"$p"/comm 2>/dev/null)=${kb:-0}")
  done
  local IFS=,
  echo "$total ${#all[@]} ${parts[*]}"
}

# Starts a binary, waits for "READY <what>" on stdout; sets $elapsed (ms) and $started (pid)
# and leaves it running.
start_until_ready() {
  local what=$1
  shift
  local out=$root/out.$RANDOM
  local t0
  t0=$(date +%s%N)
  env "$@" >"$out" 2>/dev/null &
  started=$!
  local deadline=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if grep -q "READY $what" "$out" 2>/dev/null; then
      elapsed=$((($(date +%s%N) - t0) / 1000000))
      return 0
    fi
    sleep 0.01
  done
  echo "timeout waiting for READY $what" >&2
  return 1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A data dir with a locked vault (for cold start) and a 1,000-interview demo vault (for memory).
data=$root/data
mkdir -p "$data"
FIELDVAULT_PASSPHRASE="bench passphrase 1" FIELDVAULT_KDF_WORK_FACTOR=12 "$cli" --vault "$data/default.vault" vault init >/dev/null
env -u FIELDVAULT_PASSPHRASE "$cli" --vault "$data/demo.vault" demo >/dev/null
for f in tests/fixtures/interviews/*.json; do
  FIELDVAULT_PASSPHRASE="demo field vault" "$cli" --vault "$data/demo.vault" record add --repeat 199 "$f" >/dev/null
done

common=(HOME="$root/home" XDG_RUNTIME_DIR="$root/run" FIELDVAULT_BENCH=1)
mkdir -p "$root/home" "$root/run" && chmod 700 "$root/run"
fv_start=()
empty_start=()
before_start=()
for _ in $(seq 1 "$runs"); do
  start_until_ready unlock "${common[@]}" FIELDVAULT_DATA_DIR="$data" "$app"
  fv_start+=("$elapsed")
  kill "$started"; wait "$started" 2>/dev/null || true
  if [ -n "$before" ]; then
    start_until_ready unlock "${common[@]}" FIELDVAULT_DATA_DIR="$data" "$before"
    before_start+=("$elapsed")
    kill "$started"; wait "$started" 2>/dev/null || true
  fi
  start_until_ready empty "${common[@]}" "$empty"
  empty_start+=("$elapsed")
  kill "$started"; wait "$started" 2>/dev/null || true
done
fv_ms=$(printf '%s\n' "${fv_start[@]}" | median)
empty_ms=$(printf '%s\n' "${empty_start[@]}" | median)

# Memory: each side started M times, alternated; the run with the median total is reported.
fv_mem=()
empty_mem=()
before_mem=()
for _ in $(seq 1 "$mem_runs"); do
  start_until_ready "list:1000" "${common[@]}" FIELDVAULT_DATA_DIR="$data" "$app" --demo
  sleep 3
  fv_mem+=("$(pss_tree "$started")")
  kill "$started"; wait "$started" 2>/dev/null || true
  if [ -n "$before" ]; then
    start_until_ready "list:1000" "${common[@]}" FIELDVAULT_DATA_DIR="$data" "$before" --demo
    sleep 3
    before_mem+=("$(pss_tree "$started")")
    kill "$started"; wait "$started" 2>/dev/null || true
  fi
  start_until_ready empty "${common[@]}" "$empty"
  sleep 3
  empty_mem+=("$(pss_tree "$started")")
  kill "$started"; wait "$started" 2>/dev/null || true
done
read -r fv_pss fv_procs fv_parts < <(printf '%s\n' "${fv_mem[@]}" | sort -n | sed -n "$(((mem_runs + 1) / 2))p")
read -r empty_pss empty_procs empty_parts < <(printf '%s\n' "${empty_mem[@]}" | sort -n | sed -n "$(((mem_runs + 1) / 2))p")
# "comm=kB,…" as "comm N MB, …", largest first.
shares() { tr , '\n' <<<"$1" | awk -F= '{printf "%d %s\n", $2 / 1024, $1}' | sort -rn | awk '{printf "%s%s %d MB", (NR > 1 ? ", " : ""), $2, $1}'; }
all_mb() { printf '%s\n' "$@" | awk '{printf "%s%d", (NR > 1 ? " " : ""), $1 / 1024}'; }
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "| benchmark | FieldVault | empty Tauri 2 window | ratio | target |"
echo "|---|---|---|---|---|"
echo "| cold start to first screen (median of $runs) | $fv_ms ms (unlock screen; runs: ${fv_start[*]}) | $empty_ms ms (runs: ${empty_start[*]}) | $(awk "BEGIN {printf \"%.2f\", $fv_ms / $empty_ms}")× | ≤ 1000 ms |"
echo "| total PSS, app + WebKit processes (median of $mem_runs) | $((fv_pss / 1024)) MB ($fv_procs processes, 1,000 interviews listed; runs: $(all_mb "${fv_mem[@]}")) | $((empty_pss / 1024)) MB ($empty_procs processes; runs: $(all_mb "${empty_mem[@]}")) | $(awk "BEGIN {printf \"%.2f\", $fv_pss / $empty_pss}")× | ≤ 1.25× |"
echo "| of which, per process | $(shares "$fv_parts") | $(shares "$empty_parts") | | |"
if [ -n "$before" ]; then
  before_ms=$(printf '%s\n' "${before_start[@]}" | median)
  read -r before_pss before_procs before_parts < <(printf '%s\n' "${before_mem[@]}" | sort -n | sed -n "$(((mem_runs + 1) / 2))p")
  echo "| before: cold start (median of $runs) | $before_ms ms ($before; runs: ${before_start[*]}) | $empty_ms ms | $(awk "BEGIN {printf \"%.2f\", $before_ms / $empty_ms}")× | ≤ 1000 ms |"
  echo "| before: total PSS (median of $mem_runs) | $((before_pss / 1024)) MB ($before_procs processes; runs: $(all_mb "${before_mem[@]}")) | $((empty_pss / 1024)) MB | $(awk "BEGIN {printf \"%.2f\", $before_pss / $empty_pss}")× | ≤ 1.25× |"
  echo "| before: per process | $(shares "$before_parts") | | | |"
fi
