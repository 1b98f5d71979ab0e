#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/, cargo-fuzz on a nightly toolchain) and runs each for a while.
#   scripts/fuzz.sh [seconds] [target...]   default: 20 seconds, every target in fuzz/Cargo.toml
# Each run starts from the committed seeds (fuzz/corpus/<target>, read only) and grows its
# corpus in fuzz/target/corpus/<target>; a crash stops the script with the input saved under
# fuzz/artifacts/<target>/. Results and the long runs: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh fuzz
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-20}
shift || true
cd fuzz
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo +nightly fuzz list); fi

echo "fuzz: building ${#targets[@]} targets" >&2
start=$(date +%s)
cargo +nightly fuzz build --sanitizer none
echo "fuzz: built in $(($(date +%s) - start)) s" >&2
for t in "${targets[@]}"; do
  mkdir -p "target/corpus/$t"
  echo "fuzz: $t for $seconds s" >&2
  # -timeout: an input that takes 10 s is a finding; -rss_limit_mb: so is one that takes 2 GB.
  cargo +nightly fuzz run --sanitizer none "$t" "target/corpus/$t" "corpus/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>"target/$t.log" ||
    { tail -n 40 "target/$t.log" >&2; echo "fuzz: $t failed; the input is in fuzz/artifacts/$t/" >&2; exit 1; }
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+[[:space:]]+DONE' "target/$t.log" | tr -s ' \t\n' ' ' >&2
  echo >&2
done
