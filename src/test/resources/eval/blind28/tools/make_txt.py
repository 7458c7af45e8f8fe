#!/usr/bin/env python3
"""Build reports/009_... : official report (Decree 30/2020 layout) as plain text hard-wrapped at ~80 columns."""
import pathlib, textwrap, unicodedata
root = pathlib.Path(__file__).resolve().parent.parent
W = 80
def c(s, w): return s.center(w).rstrip() if w == W else s.center(w)
def two(l, r, wl=36, ljust=False):
    out = []
    for i in range(max(len(l), len(r))):
        a = l[i] if i < len(l) else ''; b = r[i] if i < len(r) else ''
        out.append(((a.ljust(wl) if ljust else a.center(wl)) + '  ' + b.center(W - wl - 2)).rstrip())
    return out
head = two(['BỘ NGOẠI GIAO', '-------', 'Số: 4127/BC-BNG'],
           ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', 'Hà Nội, ngày 29 tháng 12 năm 2023'])
lines = head + ['', c('BÁO CÁO', W), c('Kết quả Hội nghị Ngoại giao lần thứ 32', W), c('-----------', W), '',
                c('Kính gửi: Thủ tướng Chính phủ.', W), '']
for para in (root/'src/009_body.txt').read_text(encoding='utf-8').split('\n\n'):
    para = para.strip()
    if para.startswith('## '): lines += [para[3:], '']; continue
    lines += textwrap.wrap(para, W, initial_indent='    ') + ['']
left = ['Nơi nhận:', '- Như trên;', '- Ban Bí thư (để b/c);', '- Văn phòng Trung ương Đảng;', '- Văn phòng Chính phủ;',
        '- Bộ Tài chính;', '- Các Thứ trưởng;', '- Lưu: VT, VP (3b).']
right = ['BỘ TRƯỞNG', '', '', '(đã ký)', '', '', 'Bùi Thanh Sơn']
lines += two(left, right, 40, ljust=True)
(root/'reports/009_bc-bng_ket-qua-hoi-nghi-ngoai-giao-32.txt').write_text('\n'.join(lines) + '\n', encoding='utf-8')
print('ok')
