#!/usr/bin/env python3
"""The office test layer: the Word and Excel files of the sample unit and of a fully compliant
unit (written by `cargo run --example write_documents`) must be sound OOXML packages (every part
listed in [Content_Types].xml, every XML part well-formed, every internal relationship target
present) and convert to PDF with LibreOffice headless, whose text (pdftotext) shows what the
documents are for. Prints one line per file with its page count; exits 1 on the first failure."""

import csv
import posixpath
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = ROOT / "e2e/fixtures/compliant-unit.json"
RED_LINES = ["B4.1", "B5.3", "C6.4", "C6.5", "C7.1", "C8.2", "F1", "F3", "F7"]
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def fail(msg):
    print(f"office: FAIL {msg}", file=sys.stderr)
    sys.exit(1)


def check_package(path):
    """Every part typed by [Content_Types].xml, every override present, XML well-formed,
    internal relationship targets present."""
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            fail(f"{path.name}: bad CRC")
        names = [n for n in z.namelist() if not n.endswith("/")]
        types = ElementTree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(CT + "Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(CT + "Override")}
        for name in names:
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                try:
                    ElementTree.fromstring(data)
                except ElementTree.ParseError as e:
                    fail(f"{path.name}: {name} is not well-formed XML: {e}")
            if name == "[Content_Types].xml":
                continue
            ext = name.rsplit(".", 1)[-1].lower()
            if name not in overrides and ext not in defaults:
                fail(f"{path.name}: {name} has no content type")
        for part in overrides:
            if part not in names:
                fail(f"{path.name}: [Content_Types].xml lists missing part {part}")
        if not any(n in overrides for n in ("word/document.xml", "xl/workbook.xml")):
            fail(f"{path.name}: no main document override")
        for rels in (n for n in names if n.endswith(".rels")):
            base = posixpath.dirname(posixpath.dirname(rels))
            for r in ElementTree.fromstring(z.read(rels)).iter(REL + "Relationship"):
                if r.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(base, r.get("Target")))
                if target not in names:
                    fail(f"{path.name}: {rels} points at missing {target}")


def flat(text):
    return re.sub(r"\s+", "", text)


def main():
    out = Path(tempfile.mkdtemp(prefix="fingertip-office-"))
    subprocess.run(["cargo", "run", "--quiet", "-p", "fingertip-core", "--example", "write_documents", "--",
                    str(out), str(COMPLIANT)], check=True, cwd=ROOT)
    files = sorted(p for p in out.iterdir() if p.suffix in (".docx", ".xlsx"))
    for f in files:
        check_package(f)
    profile = out / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out / "pdf"), *map(str, files)], check=True, capture_output=True, timeout=600)
    texts, raw = {}, {}
    for f in files:
        pdf = out / "pdf" / (f.stem + ".pdf")
        if not pdf.exists():
            fail(f"{f.name}: LibreOffice wrote no PDF")
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        texts[f.stem] = flat(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
        raw[f.stem] = flat(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
        print(f"office: {f.name}: package ok, {pages} PDF pages")

    def expect(stem, *needles, source=texts):
        for n in needles:
            if flat(n) not in source[stem]:
                fail(f"{stem}: {n!r} not in the PDF text")

    expect("sample-正式报告", "关于示例县农业农村局防治“指尖上的形式主义”自查情况的报告", "一、工作开展情况",
           "二、基本情况", "三、发现问题", "四、整改措施及下一步计划", "(一)单项否决(红线)问题9项",
           "示例县农业农村局(盖章)", "2026年11月1日", "附件1整改台账", "—1—", *RED_LINES)
    for item in RED_LINES:  # each red line once in the red-line list of 三、发现问题
        found = texts["sample-正式报告"]
        block = found[found.index(flat("(一)单项否决")):found.index(flat("(二)需要改进的问题"))]
        if block.count(f"({item},") != 1:
            fail(f"sample-正式报告: {item} is not stated exactly once among the red lines")
    expect("compliant-unit-正式报告", "关于某市数据局防治“指尖上的形式主义”自查情况的报告",
           "经自查,未发现单项否决(红线)问题,也未发现需要改进的问题。", "某市数据局(盖章)", "2026年6月30日")
    expect("sample-自查底稿", "防治“指尖上的形式主义”自查报告", "自查底稿", "二、红线问题(9项)", "五、整改台账", "数据指纹")
    expect("sample-备案申请表-2", "政务移动互联网应用程序备案申请表", "示例县农技学习打卡", "立项审核手续不完整",
           "设置了:打卡签到、积分排名", "最近一次安全保密检查或风险评估:2026-03-10",
           "本单位承诺,备案材料所有内容真实、完整、准确和有效。", "单位(盖章)")
    expect("compliant-unit-备案申请表-1", "某市政务协同", "本单位承诺")
    # The spreadsheet: title rows, 类别, and every cell printed whole (no text cut off by a row
    # one line high): the longest 问题 and 依据 cells appear in full in the PDF's reading order.
    expect("sample-整改台账", "示例县农业农村局防治“指尖上的形式主义”自查整改台账", "类别", "红线", "建议", "2026-12-15")
    with open(out / "sample-整改台账.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    for col in (4, 5, 6):
        longest = max((r[col] for r in rows), key=len)
        expect("sample-整改台账", longest, source=raw)
    print(f"office: all checks passed ({len(files)} files) in {out}")


if __name__ == "__main__":
    main()
