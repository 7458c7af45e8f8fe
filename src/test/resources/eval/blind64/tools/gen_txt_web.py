"""Builds reports/010_*.txt: an article copied (select all, copy, paste) from a provincial newspaper site."""
import re, sys
src, out = sys.argv[1:3]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().splitlines():
    m = re.match(r'^@(\w+):\s*(.*)$', line)
    if m:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(line)
lines = ['Báo Quảng Trị điện tử', 'Trang chủ  Thời sự  Kinh tế  Văn hóa - Xã hội  Quốc phòng - An ninh  Đất và người Quảng Trị  Video', '',
         meta['crumb'], '', meta['title'], '', meta['dateline'] + '   |   Cỡ chữ  A-  A+   |   In bài   Chia sẻ', '',
         meta['lead'], '']
for l in body:
    lines.append(l)
    if l.startswith('Ảnh:'):
        # captions are pasted twice (alt text + caption), as in many copied pages
        lines[-1] = l[len('Ảnh: '):]
        lines += ['', l[len('Ảnh: '):]]
lines += ['', meta['author'], '', 'Tin, ảnh liên quan'] + ['  ' + t.strip() for t in meta['related'].split('|')] + \
         ['', 'Bình luận (0)', 'Gửi bình luận', '', '© Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị', 'Facebook  Zalo  Youtube']
text = '\n'.join(lines)
text = re.sub(r'\n{3,}', '\n\n', text) + '\n'
open(out, 'w', encoding='utf-8').write(text)
