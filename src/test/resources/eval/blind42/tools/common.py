"""Shared helpers for the report generators of blind set 42."""
import hashlib
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
REPORTS = os.path.join(ROOT, "reports")


def report_name(num, src_path, ext):
    """NNN_<16 lowercase hex>.<ext>; the hex is the start of sha256(source bytes)."""
    with open(src_path, "rb") as f:
        h = hashlib.sha256(f.read()).hexdigest()[:16]
    return "%03d_%s.%s" % (num, h, ext)


def parse_src(path):
    """Return (meta: dict of lists, body_lines: list) from the light markup source."""
    meta = {}
    body = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = re.match(r"^@(\w+):\s?(.*)$", line)
            if m:
                meta.setdefault(m.group(1), []).append(m.group(2))
            else:
                body.append(line)
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    return meta, body


def blocks(body):
    """Split body lines into blocks separated by blank lines."""
    out, cur = [], []
    for line in body:
        if line.strip():
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out
