#!/usr/bin/env python3
"""Copy the Markdown export and the official plain-text report from src/ to reports/ (CRLF for the .txt, as saved on Windows)."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
md = (ROOT / 'src' / 'r4_luuhocsinh_tritre.md').read_text(encoding='utf-8')
(ROOT / 'reports' / '008_hoinghi_luuhocsinh_tritre_lan3.md').write_text(md, encoding='utf-8')
txt = (ROOT / 'src' / 'r5_baocao_caobang.txt').read_text(encoding='utf-8')
(ROOT / 'reports' / '009_BC_congtac_BT_CaoBang.txt').write_bytes(txt.replace('\n', '\r\n').encode('utf-8'))
print('ok')
