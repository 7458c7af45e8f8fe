"""Builds reports/008_*.md: a CMS Markdown export with YAML front matter."""
import re, sys
src, out = sys.argv[1:3]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().splitlines():
    m = re.match(r'^@(\w+):\s*(.*)$', line)
    if m:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(line)
fm = ['---',
      f'title: "{meta["title"]}"',
      f'date: {meta["date"]}T21:30:00+07:00',
      f'author: "{meta["author"]}"',
      f'category: "{meta["category"]}"',
      'tags: [' + ', '.join(f'"{t.strip()}"' for t in meta['tags'].split(',')) + ']',
      f'source: "{meta["source"]}"',
      'slug: xuan-que-huong-2024-kieu-bao-chung-tay-cung-dat-nuoc',
      'draft: false',
      '---', '']
text = '\n'.join(fm) + '\n'.join(body).strip('\n') + '\n'
# add an image line after the first paragraph, as CMS exports usually do
text = text.replace('chúc Tết kiều bào.\n', 'chúc Tết kiều bào.\n\n![Phó Thủ tướng Trần Lưu Quang phát biểu tại chương trình Xuân Quê hương 2024](/uploads/2024/01/xqh2024-pttg.jpg)\n*Phó Thủ tướng Trần Lưu Quang phát biểu tại chương trình. Ảnh: Ban tổ chức*\n', 1)
open(out, 'w', encoding='utf-8').write(text)
