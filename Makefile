# 指尖自查 — the README's commands. `make run` and `make test` install whatever is missing first.
SHELL := /bin/bash
PORT ?= 8080

.PHONY: run test setup build dist serve test-fmt test-clippy test-native test-office test-build test-wasm test-e2e test-faults bench bench-core bench-wizard bench-rollup fuzz-import size-breakdown bench-scale

setup:
	@scripts/setup.sh

## Build and serve the app on http://127.0.0.1:$(PORT)
run: setup build
	@echo "指尖自查: http://127.0.0.1:$(PORT)/  (Ctrl+C to stop)"
	@python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## Every test layer, cheapest first
test: setup
	@scripts/test.sh

build: setup
	@. scripts/env.sh && trunk build --release

## Release build, size report, then the hand-out: CSP, single file, .gz/.br, first-load report, zip
dist: build
	@scripts/size-report.sh
	@scripts/dist.sh

test-fmt: setup ; @scripts/test.sh fmt
test-clippy: setup ; @scripts/test.sh clippy
test-native: setup ; @scripts/test.sh native
test-office: setup ; @scripts/test.sh office
test-build: setup ; @scripts/test.sh build
test-wasm: setup ; @scripts/test.sh wasm
test-e2e: setup ; @scripts/test.sh e2e
## The reliability suite: storage fault matrix, hostile files, fault e2e specs, crash window (docs/reliability.md)
test-faults: setup ; @scripts/test.sh faults

## Cold loads (not part of make test): the start page and a deep link to a stored draft's check step
## (median of 5 loads at 4x CPU slowdown), then Lighthouse mobile performance of the start page, a
## check step and a report, served compressed (Lighthouse installed into e2e/bench/lighthouse/ once)
bench: dist
	@. scripts/env.sh && node e2e/bench/first-load.mjs && node e2e/bench/deep-link.mjs
	@[ -d e2e/bench/lighthouse/node_modules/lighthouse ] || npm ci --prefix e2e/bench/lighthouse --no-audit --no-fund
	@. scripts/env.sh && node e2e/bench/lighthouse.mjs

## Engine benchmark (not part of make test): prints evaluation time for 500 assets
bench-core:
	@cargo bench -p fingertip-core

## Wizard benchmark (not part of make test): answer-to-saved latency with 100 apps + 100 groups
bench-wizard: build
	@. scripts/env.sh && node e2e/bench/answer-latency.mjs

## Roll-up benchmark (not part of make test): the 汇总 page on 1,000 and 5,000 generated files (time, longest
## main-thread task), then `fingertip rollup` on 100,000 (time, peak memory); files are generated in /tmp once
bench-rollup: build
	@cargo build --quiet --release -p fingertip-cli --bins --examples
	@. scripts/env.sh && node e2e/bench/rollup.mjs
	@target/release/examples/gen_units /tmp/fingertip-rollup-bench-100000 100000
	@target/release/fingertip rollup /tmp/fingertip-rollup-bench-100000 --out /tmp/fingertip-rollup-100000.xlsx | tail -2
	@target/release/fingertip rollup /tmp/fingertip-rollup-bench-100000 --out /tmp/fingertip-rollup-100000.jsonl | tail -2

## Scale benchmark (not part of make test, issue #20): 100 + 100 and 500 + 500 assets, every item answered;
## answer → saved, keystroke → frame on three pages, page switches, the report, longest task, wasm memory
bench-scale: build
	@for n in 100 500; do [ -f /tmp/fingertip-scale-$$n.json ] || cargo run --quiet --release -p fingertip-core --example gen_scale -- /tmp/fingertip-scale-$$n.json $$n; done
	@. scripts/env.sh && node e2e/bench/scale.mjs

## Where the full app's wasm bytes go (not part of make test): twiggy by crate and module family (docs/size.md)
size-breakdown: build
	@scripts/size-breakdown.sh

## Fuzz the import pipeline (not part of make test): FUZZ_CASES cases, 1,000,000 by default (~10 min)
fuzz-import:
	@FUZZ_CASES=$${FUZZ_CASES:-1000000} cargo test -p fingertip-core --release --test import_fuzz -- --ignored --nocapture
