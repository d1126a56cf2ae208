#!/usr/bin/env python3
"""Edit cells of a ledger XLSX the app exported, as a unit would in Excel or WPS, for the tests
of the ledger re-import. Standard library only (zipfile, ElementTree); the result is deflated.

    edit-ledger-xlsx.py IN.xlsx OUT.xlsx [--resave] ITEM:COLUMN=VALUE ...

ITEM is the 条目 of the row (e.g. C7.1), COLUMN a header of the ledger (e.g. 责任人). A VALUE of
the form date:YYYY-MM-DD is written as a date cell (an Excel serial number), any other as text.
--resave then opens and saves the workbook with LibreOffice headless, so the file has shared
strings and LibreOffice's own parts, as an office suite saves it (core/tests/fixtures/ledger/)."""

import datetime
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
ElementTree.register_namespace("", NS)
ElementTree.register_namespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")


def q(tag):
    return f"{{{NS}}}{tag}"


def text_of(cell):
    return "".join(t.text or "" for t in cell.iter(q("t")))


def set_cell(cell, value):
    for child in list(cell):
        cell.remove(child)
    if value.startswith("date:"):
        day = datetime.date.fromisoformat(value[5:])
        cell.attrib.pop("t", None)
        ElementTree.SubElement(cell, q("v")).text = str((day - datetime.date(1899, 12, 30)).days)
    else:
        cell.set("t", "inlineStr")
        ElementTree.SubElement(ElementTree.SubElement(cell, q("is")), q("t")).text = value


def edit(sheet_xml, edits):
    root = ElementTree.fromstring(sheet_xml)
    rows = list(root.iter(q("row")))
    header = next(r for r in rows if "条目" in [text_of(c) for c in r])
    columns = {text_of(c): re.sub(r"\d+", "", c.get("r")) for c in header}
    for spec in edits:
        target, value = spec.split("=", 1)
        item, column = target.split(":", 1)
        row = next(r for r in rows if any(c.get("r") == f"C{r.get('r')}" and text_of(c) == item for c in r))
        ref = f"{columns[column]}{row.get('r')}"
        cell = next((c for c in row if c.get("r") == ref), None)
        if cell is None:
            cell = ElementTree.SubElement(row, q("c"), {"r": ref})
        set_cell(cell, value)
    return ElementTree.tostring(root, xml_declaration=True, encoding="UTF-8")


def main(argv):
    resave = "--resave" in argv
    args = [a for a in argv if a != "--resave"]
    src, out, edits = Path(args[0]), Path(args[1]), args[2:]
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            data = z.read(info.filename)
            w.writestr(info.filename, edit(data, edits) if info.filename == SHEET else data)
    if resave:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", f"{tmp}/out",
                            str(out)], check=True, capture_output=True, timeout=180)
            shutil.move(f"{tmp}/out/{out.name}", out)


if __name__ == "__main__":
    main(sys.argv[1:])
