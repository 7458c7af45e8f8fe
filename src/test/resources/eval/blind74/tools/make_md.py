#!/usr/bin/env python3
"""Build reports/008_<id>.md: a Markdown export from the academy's CMS.
Takes the article source (YAML front matter + Markdown body) and adds what the CMS
export adds: export fields in the front matter, the lead image with its caption and
the export footer.  usage: make_md.py SRC OUT"""
import re
import sys

src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
front, body = m.group(1), m.group(2).strip("\n")
front += (
    "\ncategories:\n  - Tin hoạt động\n  - Đào tạo, bồi dưỡng"
    "\nslug: be-giang-lop-boi-duong-nghiep-vu-doi-ngoai-nam-2024-cho-can-bo-cac-tinh-mien-nui-phia-bac"
    "\nlang: vi\nexported_at: 2024-07-15T08:31:07+07:00\nexporter: cms-md-export 2.3.1"
)
lines = body.split("\n")
# lead image right after the H1
for i, l in enumerate(lines):
    if l.startswith("# "):
        lines[i + 1:i + 1] = [
            "",
            "![Phó Giám đốc Học viện Ngoại giao trao chứng chỉ cho học viên](https://dav.edu.vn/uploads/2024/07/be-giang-lop-boi-duong-cao-bang-01.jpg)",
            "*Các học viên nhận chứng chỉ tại Lễ bế giảng. Ảnh: Thu Phương*",
        ]
        break
lines += [
    "",
    "---",
    "",
    "*Bài viết được xuất từ Cổng thông tin điện tử Học viện Ngoại giao. Bản quyền thuộc Học viện Ngoại giao; ghi rõ nguồn khi trích dẫn.*",
    "",
]
open(out, "w", encoding="utf-8").write("---\n" + front + "\n---\n\n" + "\n".join(lines))
print("wrote", out)
