#!/usr/bin/env python3
"""Build reports/010_*.txt: press-conference transcript (speaker labels + timestamps), copied from src/010_transcript.txt."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
out = ROOT / "reports/010_go_bang_hop_bao_hn_ngoai_giao_32.txt"
out.write_text((ROOT / "src/010_transcript.txt").read_text(encoding="utf-8"), encoding="utf-8")
print("wrote", out)
