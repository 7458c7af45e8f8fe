#!/usr/bin/env python3
"""Builds a 'saved from browser' news page from src/005_news_html.txt."""
import sys, html, os
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse

src, outdir = sys.argv[1], sys.argv[2]
m, ma, blocks = parse(src)
e = html.escape
body = []
imgn = 0
for kind, val in blocks:
    if kind == 'h2':
        body.append(f'<h2 class="article-subtitle">{e(val)}</h2>')
    elif kind == 'img':
        imgn += 1
        body.append(f'<figure class="article-figure"><img src="./{os.path.basename(m["out"])[:20]}_files/anh-{imgn}.jpg" alt="{e(val)}" width="760" height="507" loading="lazy"><figcaption>{e(val)}</figcaption></figure>')
    else:
        body.append(f'<p>{e(val)}</p>')
related = '\n'.join(f'<li><a href="/ngoai-giao/tin-{i+8812}.html" title="{e(t)}">{e(t)}</a></li>' for i, t in enumerate(ma.get('related', [])))
comments = []
for c in ma.get('comment', []):
    who, when, text = [x.strip() for x in c.split('|', 2)]
    comments.append(f'<div class="comment-item"><div class="comment-head"><b class="comment-name">{e(who)}</b> <span class="comment-time">{e(when)}</span></div><div class="comment-body">{e(text)}</div><a href="javascript:void(0)" class="comment-like">Thích</a> · <a href="javascript:void(0)" class="comment-reply">Trả lời</a></div>')
page = f'''<!DOCTYPE html>
<!-- saved from url=(0093)https://doingoaingaynay.vn/ngoai-giao/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2024-8831.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(m["title"])} | {e(m["site"])}</title>
<meta name="description" content="{e(m["sapo"])}">
<meta property="og:title" content="{e(m["title"])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./{os.path.basename(m["out"])[:20]}_files/style.min.css">
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} .container{{max-width:1100px;margin:auto}} .main-menu a{{margin:0 8px;color:#fff}} figcaption{{font-style:italic;font-size:13px;color:#555}} .share-bar button{{margin-right:6px}}</style>
<script async src="./{os.path.basename(m["out"])[:20]}_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DNNN2024');</script>
</head>
<body class="detail-page">
<div class="topbar container"><span class="today">Thứ năm, 04/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>
<header class="site-header container"><a class="logo" href="/"><img src="./{os.path.basename(m["out"])[:20]}_files/logo.png" alt="{e(m["site"])}"></a></header>
<nav class="main-menu"><div class="container"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/ngoai-giao" class="active">Ngoại giao</a><a href="/kinh-te">Kinh tế</a><a href="/kieu-bao">Kiều bào</a><a href="/van-hoa">Văn hóa</a><a href="/the-gioi">Thế giới</a><a href="/multimedia">Multimedia</a></div></nav>
<div class="container">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li> › <li><a href="/thoi-su">Thời sự</a></li> › <li><a href="/ngoai-giao">{e(m["section"])}</a></li></ol>
<article class="article-detail">
<h1 class="article-title">{e(m["title"])}</h1>
<div class="article-meta"><span class="datetime">{e(m["datetime"])}</span> · <span class="views">Lượt xem: {e(m["views"])}</span></div>
<div class="share-bar"><button onclick="shareFb()">Chia sẻ Facebook</button><button onclick="shareZalo()">Zalo</button><button onclick="copyLink()">Sao chép liên kết</button><button onclick="window.print()">In bài</button></div>
<p class="sapo"><strong>{e(m["sapo"])}</strong></p>
<div class="article-body">
{chr(10).join(body)}
</div>
<p class="author" style="text-align:right"><strong>{e(m["byline"])}</strong></p>
<div class="tags">Từ khóa: <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a>, <a href="/tag/so-ket">sơ kết 6 tháng</a>, <a href="/tag/tran-luu-quang">Trần Lưu Quang</a></div>
<div class="share-bar bottom"><button onclick="shareFb()">Chia sẻ</button><button onclick="copyLink()">Sao chép liên kết</button></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
{related}
</ul></section>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
{chr(10).join(comments)}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><button type="button">Gửi bình luận</button></form>
</section>
</div>
<footer class="site-footer"><div class="container">
<p><b>{e(m["site"])}</b> – Chuyên trang thông tin đối ngoại. Giấy phép số 215/GP-BTTTT. Tòa soạn: 46 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024 3799 2024.</p>
<p>© Bản quyền thuộc {e(m["site"])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script>
function shareFb(){{window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href),'_blank','width=600,height=400');}}
function shareZalo(){{window.open('https://sp.zalo.me/share?u='+encodeURIComponent(location.href));}}
function copyLink(){{navigator.clipboard&&navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}}
(function(){{var v=document.querySelector('.views');if(v){{v.setAttribute('data-id','8831');}}}})();
</script>
</body></html>
'''
open(os.path.join(outdir, m['out']), 'w', encoding='utf-8').write(page)
print('wrote', m['out'])
