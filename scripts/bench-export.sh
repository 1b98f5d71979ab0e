#!/usr/bin/env bash
# Export benchmarks side by side (docs/benchmarks.md, "Export"): FieldVault's export of 10,000
# interviews, its k-anonymity check against pycanon, its age encryption against Debian's age.
#
# Makes a venv in target/benchvenv with pinned pycanon and pandas from PyPI (once), then runs
# `cargo bench --bench export`, which calls pycanon on the same table in the same run.
# Needs python3 with venv, and the `age` command (apt-get install python3-venv age).
# FV_BENCH_ONLY=kanon,age (either or both) skips the export and runs only those comparisons.
set -euo pipefail
cd "$(dirname "$0")/.."

PYCANON=1.3.6 # pins pandas 2.3.3 and numpy 2.0.2 itself
PANDAS=2.3.3
venv=target/benchvenv
if ! "$venv/bin/python" -c "import pycanon, pandas" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pycanon==$PYCANON" "pandas==$PANDAS"
fi
cargo bench --bench export
echo
echo "The table is also in target/bench-export/results.md."
