#!/usr/bin/env bash
# Runs the test layers, cheapest first, and prints one summary line per layer.
# Usage: scripts/test.sh [layer ...]   (layers: fmt clippy native office build wasm e2e faults; default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

layers=("$@")
[ ${#layers[@]} -gt 0 ] || layers=(fmt clippy native office build wasm e2e faults)

run_layer() {
  case "$1" in
    fmt) cargo fmt --all --check ;;
    clippy)
      cargo clippy --quiet --workspace --all-targets -- -D warnings &&
        cargo clippy --quiet -p fingertip-web --target wasm32-unknown-unknown --all-targets -- -D warnings &&
        # The unit module (index.html): the app without the `full` feature.
        cargo clippy --quiet -p fingertip-web --target wasm32-unknown-unknown --no-default-features --lib --bins -- -D warnings ;;
    native) cargo test --quiet -p fingertip-core -p fingertip-cli && cargo test --quiet -p fingertip-web --no-default-features --lib ;;
    # The Word and Excel exports through LibreOffice headless (installed for this layer only).
    office) scripts/setup-office.sh && python3 scripts/office-check.py ;;
    build) trunk build --release && scripts/size-report.sh ;;
    wasm) cargo test -p fingertip-web --target wasm32-unknown-unknown ;;
    e2e)
      # dist.sh adds what the deploy tests check: the CSP meta, the single file, .gz/.br, the zip (~4 s).
      { [ -f dist/index.html ] || trunk build --release; } && { scripts/dist.sh | { grep -E 'OVER BUDGET|^gzip total|^everything|^single file|zip:|^dist:' || true; }; } &&
        npx playwright test --config e2e/playwright.config.mjs ;;
    faults)
      # The reliability suite (docs/reliability.md): the storage fault matrix and storage rules,
      # the hostile-file corpus, the fault e2e specs, then the crash window with a killed browser.
      { [ -f dist/index.html ] || trunk build --release; } &&
        cargo test --quiet -p fingertip-core --test store_writes --test store_rules --test import_corpus &&
        npx playwright test --config e2e/playwright.config.mjs storage-faults storage-failures two-tabs rescue import-limits &&
        node e2e/faults/crash-window.mjs ;;
    *) echo "unknown layer: $1" >&2; return 2 ;;
  esac
}

summary=()
passed=0
failed=0
for layer in "${layers[@]}"; do
  printf '\n===== layer: %s =====\n' "$layer"
  start=$(date +%s)
  if run_layer "$layer"; then
    summary+=("$(printf '  %-7s ok      %4ss' "$layer" "$(( $(date +%s) - start ))")")
    passed=$((passed + 1))
  else
    summary+=("$(printf '  %-7s FAILED  %4ss' "$layer" "$(( $(date +%s) - start ))")")
    failed=$((failed + 1))
    break
  fi
done

printf '\n===== summary =====\n'
printf '%s\n' "${summary[@]}"
printf 'layers: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
