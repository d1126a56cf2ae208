#!/usr/bin/env python3
"""Recomputes the content fingerprint of a 指尖自查 saved file (docs/fingerprint.md), independently
of the app: python3 scripts/fingerprint.py FILE.json  -> prints the 64-digit fingerprint."""
import hashlib
import json
import sys


def prune(value):
    """Drops object members that are null, false, "", [] or {} (after pruning their own)."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            item = prune(item)
            if item is None or item is False or item in ("", [], {}):
                continue
            out[key] = item
        return out
    if isinstance(value, list):
        return [prune(item) for item in value]
    return value


def number(x):
    """ECMAScript Number::toString for the numbers a saved file holds."""
    if isinstance(x, int):
        return str(x)
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    text = repr(x)
    if "e" in text:
        mantissa, exp = text.split("e")
        sign = "-" if exp.startswith("-") else "+"
        return f"{mantissa}e{sign}{int(exp.lstrip('+-'))}"
    return text


def write(value):
    """RFC 8785: members sorted by UTF-16 code units, no whitespace, minimal escapes."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(write(v) for v in value) + "]"
    keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
    return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + write(value[k]) for k in keys) + "}"


def content(saved):
    body = saved["assessment"]
    answers = {}
    for record in body.get("answers", []):
        answers[(record["item"], record["asset"])] = record  # later duplicates win
    return {
        "kind": "fingertip-content",
        "canon_version": 1,
        "pack_id": saved["pack_id"],
        "pack_version": saved["pack_version"],
        "profile": body["profile"],
        "inventory": body.get("inventory", {}),
        "answers": [answers[k] for k in sorted(answers)],
        "parameters": body.get("parameters", {}),
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8-sig") as f:
        saved = json.load(f)
    text = write(prune(content(saved)))
    print(hashlib.sha256(text.encode("utf-8")).hexdigest())
