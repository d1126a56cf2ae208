#!/usr/bin/env bash
# Where the full app's wasm bytes go (docs/size.md): the release wasm cargo built for `make build`,
# through wasm-bindgen and wasm-opt -Oz as Trunk does but keeping function names (-g), then
# twiggy summed by crate and module family (scripts/size-by-crate.py). Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
. scripts/versions.env
if [ "$(twiggy --version 2>/dev/null)" != "twiggy $TWIGGY_VERSION" ]; then
  echo "size-breakdown: installing twiggy $TWIGGY_VERSION from crates.io (a few minutes, once)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --quiet --locked "twiggy@$TWIGGY_VERSION"
fi
out=target/size-breakdown
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/fingertip-web.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/fingertip-web_bg.wasm" -o "$out/named.wasm"
python3 scripts/size-by-crate.py "$out/named.wasm"
