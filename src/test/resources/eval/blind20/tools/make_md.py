#!/usr/bin/env python3
"""Build reports/008_*.md: a Markdown export (YAML front matter + body) from src/008_post.md."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
body = (ROOT / "src/008_post.md").read_text(encoding="utf-8")
front = """---
title: "Tập huấn công tác thông tin đối ngoại năm 2024 tại Quảng Trị"
date: 2024-04-13T09:30:00+07:00
author: "Hoài Nhung"
tags:
  - thông tin đối ngoại
  - tập huấn
  - Quảng Trị
  - Bộ Ngoại giao
categories: ["Đối ngoại", "Địa phương"]
slug: tap-huan-thong-tin-doi-ngoai-2024-quang-tri
draft: false
---

"""
footer = "\n<!-- exported from CMS (post id 190311) on 2024-04-14 -->\n"
out = ROOT / "reports/008_tap_huan_thong_tin_doi_ngoai_quang_tri.md"
out.write_text(front + body + footer, encoding="utf-8")
print("wrote", out)
