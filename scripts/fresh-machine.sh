#!/usr/bin/env bash
# Measures `make test` as a fresh machine runs it (issue #19 item 6): a clean clone of HEAD, an
# empty CARGO_HOME (only rustup's proxies; the Rust toolchain is part of the machine), no
# node_modules, no target/, a clean HOME (so an empty npm cache). Debian packages already
# installed stay installed: apt is ~1 min of a real fresh run. Prints the set-up time and the total.
#   scripts/fresh-machine.sh [WORK_DIR]     (default /tmp/fresh-machine; removed first)
#   SETUP_ONLY=1 scripts/fresh-machine.sh   stops after the set-up and prints its time
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/tmp/fresh-machine}
RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}
RUSTUP=$(command -v rustup)
rm -rf "$WORK"
mkdir -p "$WORK/home/.cargo/bin"
git clone -q "$SRC" "$WORK/repo"
cp "$RUSTUP" "$WORK/home/.cargo/bin/rustup"
for p in cargo rustc rustdoc rustfmt cargo-fmt cargo-clippy clippy-driver; do
  ln -s rustup "$WORK/home/.cargo/bin/$p"
done
export HOME="$WORK/home" CARGO_HOME="$WORK/home/.cargo" RUSTUP_HOME
export PATH="$CARGO_HOME/bin:/usr/local/bin:/usr/bin:/bin"
cd "$WORK/repo"
load=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
scripts/setup.sh
setup_done=$(date +%s)
if [ "${SETUP_ONLY:-}" = 1 ]; then
  echo "fresh-machine: set-up $((setup_done - start)) s ($(nproc) cores; load before: $load)"
  exit 0
fi
make test
done_at=$(date +%s)
echo "fresh-machine: set-up $((setup_done - start)) s; make test in all $((done_at - start)) s ($(nproc) cores; load before: $load)"
