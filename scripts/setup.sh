#!/usr/bin/env bash
# Installs what FieldVault needs on Debian 12, and nothing that is already there.
#   scripts/setup.sh core   Rust toolchain, C compiler, age, minisign (the CLI and its tests)
#   scripts/setup.sh app    core + WebKitGTK dev files, Node.js/npm, Chromium, Xvfb,
#                           WebKitWebDriver and tauri-driver (the desktop app and its tests),
#                           Noto CJK fonts (Japanese and Traditional Chinese glyphs),
#                           R with haven, and a Python venv with frictionless, pandas, DuckDB
#   scripts/setup.sh fuzz   core + a nightly Rust toolchain (through rustup) and cargo-fuzz
# Rust: the machine's cargo if it is 1.89+, else Debian's cargo-web/rustc-web (1.9x).
# Node: the machine's node if present (Debian's nodejs 18 is enough), else Debian's.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-core}
case "$what" in core | app | fuzz) ;; *)
  echo "setup.sh: unknown target '$what' (use: core, app or fuzz)" >&2
  exit 2
  ;;
esac
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# shellcheck source=scripts/toolchain.sh
source scripts/toolchain.sh
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

pkgs=()
command -v cc >/dev/null 2>&1 || pkgs+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || pkgs+=(pkg-config)
command -v age >/dev/null 2>&1 || pkgs+=(age)
command -v minisign >/dev/null 2>&1 || pkgs+=(minisign)
use_working_cargo || pkgs+=(cargo-web rustc-web)
if [ "$what" = app ]; then
  for p in libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev xvfb xauth webkit2gtk-driver; do
    have_pkg "$p" || pkgs+=("$p")
  done
  have_pkg fonts-noto-cjk || pkgs+=(fonts-noto-cjk) # without it ja and zh-TW are empty boxes
  command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
  # R with haven: the analysis export's interop test reads the Stata files' value labels.
  command -v Rscript >/dev/null 2>&1 || pkgs+=(r-base-core)
  have_pkg r-cran-haven || pkgs+=(r-cran-haven)
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
  command -v python3 >/dev/null 2>&1 || pkgs+=(python3)
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || pkgs+=(python3-venv)
fi

if [ ${#pkgs[@]} -gt 0 ]; then
  echo "setup: installing ${pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
# Again after installing: the new cargo may sit behind one that does not run (see toolchain.sh).
use_working_cargo || { echo "setup: cargo 1.89 or newer is needed and could not be installed" >&2; exit 1; }
# Third-party validators for exported bundles, in a venv of the project's own (PyPI).
if [ "$what" = app ] && [ ! -x target/pytools/bin/frictionless ]; then
  echo "setup: installing frictionless and jsonschema into target/pytools" >&2
  python3 -m venv target/pytools
  target/pytools/bin/pip install --quiet --disable-pip-version-check "frictionless==5.21.0" "jsonschema==4.26.0"
fi
# The ethics review's risk figures are checked against pycanon and a pandas group-by
# (tests/review.rs), pinned as scripts/bench-export.sh pins them, in a venv of their own
# (pycanon pins older typer and tabulate than frictionless wants).
if [ "$what" = app ] && ! target/pycanon/bin/python -c "import pycanon, pandas" >/dev/null 2>&1; then
  echo "setup: installing pycanon and pandas into target/pycanon" >&2
  python3 -m venv target/pycanon
  target/pycanon/bin/python -m pip install --quiet --disable-pip-version-check "pycanon==1.3.6" "pandas==2.3.3"
fi
# pandas and DuckDB load the analysis export in its interop test (tests/analysis.rs), pyarrow
# its Parquet files for pandas. Through the venv's python, so that a venv copied from another
# checkout installs into itself.
if [ "$what" = app ] && ! target/pytools/bin/python -c 'import pandas, duckdb, pyarrow' >/dev/null 2>&1; then
  echo "setup: installing pandas, duckdb and pyarrow into target/pytools" >&2
  target/pytools/bin/python -m pip install --quiet --disable-pip-version-check "pandas==2.3.3" "duckdb==1.4.2" "pyarrow==26.0.1"
fi
if [ "$what" = app ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: building tauri-driver 2.1.0 from crates.io" >&2
  cargo install tauri-driver --version 2.1.0 --locked --quiet
fi
# The fuzz targets (fuzz/, scripts/fuzz.sh) build with cargo-fuzz on a nightly toolchain.
if [ "$what" = fuzz ]; then
  if ! cargo +nightly --version >/dev/null 2>&1; then
    command -v rustup >/dev/null 2>&1 || {
      echo "setup: fuzzing needs a nightly Rust toolchain, and there is no rustup to install one: install rustup (https://rustup.rs), then rerun" >&2
      exit 1
    }
    echo "setup: installing the nightly Rust toolchain" >&2
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "setup: building cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked --quiet
  fi
fi
