#!/usr/bin/env python3
"""Build a 'saved from browser' news page from src/005_news.txt: python3 tools/make_html.py SRC OUT"""
import sys, html
src, out = sys.argv[1], sys.argv[2]
head, body = open(src, encoding='utf-8').read().split('\n---\n', 1)
meta = {}
for line in head.splitlines():
    k, v = line.split(': ', 1); meta[k] = v
paras = [p.strip() for p in body.split('\n\n') if p.strip()]
e = html.escape
fig = lambda n, cap: (f'<figure class="article-figure"><img src="./Ngoai giao kinh te Tay Nguyen_files/anh{n}.jpg" alt="" width="720">'
                      f'<figcaption>{e(cap)}</figcaption></figure>')
parts = []
for i, p in enumerate(paras):
    parts.append(f'<p>{e(p)}</p>')
    if i == 0: parts.append(fig(1, meta['FIG1']))
    if i == 7: parts.append(fig(2, meta['FIG2']))
related = ''.join(f'<li><a href="/doi-ngoai/tin-{i+1}.html">{e(t)}</a></li>' for i, t in enumerate(meta['RELATED'].split('|')))
doc = f'''<!DOCTYPE html>
<!-- saved from url=(0091)https://baothoisuquocte.vn/doi-ngoai/ngoai-giao-kinh-te-dong-hanh-cung-tay-nguyen-20240705.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['TITLE'])} | Báo Thời sự Quốc tế</title>
<meta property="og:title" content="{e(meta['TITLE'])}">
<link rel="stylesheet" href="./Ngoai giao kinh te Tay Nguyen_files/main.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXX00');</script>
<script type="text/javascript">var _adsConfig={{zone:"top-banner",lazy:true}};</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">Báo Thời sự Quốc tế</a></div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li class="active"><a href="/doi-ngoai">Đối ngoại</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/video">Video</a></li></ul></nav>
<div class="search"><input type="text" placeholder="Tìm kiếm..."></div></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/thoi-su">Thời sự</a> &rsaquo; <a href="/doi-ngoai">{e(meta['CATEGORY'])}</a></div>
<article class="detail">
<h1 class="title">{e(meta['TITLE'])}</h1>
<div class="meta"><span class="author">{e(meta['BYLINE'])}</span> <span class="time">{e(meta['DATETIME'])}</span></div>
<div class="share"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="#">In bài</a></div>
<p class="sapo"><strong>{e(meta['SAPO'])}</strong></p>
<div class="content">
{chr(10).join(parts)}
</div>
<p class="source">Nguồn: Báo Thời sự Quốc tế</p>
<div class="tags">Từ khóa: <a href="#">ngoại giao kinh tế</a> <a href="#">Tây Nguyên</a> <a href="#">Đắk Lắk</a></div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>{related}</ul></aside>
</main>
<footer class="site-footer"><p>Báo Thời sự Quốc tế - Cơ quan ngôn luận điện tử. Giấy phép số 112/GP-BTTTT.</p><p>© Bản quyền thuộc về Báo Thời sự Quốc tế. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<script>document.querySelectorAll('.share a').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();}});}});</script>
</body></html>
'''
open(out, 'w', encoding='utf-8').write(doc)
