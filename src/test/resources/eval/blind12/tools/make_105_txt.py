#!/usr/bin/env python3
"""Type the official report 105 as a plain-text file following the layout of the
Vietnamese administrative-document template (Decree 30/2020/ND-CP, Appendix I):
two-column letterhead, number/date line, document name, 'Kính gửi', body,
'Nơi nhận' and signature block side by side."""
import os, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'reports', '105_bao_cao_tong_ket_nhiem_ky_hdba_2020_2021.txt')
W = 84  # characters per line

def two(left, right, lw=34):
    return (left.center(lw) + right.center(W - lw)).rstrip()

out = []
out.append(two('BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
out.append(two('', 'Độc lập - Tự do - Hạnh phúc'))
out.append(two('-------', '---------------'))
out.append(two('Số: 57/BC-BNG', 'Hà Nội, ngày 28 tháng 3 năm 2022'))
out.append('')
out.append('BÁO CÁO'.center(W).rstrip())
for l in ['Kết quả Hội nghị tổng kết nhiệm kỳ Ủy viên không thường trực',
          'Hội đồng Bảo an Liên Hợp Quốc 2020-2021 của Việt Nam']:
    out.append(l.center(W).rstrip())
out.append('-----------'.center(W).rstrip())
out.append('')
out.append('Kính gửi: Thủ tướng Chính phủ.'.center(W).rstrip())
out.append('')
for line in open(os.path.join(HERE, 'src', '105_noidung.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line:
        continue
    if line.startswith('#H '):
        out.append('')
        out.append(line[3:])
        continue
    out.extend(textwrap.wrap(line, W, initial_indent='    ', subsequent_indent=''))
out.append('')
left = ['Nơi nhận:', '- Như trên;', '- PTTTg Thường trực Phạm Bình Minh (để b/c);',
        '- Văn phòng Chính phủ;', '- Ban Đối ngoại Trung ương;', '- Bộ trưởng (để b/c);',
        '- Phái đoàn ĐDTT VN tại LHQ (New York);', '- Lưu: VT, TCQT.']
right = ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '', '', '(Đã ký)', '', '', 'Lê Đức Mạnh']
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ''
    r = right[i] if i < len(right) else ''
    out.append((l.ljust(46) + r.center(W - 46)).rstrip())
with open(OUT, 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print('wrote', os.path.relpath(OUT))
