#!/usr/bin/env python3
"""src/005_*.src.txt -> reports/005_*.html : a news page as saved from a browser."""
import sys, html, os
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse, m1

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
e = html.escape
title = next(b[1] for b in blocks if b[0] == 'h1')
site = m1(meta, 'site')
menu = ''.join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(m1(meta, 'menu').split('|')))
crumbs = m1(meta, 'breadcrumb').split('|')
crumb = ' <span class="sep">›</span> '.join(f'<a href="/c/{i}">{e(c)}</a>' for i, c in enumerate(crumbs))
body = []
first_p = True
for b in blocks:
    if b[0] == 'h1':
        continue
    if b[0] == 'p':
        cls = ' class="sapo"' if first_p else ''
        body.append(f'<p{cls}>{e(b[1])}</p>')
        first_p = False
    elif b[0] == 'fig':
        body.append(f'<figure class="image"><img src="/uploads/2024/07/05/hn-so-ket-{len(body)}.jpg" alt="{e(b[1][:60])}" loading="lazy"><figcaption>{e(b[1])}</figcaption></figure>')
    elif b[0] == 'h2':
        body.append(f'<h2>{e(b[1])}</h2>')
related = ''.join(
    f'<li><a href="/ngoai-giao/tin-{i+1}.html">{e(r.split("|")[0])}</a> <time>{e(r.split("|")[1])}</time></li>'
    for i, r in enumerate(meta.get('related', [])))
comments = ''
for c in meta.get('comment', []):
    who, when, txt = c.split('|', 2)
    comments += (f'<div class="comment"><div class="c-head"><b class="c-name">{e(who)}</b> '
                 f'<span class="c-time">{e(when)}</span></div><p class="c-text">{e(txt)}</p>'
                 f'<a class="c-like" href="#">Thích</a> · <a class="c-reply" href="#">Trả lời</a></div>')
page = f'''<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0078)https://thoisudoingoai.vn/ngoai-giao/nganh-ngoai-giao-so-ket-6-thang-dau-nam-2024.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | {e(site)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./nganh-ngoai-giao-so-ket_files/main.min.css">
<style>body{{font-family:Arial,sans-serif;margin:0}} .wrap{{max-width:980px;margin:auto}} nav ul{{list-style:none;display:flex;gap:14px}} figcaption{{font-size:13px;color:#555}} .comment{{border-top:1px solid #eee;padding:6px 0}}</style>
<script async src="./nganh-ngoai-giao-so-ket_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TSDN2024');</script>
</head>
<body>
<header class="site-header"><div class="wrap">
<a class="logo" href="/"><img src="./nganh-ngoai-giao-so-ket_files/logo.png" alt="{e(site)}"></a>
<div class="top-links"><a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> | <a href="/rss">RSS</a></div>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
<nav class="main-menu"><ul>{menu}</ul></nav>
</div></header>
<main class="wrap">
<div class="breadcrumb">{crumb}</div>
<article class="detail">
<h1 class="title">{e(title)}</h1>
<div class="meta"><span class="datetime">{e(m1(meta, 'datetime'))}</span> <span class="views">Lượt xem: <b id="view-count">{e(m1(meta, 'views'))}</b></span></div>
<div class="share-top"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="tw" href="#">Twitter</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In bài</a></div>
<div class="content">
{chr(10).join(body)}
</div>
<p class="author">{e(m1(meta, 'byline'))}</p>
<div class="share-bottom"><span>Chia sẻ:</span> <a class="fb" href="#">Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="tw" href="#">Twitter</a> <a class="email" href="#">Email</a></div>
<div class="tags">Từ khóa: <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a>, <a href="/tag/so-ket">sơ kết 6 tháng</a>, <a href="/tag/tran-luu-quang">Trần Lưu Quang</a>, <a href="/tag/bui-thanh-son">Bùi Thanh Sơn</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<section class="comments"><h3>Bình luận ({len(meta.get('comment', []))})</h3>
{comments}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button type="button">Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer"><div class="wrap">
<ul class="foot-menu"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/quang-cao">Quảng cáo</a></li></ul>
<p>{e(m1(meta, 'footer'))}</p>
</div></footer>
<script>
(function(){{var el=document.getElementById('view-count');fetch('/api/views?id=20240705-ngkt').then(function(r){{return r.json()}}).then(function(d){{if(d&&d.views)el.textContent=d.views.toLocaleString('vi-VN');}}).catch(function(){{}});}})();
document.querySelectorAll('.copy').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();navigator.clipboard.writeText(location.href);}});}});
</script>
</body>
</html>
'''
open(out, 'w', encoding='utf-8').write(page)
