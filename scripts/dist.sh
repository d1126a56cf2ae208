#!/usr/bin/env bash
# Turns the Trunk release build in dist/ into what is handed out (run by `make dist`, after the build):
#   1. checks the compat probe still covers every wasm feature both wasm apps need (scripts/wasm-features.mjs)
#   2. Content-Security-Policy meta in dist/index.html, with hashes of Trunk's inline script (scripts/csp.mjs)
#   3. dist/fingertip-selfcheck.html, the self-contained single file (scripts/single-file.mjs)
#   4. .gz (gzip -9) and .br (brotli -q 11) beside each .wasm/.js/.css/.html
#   5. the first-load transfer report against scripts/budget.env (fails above the budget)
#   6. dist/fingertip-selfcheck-<version>.zip: web/ (the dist files), the single file, 使用说明.txt
# Safe to run again on the same dist/ (every step replaces its previous output).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

[ -f dist/index.html ] || { echo "dist: no dist/index.html; run trunk build --release first" >&2; exit 1; }
grep -q '<script type=module>\|<script type="module">' dist/index.html ||
  { echo "dist: dist/index.html has no Trunk loader script; is it a Trunk build?" >&2; exit 1; }
for tool in gzip brotli python3 node; do
  command -v "$tool" >/dev/null || { echo "dist: $tool not found (scripts/setup.sh installs it)" >&2; exit 1; }
done

mapfile -t wasms < <(find dist -maxdepth 1 -name '*_bg.wasm' | sort)
[ "${#wasms[@]}" -eq 3 ] || { echo "dist: expected 3 *_bg.wasm in dist/ (first screen, unit module, full module), found ${#wasms[@]}" >&2; exit 1; }
version=$(awk -F'"' '/^\[package\]/ {p=1; next} /^\[/ {p=0} p && /^version *=/ {print $2; exit}' Cargo.toml)
[ -n "$version" ] || { echo "dist: cannot read the version from Cargo.toml" >&2; exit 1; }

echo "== wasm features and browser floor"
for wasm in "${wasms[@]}"; do node scripts/wasm-features.mjs "$wasm" --check static/compat.js; done

echo "== content security policy"
node scripts/csp.mjs dist/index.html

echo "== single file"
node scripts/single-file.mjs dist dist/fingertip-selfcheck.html

echo "== precompressed copies"
find dist -maxdepth 1 \( -name '*.gz' -o -name '*.br' \) -delete
find dist -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) -print0 |
  xargs -0 -r -P "$(nproc)" -I{} sh -c 'gzip -9 -k -n -f "$1" && brotli -q 11 -k -f "$1"' _ {}
echo "$(find dist -maxdepth 1 -name '*.gz' | wc -l) .gz and $(find dist -maxdepth 1 -name '*.br' | wc -l) .br files"

echo "== first load"
node scripts/first-load.mjs dist

echo "== release zip"
zip_name="fingertip-selfcheck-$version.zip"
rm -f dist/fingertip-selfcheck-*.zip
# python3's zipfile, not Info-ZIP `zip`: Debian's zip 3.0 stores 使用说明.txt without the UTF-8 name flag,
# so other unzip tools show it garbled; zipfile sets the flag for non-ASCII names.
python3 - "$version" "dist/$zip_name" <<'PY'
import os, sys, zipfile
version, out = sys.argv[1], sys.argv[2]
top = f"fingertip-selfcheck-{version}/"
single = "fingertip-selfcheck.html"
readme = f"""指尖自查 {version} 使用说明
============================

指尖自查是对照《关于防治“指尖上的形式主义”的若干意见》和《政务移动互联网应用程序规范化管理办法》
进行单位自查的工具,最后生成可打印的自查报告和整改台账。它完全在浏览器中运行,不需要服务器程序,
不需要联网,不会上传任何数据。

一、两种使用方式(任选其一)

1. 放到网站上(适合多人使用)
   把 web 文件夹里的全部文件复制到单位内网任意一台 Web 服务器(nginx、Apache、IIS 等)的任意目录下,
   例如 /tools/selfcheck/,然后在浏览器中打开该目录的地址即可。无需安装任何服务端程序。
   IIS 需要为 .wasm 文件添加 MIME 类型 application/wasm。详细配置见项目文档 docs/deploy.md。

2. 直接打开单个文件(适合 U 盘拷贝、邮件发送)
   双击 {single},用 Chrome、Edge、360 安全浏览器(极速模式)或统信 UOS 浏览器打开即可使用。
   这一个文件就包含了全部功能,可以单独复制给他人。

二、数据保存在哪里

填写的内容只自动保存在当前电脑的当前浏览器中,不会发送到任何地方。换电脑、换浏览器、清除浏览器数据
都会看不到原来的内容。请经常在首页点击“导出全部数据”备份成文件;需要时用“打开文件”恢复。
注意:网站方式和单文件方式的数据分开保存,互不相通。

三、支持的浏览器

需要支持 WebAssembly 的较新浏览器:
- Chrome 或 Edge 97 及以上版本
- 360 安全浏览器:请切换到“极速模式”(内核 Chromium 97 及以上)
- 统信 UOS 浏览器、奇安信可信浏览器等基于 Chromium 97 及以上内核的浏览器
- Firefox 79 及以上版本
IE 浏览器和 360 浏览器的“兼容模式”无法使用,打开时会显示提示。
"""
files = []
for name in sorted(os.listdir("dist")):
    path = os.path.join("dist", name)
    if not os.path.isfile(path) or name.startswith(".") or name.endswith(".zip"):
        continue
    if name.startswith(single):  # the single file (and its .gz/.br) goes at the top level, once
        continue
    files.append((path, top + "web/" + name))
files.append((os.path.join("dist", single), top + single))
with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr(zipfile.ZipInfo(top + "使用说明.txt", date_time=(2026, 1, 1, 0, 0, 0)),
               ("\ufeff" + readme).replace("\n", "\r\n").encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    for path, arc in files:
        # .gz/.br are compressed already: store them as they are
        z.write(path, arc, compress_type=zipfile.ZIP_STORED if path.endswith((".gz", ".br")) else zipfile.ZIP_DEFLATED)
PY
printf '%s: %d bytes (%d files)\n' "dist/$zip_name" "$(stat -c %s "dist/$zip_name")" \
  "$(python3 -c 'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "dist/$zip_name")"
printf 'single file: %d bytes raw, %d bytes gzip\n' "$(stat -c %s dist/fingertip-selfcheck.html)" \
  "$(stat -c %s dist/fingertip-selfcheck.html.gz)"
