#!/usr/bin/env python3
"""Where the full app's wasm bytes go (issue #21): `twiggy top` over a wasm, summed by crate and,
for this project's own crates, by module family. `make size-breakdown` gives it the shipped wasm
rebuilt with its names kept (wasm-bindgen, then wasm-opt -Oz -g: the same bytes as dist/ plus a
name section, which is not counted), so the shares are of what users download.
    scripts/size-by-crate.py WASM"""

import csv
import io
import re
import subprocess
import sys
from collections import Counter

WASM = sys.argv[1]
# Sections a release build strips or wasm-bindgen consumes: not shipped.
NOT_SHIPPED = ('"function names" subsection', "custom section '__wasm_bindgen_unstable'",
               "custom section 'target_features'", "custom section 'producers'")
OWN = ("fingertip_core", "fingertip_web")


def owner(name):
    """The crate an item belongs to: for `<A as B>::f` the crate of A (whose code it is)."""
    n = name.lstrip("<&*").removeprefix("mut ").removeprefix("dyn ").lstrip("(")
    if n.startswith("core::ptr::drop_in_place<"):
        n = n[len("core::ptr::drop_in_place<"):].lstrip("&*<")
    head = re.split(r"::|<| |>|,|\(|\)|;|\[", n, maxsplit=1)[0]
    return head or name


def family(name, crate):
    """`fingertip_web::pages::rollup` for an item of that module (two segments below the crate)."""
    n = name.lstrip("<&*")
    if n.startswith("core::ptr::drop_in_place<"):
        n = n[len("core::ptr::drop_in_place<"):].lstrip("&*<")
    parts = [p for p in re.split(r"::", n) if p]
    keep = [p for p in parts[1:3] if re.fullmatch(r"[a-z_][a-z0-9_]*", p)]
    return "::".join([crate] + keep[:2] if crate == "fingertip_web" else [crate] + keep[:1])


def main():
    out = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", WASM],
                         check=True, capture_output=True, text=True).stdout
    by_crate, by_family, total, data = Counter(), Counter(), 0, 0
    for row in csv.DictReader(io.StringIO(out)):
        name, size = row["Name"], int(row["ShallowSize"])
        if name in NOT_SHIPPED or name.startswith(("custom section", 'export "__wbindgen_describe')):
            continue
        total += size
        if name.startswith("data segment") or name.startswith("data["):
            data += size
            by_crate["(data: strings, tables, embedded content)"] += size
            continue
        crate = owner(name)
        if crate.startswith("func[") or crate.startswith("elem") or crate.startswith("type["):
            crate = "(unnamed: tables, types, glue)"
        by_crate[crate] += size
        if crate in OWN:
            by_family[family(name, crate)] += size
    print(f"{WASM}: {total:,} B of code and data ({data:,} B of it data)\n")
    print(f"{'crate':<48}{'bytes':>12}{'share':>8}")
    for crate, size in by_crate.most_common(25):
        print(f"{crate:<48}{size:>12,}{size / total:>8.1%}")
    print(f"\n{'own module family':<48}{'bytes':>12}{'share':>8}")
    for fam, size in by_family.most_common(30):
        print(f"{fam:<48}{size:>12,}{size / total:>8.1%}")


if __name__ == "__main__":
    main()
