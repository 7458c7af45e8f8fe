#!/usr/bin/env python3
"""Build reports/005_*.html: a news article page as saved from a browser ("Save page as, HTML only")."""
import html, pathlib, re
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / 'src' / 'r1_kyniem_vn_halan.txt').read_text(encoding='utf-8').splitlines()
meta, paras, related, comments = {}, [], [], []
for line in src:
    if not line.strip():
        continue
    if line.startswith('@related '):
        related.append(line[9:]); continue
    if line.startswith('@comment '):
        comments.append(line[9:].split('|', 2)); continue
    if line.startswith('@'):
        k, v = line[1:].split(' ', 1); meta[k] = v; continue
    paras.append(line)
e = html.escape
slug = 'long-trong-ky-niem-50-nam-thiet-lap-quan-he-ngoai-giao-viet-nam-ha-lan-post231745'
url = f'https://tintucdoingoai.vn/{slug}.html'
body = []
for p in paras:
    if p.startswith('[figure] '):
        cap = p[9:]
        n = len([b for b in body if '<figure' in b]) + 1
        body.append(f'<figure class="expNoEdit"><img src="./{slug}_files/anh-{n}.jpg" alt="{e(cap)}" width="680" height="453" loading="lazy">'
                    f'<figcaption>{e(cap)}</figcaption></figure>')
    else:
        body.append(f'<p>{e(p)}</p>')
tags = [t.strip() for t in meta['tags'].split(';')]
out = f'''<!DOCTYPE html>
<!-- saved from url=(0104){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | Tin tức Đối ngoại</title>
<meta name="description" content="{e(meta['sapo'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(meta['sapo'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.tintucdoingoai.vn/2023/07/22/anh-1.jpg">
<meta property="article:published_time" content="{meta['date']}">
<meta property="article:section" content="{e(meta['section'])}">
{''.join(f'<meta property="article:tag" content="{e(t)}">' for t in tags)}
<link rel="stylesheet" href="./{slug}_files/main.min.css">
<script async src="./{slug}_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TTDN2023');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(meta['title'])}","datePublished":"{meta['date']}","author":{{"@type":"Person","name":"{e(meta['author'])}"}}}}</script>
</head>
<body class="article-page">
<div id="fb-root"></div>
<header class="site-header">
  <div class="topbar"><span class="today">Thứ hai, 24/07/2023</span> <a href="https://tintucdoingoai.vn/dang-nhap">Đăng nhập</a> | <a href="https://tintucdoingoai.vn/en">English</a></div>
  <a class="logo" href="https://tintucdoingoai.vn/"><img src="./{slug}_files/logo.svg" alt="Tin tức Đối ngoại"></a>
  <nav class="main-menu"><ul>
    <li><a href="https://tintucdoingoai.vn/">Trang chủ</a></li>
    <li class="active"><a href="https://tintucdoingoai.vn/chinh-tri-ngoai-giao">Chính trị - Ngoại giao</a></li>
    <li><a href="https://tintucdoingoai.vn/kinh-te">Ngoại giao kinh tế</a></li>
    <li><a href="https://tintucdoingoai.vn/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
    <li><a href="https://tintucdoingoai.vn/van-hoa">Văn hóa</a></li>
    <li><a href="https://tintucdoingoai.vn/multimedia">Multimedia</a></li>
  </ul></nav>
  <form class="search" action="https://tintucdoingoai.vn/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main class="container">
<ol class="breadcrumb"><li><a href="https://tintucdoingoai.vn/">Trang chủ</a></li><li><a href="https://tintucdoingoai.vn/chinh-tri-ngoai-giao">{e(meta['section'])}</a></li><li>Quan hệ song phương</li></ol>
<article class="detail">
<h1 class="detail-title">{e(meta['title'])}</h1>
<div class="detail-meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['date']}">{e(meta['datetext'])}</time> <span class="views"><i class="icon-eye"></i> {meta['views']} lượt xem</span></div>
<div class="share-bar"><a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ Facebook</a> <a class="share zalo" href="#" data-href="{url}">Zalo</a> <a class="share x" href="https://twitter.com/intent/tweet?url={url}">X</a> <button class="copy-link">Sao chép liên kết</button> <button class="print" onclick="window.print()">In bài</button></div>
<h2 class="detail-sapo">{e(meta['sapo'])}</h2>
<div class="detail-content" id="content">
{chr(10).join(body)}
<p class="author-sign"><strong>{e(meta['author'])}</strong></p>
</div>
<div class="tags"><span>Từ khóa:</span> {' '.join(f'<a href="https://tintucdoingoai.vn/tag/{re.sub(r"[^a-z0-9]+","-",t.lower())}">{e(t)}</a>' for t in tags)}</div>
<div class="share-bar bottom"><a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ</a> <span class="like-count">Thích 86</span></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
{chr(10).join(f'<li><a href="https://tintucdoingoai.vn/tin-{i}.html">{e(r)}</a></li>' for i, r in enumerate(related, 1))}
</ul></section>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
{chr(10).join(f'<div class="comment"><b class="c-name">{e(n)}</b> <span class="c-time">{e(t)}</span><p>{e(c)}</p><a class="reply" href="#">Trả lời</a> <span class="c-like">Thích</span></div>' for n, t, c in comments)}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button>Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer">
<p>Tin tức Đối ngoại - Chuyên trang thông tin về hoạt động đối ngoại</p>
<p>Giấy phép hoạt động số 123/GP-BTTTT. Địa chỉ: 48 phố Đông Tác, Hà Nội. Điện thoại: 024 3xxx xxxx</p>
<p>© 2023 Bản quyền thuộc về Tin tức Đối ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="./{slug}_files/jquery.min.js"></script>
<script>
(function(){{var v=document.querySelector('.views');fetch('/api/view?id=231745').catch(function(){{}});
document.querySelectorAll('.copy-link').forEach(function(b){{b.addEventListener('click',function(){{navigator.clipboard.writeText(location.href);}});}});}})();
</script>
</body></html>
'''
(ROOT / 'reports' / '005_kyniem_50nam_vn_halan.html').write_text(out, encoding='utf-8')
print('ok')
