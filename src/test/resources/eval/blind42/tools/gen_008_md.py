#!/usr/bin/env python3
"""008: a Markdown export (YAML front matter, pipe table, lists)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SRC, REPORTS, report_name, parse_src

src = os.path.join(SRC, "008_dien_dan_viet_lao_3.txt")
meta, body = parse_src(src)
g = lambda k: meta[k][0]

front = ["---",
         'title: "%s"' % g("title"),
         "date: %s" % g("date"),
         'location: "%s"' % g("location"),
         'author: "%s"' % g("author"),
         "tags:"]
front += ["  - %s" % t.strip() for t in g("tags").split(",")]
front += ['source: "%s"' % g("source"),
          "exported: 2019-11-25T09:14:00+07:00",
          "---", ""]
os.makedirs(REPORTS, exist_ok=True)
out = os.path.join(REPORTS, report_name(8, src, "md"))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(front) + "\n".join(body) + "\n")
print(out)
