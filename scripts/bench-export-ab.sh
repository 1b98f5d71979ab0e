#!/usr/bin/env bash
# Two builds' export of the same 10,000 interviews, alternated (docs/benchmarks.md, "Issue 18's
# detectors"): before, after, before, after… each run in a fresh process on a fresh copy of one
# kept vault, so that both builds see the same machine load. Prints each run's wall and CPU time
# (user + system, every thread, from the benchmark's own JSON), the load average, and the
# medians and their ratio.
#
# Usage: scripts/bench-export-ab.sh BEFORE_BENCH_BINARY AFTER_BENCH_BINARY [ROUNDS]
#   The binaries are `cargo bench --bench export --no-run` builds of the two commits
#   (target/release/deps/export-*; copy each out before building the other).
#   ROUNDS defaults to 5. FV_BENCH_AB_DIR (default target/bench-ab) holds the vault and bundles.
set -euo pipefail
before=$(realpath "$1")
after=$(realpath "$2")
rounds=${3:-5}
cd "$(dirname "$0")/.."
dir=${FV_BENCH_AB_DIR:-target/bench-ab}
mkdir -p "$dir"
vault="$dir/kept.vault"
if [ ! -e "$vault" ]; then
    # The vault is made once, by the "before" build (its format is the older one).
    FV_BENCH_KEEP_VAULT="$vault" "$before" --bench >/dev/null
fi
declare -a bw bc aw ac
run() { # build-binary → "wall_ms cpu_ms"
    rm -f "$dir/run.vault" "$dir/run.fvb"
    cp "$vault" "$dir/run.vault"
    FV_BENCH_EXPORT_VAULT="$dir/run.vault" FV_BENCH_EXPORT_OUT="$dir/run.fvb" "$1" --bench |
        python3 -c 'import json,sys; j=json.load(sys.stdin); print(round(j["ms"]), j["cpu_ms"], j["exported"], j["redacted"])'
}
for r in $(seq 1 "$rounds"); do
    for side in before after; do
        bin=$before
        [ "$side" = after ] && bin=$after
        read -r wall cpu exported redacted < <(run "$bin")
        echo "round $r $side: wall ${wall} ms, CPU ${cpu} ms ($exported exported, $redacted strings redacted); load $(cut -d' ' -f1-3 /proc/loadavg)"
        if [ "$side" = before ]; then bw+=("$wall"); bc+=("$cpu"); else aw+=("$wall"); ac+=("$cpu"); fi
    done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mbw=$(median "${bw[@]}"); mbc=$(median "${bc[@]}"); maw=$(median "${aw[@]}"); mac=$(median "${ac[@]}")
echo "before: CPU median ${mbc} ms (${bc[*]}), wall median ${mbw} ms (${bw[*]})"
echo "after:  CPU median ${mac} ms (${ac[*]}), wall median ${maw} ms (${aw[*]})"
python3 -c "print(f'after / before: CPU {$mac/$mbc:.3f}, wall {$maw/$mbw:.3f}')"
