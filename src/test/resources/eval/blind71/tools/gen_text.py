#!/usr/bin/env python3
"""Copy the plain-text style reports (d: Markdown export, e: government template .txt,
f: web page copied as text) from src/ to reports/."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
JOBS = [
    ("r4.md", "tap-huan-lanh-su-bac-trung-bo-2024.md", "\n"),
    ("r5_congvan.txt", "38-BC-UBND_CaMau_lam-viec-BNG-bien-doi-khi-hau.txt", "\r\n"),  # typed on Windows
    ("r6_web.txt", "trao-huan-chuong-huu-nghi-dai-su-niu-di-lan.txt", "\n"),
]
for src, dst, eol in JOBS:
    text = (ROOT / "src" / src).read_text(encoding="utf-8")
    text = text.replace("\r\n", "\n")
    if eol != "\n":
        text = text.replace("\n", eol)
    (ROOT / "reports" / dst).write_bytes(text.encode("utf-8"))
    print("wrote", dst)
