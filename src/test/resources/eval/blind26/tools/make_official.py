#!/usr/bin/env python3
"""Lay out src/009_body.txt as a Decree 30/2020-style BÁO CÁO in plain text,
hard-wrapped at 80 columns, with letterhead, Nơi nhận block beside signature."""
import sys, textwrap
src, out = sys.argv[1], sys.argv[2]
W = 80
def two(l, r, lw=36):
    return (l.center(lw) + r.center(W - lw)).rstrip()
lines = [
    two('BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    two('-------', 'Độc lập - Tự do - Hạnh phúc'),
    two('', '---------------'),
    two('Số: 38/BC-BNG', 'Hà Nội, ngày 15 tháng 01 năm 2024'),
    '', 'BÁO CÁO'.center(W).rstrip(),
    'Kết quả Hội nghị tổng kết công tác ngành Ngoại giao năm 2023,'.center(W).rstrip(),
    'triển khai nhiệm vụ năm 2024'.center(W).rstrip(),
    '-----------'.center(W).rstrip(), '',
    'Kính gửi: Thủ tướng Chính phủ.'.center(W).rstrip(), '']
for para in open(src, encoding='utf-8').read().split('\n'):
    if not para.strip(): continue
    if para.startswith('## '):
        lines += ['', para[3:]]
    else:
        lines += textwrap.wrap(para, W, initial_indent='    ', subsequent_indent='')
lines.append('')
left = ['Nơi nhận:', '- Như trên;', '- PTTg Trần Lưu Quang (để b/c);', '- Văn phòng Chính phủ;',
        '- Bộ trưởng (để b/c);', '- Các Thứ trưởng;', '- Vụ Tổng hợp;', '- Lưu: VT, TH.']
right = ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '', '(Đã ký)', '', '', '', 'Nguyễn Minh Vũ']
for l, r in zip(left, right):
    lines.append((l.ljust(40) + r.center(W - 40)).rstrip())
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
