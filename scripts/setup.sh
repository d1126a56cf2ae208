#!/usr/bin/env bash
# Installs whatever is missing for building and testing 指尖自查; quiet and fast when all is there.
# Reaches only crates.io, npm and Debian's apt. Never lets Trunk or Playwright download binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
. scripts/versions.env
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
stamp_ok() { [ -f "$2" ] && [ "$(cat "$2")" = "$(sha256sum "$1" | cut -c1-64)" ]; }
write_stamp() { mkdir -p "$(dirname "$2")"; sha256sum "$1" | cut -c1-64 >"$2"; }

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
  say "adding Rust target $WASM_TARGET"
  rustup target add "$WASM_TARGET"
fi

# 2. Trunk at the pinned version (its lock wants a newer rustc than it needs: --ignore-rust-version).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (a few minutes on 2 cores, once)"
  # Trunk's own release profile uses fat LTO and one codegen unit, which made its install most of a
  # fresh machine's set-up. A build tool's own speed hardly matters (it hands the work to cargo,
  # wasm-bindgen and wasm-opt), so it is built unoptimised, without debug info, in many units.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_OPT_LEVEL=0 \
    CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install --quiet --locked --ignore-rust-version "trunk@$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (without --locked: its lock
#    names a crate release the registry here lacks).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then echo "setup: cannot find wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION from crates.io (~2 min, once)"
  # It rewrites every wasm binary built (the app's two and each wasm test's), so it keeps some
  # optimisation (opt-level 1), without LTO.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    cargo install --quiet --force "wasm-bindgen-cli@$WBG_VERSION"
fi

# 4. Chromium, its driver, a CJK font for screenshots/PDFs, poppler for pdftotext and pdftoppm,
#    zbar-tools (zbarimg) to decode the report's QR codes in e2e (Debian apt).
scripts/apt-install.sh setup $APT_PACKAGES

# 5. npm tools (binaryen's wasm-opt, Playwright test runner, axe-core) from the committed lock file.
if ! stamp_ok package-lock.json node_modules/.setup-stamp; then
  say "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  write_stamp package-lock.json node_modules/.setup-stamp
fi
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  echo "setup: wasm-opt on PATH is not binaryen $BINARYEN_VERSION (check node_modules/.bin)" >&2; exit 1
fi

# 6. Crates, so that Trunk's offline build never needs the network.
if ! stamp_ok Cargo.lock target/.fetch-stamp; then
  say "fetching crates (cargo fetch --locked)"
  cargo fetch --locked --quiet
  write_stamp Cargo.lock target/.fetch-stamp
fi
