#!/usr/bin/env python3
"""Export the youth-union website post (src/104_post.json + src/104_body.md) to a
Markdown file with YAML front matter, as static-site / CMS exporters do."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'reports', '104_doan_thanh_nien_bng_tong_ket_2025.md')
post = json.load(open(os.path.join(HERE, 'src', '104_post.json'), encoding='utf-8'))
body = open(os.path.join(HERE, 'src', post['body_file']), encoding='utf-8').read().strip()
q = lambda s: '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
fm = ['---',
      f'title: {q(post["title"])}',
      f'date: {post["date"]}',
      f'source: {q(post["source"])}',
      f'author: {q(post["author"])}',
      'categories:'] + [f'  - {q(c)}' for c in post['categories']] + \
     ['tags:'] + [f'  - {q(t)}' for t in post['tags']] + \
     [f'slug: {post["slug"]}', 'draft: false', '---', '']
with open(OUT, 'w', encoding='utf-8') as f:
    f.write('\n'.join(fm) + '\n# ' + post['title'] + '\n\n' + body + '\n')
print('wrote', os.path.relpath(OUT))
