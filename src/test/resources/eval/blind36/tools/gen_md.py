#!/usr/bin/env python3
"""Build reports/008_*.md from src/008_markdown_export.txt: the source is already Markdown-like;
the generator validates the YAML front matter, normalises blank lines and appends the export footer."""
import re, sys
src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
assert text.startswith("---\n") and text.count("\n---\n") >= 1, "front matter missing"
fm_end = text.index("\n---\n", 4)
fm = text[4:fm_end]
for key in ("title", "date", "tags"):
    assert re.search(rf"^{key}:", fm, re.M), key
body = re.sub(r"\n{3,}", "\n\n", text[fm_end + 5:]).strip("\n")
out_text = "---\n" + fm + "\n---\n\n" + body + "\n\n---\n\n*Xuất từ sổ ghi chép nội bộ; định dạng Markdown (CommonMark + GFM tables).*\n"
open(out, "w", encoding="utf-8").write(out_text)
