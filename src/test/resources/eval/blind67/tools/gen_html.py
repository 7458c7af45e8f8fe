#!/usr/bin/env python3
"""Builds a news web page 'saved from a browser' from src/r05_longan_fdi.src.txt."""
import html, re, sys

src, out = sys.argv[1], sys.argv[2]
meta, blocks = {}, []
for line in open(src, encoding='utf-8').read().split('\n'):
    line = line.rstrip()
    if not line:
        continue
    m = re.match(r'^%(\w+):\s*(.*)$', line)
    if m:
        meta.setdefault(m.group(1), []).append(m.group(2)); continue
    m = re.match(r'^(#{1,2}) (.*)$', line)
    if m:
        blocks.append(('h', m.group(2))); continue
    m = re.match(r'^!img:\s*(.*)$', line)
    if m:
        blocks.append(('img', m.group(1))); continue
    blocks.append(('p', line))
one = lambda k: meta[k][0]
e = html.escape

body = []
n_img = 0
for t, x in blocks:
    if t == 'h':
        body.append(f'<h2 class="sub-title">{e(x)}</h2>')
    elif t == 'img':
        n_img += 1
        body.append(f'<figure class="expNoEdit"><img src="./longan_files/anh{n_img}.jpg" alt="{e(x.split(" (")[0])}" width="680" height="453">'
                    f'<figcaption>{e(x)}</figcaption></figure>')
    else:
        body.append(f'<p>{e(x)}</p>')

comments = []
for c in meta.get('comment', []):
    who, when, txt = [s.strip() for s in c.split('|', 2)]
    comments.append(f'<li class="cmt"><div class="cmt-head"><b>{e(who)}</b> <span class="cmt-time">{e(when)}</span></div>'
                    f'<p>{e(txt)}</p><div class="cmt-act"><a href="#">Trả lời</a> · <a href="#">Thích</a></div></li>')
related = ''.join(f'<li><a href="https://baongoaigiao.example.vn/tin-lien-quan-{i+1}.html">{e(r)}</a></li>'
                  for i, r in enumerate(meta.get('related', [])))

page = f'''<!DOCTYPE html>
<!-- saved from url=(0091)https://baongoaigiao.example.vn/ngoai-giao-kinh-te/bo-ngoai-giao-va-long-an-thu-hut-fdi-261845.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(one('title'))} | Báo Ngoại giao &amp; Hội nhập</title>
<meta name="description" content="{e(one('sapo'))}">
<meta property="og:title" content="{e(one('title'))}">
<meta property="article:published_time" content="2024-01-31T18:05:00+07:00">
<link rel="stylesheet" href="./longan_files/main.min.css">
<script async src="./longan_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXX2024');</script>
<script type="text/javascript">var _articleId=261845, _cateId=12, _pageType="detail";</script>
</head>
<body class="detail-page">
<div id="top-bar"><span>Thứ Năm, 01/02/2024</span> <a href="#">Đăng nhập</a> | <a href="#">Đăng ký</a> <a href="#">English</a></div>
<header class="site-header"><a class="logo" href="https://baongoaigiao.example.vn/"><img src="./longan_files/logo.png" alt="Báo Ngoại giao &amp; Hội nhập"></a>
<nav class="main-menu"><ul>
<li><a href="#">Trang chủ</a></li><li><a href="#">Thời sự</a></li><li><a href="#">Ngoại giao kinh tế</a></li><li><a href="#">Đa phương</a></li>
<li><a href="#">Người Việt bốn phương</a></li><li><a href="#">Bảo hộ công dân</a></li><li><a href="#">Văn hóa</a></li><li><a href="#">Media</a></li></ul>
<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></nav></header>
<main class="container">
<ol class="breadcrumb"><li><a href="#">Trang chủ</a></li><li><a href="#">{e(one('category'))}</a></li><li>Địa phương</li></ol>
<article class="article-detail">
<h1 class="title-detail">{e(one('title'))}</h1>
<div class="meta"><span class="author">{e(one('author'))}</span> <span class="date-time">{e(one('datetime'))}</span>
<span class="views"><i class="icon-eye"></i> {e(one('views'))} lượt xem</span></div>
<div class="share-bar"><a class="share fb" href="#">Chia sẻ Facebook</a> <a class="share zalo" href="#">Zalo</a> <a class="share x" href="#">X</a> <a class="share copy" href="#">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In bài</a></div>
<p class="sapo"><strong>{e(one('sapo'))}</strong></p>
<div class="content-detail">
{chr(10).join(body)}
</div>
<div class="tags">Từ khóa: <a href="#">Long An</a> <a href="#">FDI</a> <a href="#">ngoại giao kinh tế</a> <a href="#">Bộ Ngoại giao</a></div>
<div class="share-bar bottom"><a class="share fb" href="#">Chia sẻ</a> <a class="like" href="#">Thích 86</a></div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>{related}</ul></aside>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
<form class="cmt-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>
<ul>{''.join(comments)}</ul></section>
<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="#">Lịch nghỉ Tết Nguyên đán Giáp Thìn 2024 của cán bộ, công chức</a></li><li><a href="#">Giá vàng hôm nay 1/2/2024</a></li><li><a href="#">Thời tiết Hà Nội cuối tuần</a></li></ol></aside>
</main>
<footer class="site-footer"><p>Báo Ngoại giao &amp; Hội nhập – Cơ quan ngôn luận (trang minh họa)</p>
<p>Giấy phép hoạt động báo điện tử số 000/GP-BTTTT. Tổng Biên tập: Vũ Thị Lan.</p>
<p>Tòa soạn: Hà Nội · Điện thoại: (024) 0000 0000 · Email: toasoan@baongoaigiao.example.vn</p>
<p>© Bản quyền thuộc về Báo Ngoại giao &amp; Hội nhập. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<script src="./longan_files/jquery-3.6.0.min.js"></script>
<script>$(function(){{$.post("/api/view",{{id:_articleId}});$(".share.copy").on("click",function(ev){{ev.preventDefault();navigator.clipboard.writeText(location.href);}});}});</script>
<script>(function(){{var s=document.createElement("script");s.src="https://ads.example.vn/banner.js?zone=detail";document.body.appendChild(s);}})();</script>
</body></html>
'''
open(out, 'w', encoding='utf-8').write(page)
print('wrote', out)
