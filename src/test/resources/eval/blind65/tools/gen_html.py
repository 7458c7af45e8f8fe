#!/usr/bin/env python3
"""Build reports/101_so_ket_6_thang_2024.html (a news page 'saved from a browser')
from src/101_so_ket_6_thang_2024.src.txt."""
import html, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, 'src', '101_so_ket_6_thang_2024.src.txt')
OUT = os.path.join(ROOT, 'reports', '101_so_ket_6_thang_2024.html')

meta, paras, related, comments = {}, [], [], []
for block in open(SRC, encoding='utf-8').read().split('\n'):
    line = block.rstrip()
    if not line:
        continue
    m = re.match(r'@(\w+) (.*)', line)
    if m:
        k, v = m.groups()
        if k == 'related':
            related.append([x.strip() for x in v.split('|')])
        elif k == 'comment':
            comments.append([x.strip() for x in v.split('|', 2)])
        else:
            meta[k] = v
    elif line.startswith('!img '):
        paras.append(('img', line[5:]))
    else:
        paras.append(('p', line))

e = html.escape
menu = ''.join(f'<li><a href="/{i}">{e(x.strip())}</a></li>' for i, x in enumerate(meta['menu'].split('|')))
crumbs = ' <span class="sep">›</span> '.join(f'<a href="#">{e(x.strip())}</a>' for x in meta['crumb'].split('>'))
body = []
n_img = 0
for kind, text in paras:
    if kind == 'img':
        n_img += 1
        body.append(f'''<figure class="expNoEdit">
  <img src="./101_files/anh-hoi-nghi-{n_img}.jpg" alt="{e(text)}" width="680" height="420" loading="lazy">
  <figcaption><p>{e(text)}</p></figcaption>
</figure>''')
    else:
        body.append(f'<p>{e(text)}</p>')
rel = '\n'.join(f'<li><a href="/tin/{i+1000}.html">{e(t)}</a> <span class="time">{e(d)}</span></li>' for i, (t, d) in enumerate(related))
com = '\n'.join(f'''<div class="comment-item"><div class="c-head"><b>{e(n)}</b> <span class="c-time">{e(tm)}</span></div>
<div class="c-body">{e(tx)}</div><div class="c-act"><a href="#">Thích</a> · <a href="#">Trả lời</a></div></div>''' for n, tm, tx in comments)

page = f'''<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0093)https://nhipcaudoingoai.example.vn/doi-ngoai/bo-ngoai-giao-so-ket-6-thang-dau-nam-2024-1234567.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(meta['sapo'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./101_files/main.min.css">
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
.top-menu ul{{list-style:none;display:flex;gap:18px;background:#0b4f8a;margin:0;padding:10px}}
.top-menu a{{color:#fff;text-decoration:none}} .breadcrumb{{font-size:13px;margin:12px 0}}
.detail-time{{color:#777;font-size:13px}} figure{{margin:16px 0}} figcaption{{font-size:13px;color:#555;font-style:italic}}
.share-tools a{{display:inline-block;margin-right:8px}} footer{{background:#eee;padding:16px;font-size:12px}}
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-XXXXXXX');
</script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/"><img src="./101_files/logo.png" alt="{e(meta['site'])}"></a></div>
  <div class="search"><form action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>
  <nav class="top-menu"><ul>{menu}</ul></nav>
</header>
<main class="container">
  <div class="breadcrumb">{crumbs}</div>
  <article class="detail">
    <h1 class="detail-title">{e(meta['title'])}</h1>
    <div class="detail-meta">
      <span class="detail-time">{e(meta['time'])}</span>
      <span class="views">👁 Lượt xem: <span id="view-count">{e(meta['views'])}</span></span>
    </div>
    <div class="share-tools">
      <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=#" title="Chia sẻ Facebook">Facebook</a>
      <a class="zalo" href="#" title="Chia sẻ Zalo">Zalo</a>
      <a class="copy" href="javascript:void(0)" onclick="copyLink()">Sao chép liên kết</a>
      <a class="print" href="javascript:window.print()">In bài</a>
    </div>
    <h2 class="detail-sapo">{e(meta['sapo'])}</h2>
    <div class="detail-content">
{chr(10).join(body)}
    </div>
    <p class="author"><strong>{e(meta['byline'])}</strong></p>
    <div class="tags">Từ khóa: <a href="#">Bộ Ngoại giao</a> <a href="#">sơ kết 6 tháng</a> <a href="#">Bùi Thanh Sơn</a></div>
  </article>
  <section class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
{rel}
    </ul>
  </section>
  <section class="comments">
    <h3>Bình luận ({len(comments)})</h3>
{com}
    <form class="comment-form"><textarea placeholder="Nhập bình luận của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
  </section>
</main>
<footer><p>{e(meta['footer'])}</p></footer>
<script>
function copyLink(){{navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}}
(function(){{var el=document.getElementById('view-count');
  fetch('/api/view?id=1234567').then(function(r){{return r.json();}}).then(function(d){{if(d&&d.views)el.textContent=d.views;}}).catch(function(){{}});}})();
</script>
</body>
</html>
'''
open(OUT, 'w', encoding='utf-8').write(page)
print('wrote', OUT)
