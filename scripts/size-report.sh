#!/usr/bin/env bash
# Prints raw and gzip sizes of what dist/ ships: wasm, js, css, html.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "size-report: no dist/; build first" >&2; exit 1; }
printf '%-44s %10s %10s\n' "file" "raw B" "gzip B"
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) | sort)
printf '%-44s %10d %10d\n' "total" "$total_raw" "$total_gz"
