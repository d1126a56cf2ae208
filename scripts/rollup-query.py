#!/usr/bin/env python3
"""Loads a `fingertip rollup --out FILE.jsonl` file into SQLite (Python's built-in sqlite3) and
runs the example query of docs/rollup.md: the items most often red, by number of units.

Usage: scripts/rollup-query.py roll-up.jsonl [database.sqlite]
Without a database path the table lives in memory."""
import json
import sqlite3
import sys

COLUMNS = ["unit", "file", "level", "unit_type", "date", "pack_version", "overall",
           "red_lines", "advisories", "unanswered", "completion", "item", "part", "article",
           "scope", "asset", "asset_label", "status", "blocks_filing", "reasons"]

QUERY = """
SELECT item, COUNT(DISTINCT unit) AS units, COUNT(*) AS rows
FROM findings
WHERE status = 'red_line'
GROUP BY item
ORDER BY units DESC, rows DESC, item
LIMIT 10
"""


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    db = sqlite3.connect(sys.argv[2] if len(sys.argv) > 2 else ":memory:")
    db.execute("DROP TABLE IF EXISTS findings")
    db.execute("CREATE TABLE findings (%s)" % ", ".join(COLUMNS))
    meta = None
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = []
        for line in f:
            record = json.loads(line)
            if record["record"] == "meta":
                meta = record
                continue
            rows.append([record.get(c) for c in COLUMNS])
        db.executemany("INSERT INTO findings VALUES (%s)" % ", ".join("?" * len(COLUMNS)), rows)
    db.commit()
    print("units\t%s\tfiles_read\t%s\trejected\t%s" % (meta["units"], meta["files_read"], meta["rejected"]))
    for item, units, rows in db.execute(QUERY):
        print("%s\t%d\t%d" % (item, units, rows))


if __name__ == "__main__":
    main()
