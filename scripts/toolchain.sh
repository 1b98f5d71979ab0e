# Sourced by the scripts that build (setup.sh, run.sh): `use_working_cargo` puts a cargo 1.89 or
# newer first on PATH and fails when there is none.
#
# It looks at every cargo on PATH (rustup's ~/.cargo/bin first, then the system's: Debian's
# cargo-web is /usr/bin/cargo) and keeps the first that runs and is new enough. Under a fresh
# HOME a rustup proxy found earlier on PATH has no toolchain and fails `cargo --version`; it is
# passed over, so the cargo that setup.sh has just installed is the one used.

# The minor version of the cargo at $1 (89 for 1.89), or nothing when it does not run.
cargo_minor() {
  "$1" --version 2>/dev/null | sed -nE 's/^cargo 1\.([0-9]+).*/\1/p'
}

use_working_cargo() {
  local c minor
  PATH="$HOME/.cargo/bin:$PATH"
  while IFS= read -r c; do
    minor=$(cargo_minor "$c")
    if [ "${minor:-0}" -ge 89 ]; then
      [ "$(command -v cargo)" = "$c" ] || PATH="$(dirname "$c"):$PATH"
      export PATH
      hash -r
      return 0
    fi
  done < <(type -ap cargo)
  export PATH
  return 1
}
