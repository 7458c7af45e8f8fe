#!/usr/bin/env python3
"""Build the six new reports of blind74 from src/ into reports/.
File names follow the given reports: NNN_<16 hex of sha1(source file name)>.<ext>.
Needs `npm install` in tools/ first (docx, pdfkit); node_modules can be removed afterwards."""
import hashlib
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.path.join(ROOT, "tools")
SRC = os.path.join(ROOT, "src")
REP = os.path.join(ROOT, "reports")

JOBS = [
    ("005", "005_hop_bao_thuong_ky_2024-07-04.txt", "html", ["python3", "make_html.py"]),
    ("006", "006_quang_tri_tong_ket_doi_ngoai_2024.txt", "docx", ["node", "make_docx.js"]),
    ("007", "007_hoi_nghi_nvnonn_toan_cau_lan_4.txt", "pdf", ["node", "make_pdf.js"]),
    ("008", "008_lop_boi_duong_doi_ngoai_cao_bang_2024.md", "md", ["python3", "make_md.py"]),
    ("009", "009_bao_cao_trao_quyet_dinh_dai_su_2025.txt", "txt", ["python3", "make_gov_txt.py"]),
    ("010", "010_email_le_ky_mien_thi_thuc_colombia.txt", "eml", ["python3", "make_eml.py"]),
]


def out_name(num, src, ext):
    return f"{num}_{hashlib.sha1(src.encode()).hexdigest()[:16]}.{ext}"


def stamp_docx(path, iso="2025-01-10T03:12:00Z", dt=(2025, 1, 10, 10, 12, 0)):
    """Give the Word file the date it was written instead of the build machine's clock:
    docProps/core.xml created/modified and the zip entries' times."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    for num, src, ext, cmd in JOBS:
        name = out_name(num, src, ext)
        if cmd[0] == "node":   # node generators take the output file name (written into reports/)
            args = cmd + [name]
        else:
            args = cmd + [os.path.join(SRC, src), os.path.join(REP, name)]
        subprocess.run(args, cwd=TOOLS, check=True)
        if ext == "docx":
            stamp_docx(os.path.join(REP, name))


if __name__ == "__main__":
    sys.exit(main())
