#!/usr/bin/env python3
"""Build report 008 (Markdown export with YAML front matter) from src/008_md.txt.
The source is already Markdown; the 'export' adds a normalised line ending and an export footer."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from names import NAMES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, "src/008_md.txt"), encoding="utf-8").read().rstrip() + "\n"
src += "\n---\n\n*Tài liệu xuất tự động từ hệ thống quản lý văn bản. Mã tài liệu: TTBC-2021-0006.*\n"
out = os.path.join(ROOT, "reports", NAMES["008"])
open(out, "w", encoding="utf-8").write(src)
print("wrote", out)
