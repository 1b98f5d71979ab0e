"""pycanon's k-anonymity over a quasi-identifier CSV, for benches/export.rs.

Usage: python bench-kanon.py QI.csv RUNS. Every column is a quasi-identifier; values are read
as text (empty stays empty). Prints JSON: k, the median time of `k_anonymity` in ms and each
run's time (CSV loading excluded), and the pycanon version.
"""

import json
import statistics
import sys
import time
from importlib.metadata import version

import pandas as pd
from pycanon import anonymity

path, runs = sys.argv[1], int(sys.argv[2])
df = pd.read_csv(path, dtype=str, keep_default_na=False)
qi = list(df.columns)
times = []
k = None
for _ in range(runs):
    t = time.perf_counter()
    k = anonymity.k_anonymity(df, qi)
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"k": int(k), "median_ms": statistics.median(times), "times_ms": times, "version": version("pycanon"), "rows": len(df)}))
