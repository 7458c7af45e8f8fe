#!/usr/bin/env python3
"""Render src/005_*.txt (article source) as a news web page saved from a browser."""
import html, re, sys

src, out = sys.argv[1], sys.argv[2]
meta, body, related, comments, tags = {}, [], [], [], []
for line in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^([a-z]+): (.*)$', line)
    if m and not body:
        meta[m.group(1)] = m.group(2); continue
    if not line.strip():
        continue
    if line.startswith('[related] '):
        d, t = line[10:].split(' | ', 1); related.append((d, t)); continue
    if line.startswith('[comment] '):
        comments.append(line[10:].split(' | ', 2)); continue
    if line.startswith('[tags] '):
        tags = [t.strip() for t in line[7:].split(';')]; continue
    body.append(line)

e = html.escape
def slug(t):
    import unicodedata
    t = unicodedata.normalize('NFD', t.replace('đ', 'd').replace('Đ', 'D'))
    t = ''.join(c for c in t if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'[^a-z0-9]+', '-', t).strip('-')

parts = []
img = 0
for b in body:
    if b.startswith('[sapo] '):
        parts.append(f'<p class="article__sapo"><strong>{e(b[7:])}</strong></p>')
    elif b.startswith('## '):
        parts.append(f'<h2 class="article__subtitle">{e(b[3:])}</h2>')
    elif b.startswith('[caption] '):
        img += 1
        parts.append(f'<figure class="article__image"><img src="./{slug(meta["title"])[:40]}_files/anh{img}.jpg" alt="{e(b[10:])}" width="760" height="428" loading="lazy">'
                     f'<figcaption>{e(b[10:])}</figcaption></figure>')
    else:
        parts.append(f'<p>{e(b)}</p>')

menu = ['Trang chủ', 'Thời sự', 'Đối ngoại', 'Kinh tế', 'Người Việt bốn phương', 'Văn hóa', 'Pháp luật', 'Multimedia']
menu_html = '\n'.join(f'<li class="nav__item{" active" if m == meta["section"] else ""}"><a href="https://thoibaongoaivu.vn/{slug(m)}/">{e(m)}</a></li>' for m in menu)
rel_html = '\n'.join(f'<li><a href="https://thoibaongoaivu.vn/doi-ngoai/{slug(t)}.html">{e(t)}</a> <span class="time">{d}</span></li>' for d, t in related)
com_html = '\n'.join(f'<div class="comment"><div class="comment__head"><b>{e(n)}</b> <span class="comment__time">{e(tm)}</span></div><p class="comment__text">{e(x)}</p>'
                     f'<div class="comment__act"><a href="#" class="like">Thích</a> · <a href="#" class="reply">Trả lời</a></div></div>' for n, tm, x in comments)
tag_html = ' '.join(f'<a class="tag" href="https://thoibaongoaivu.vn/tag/{slug(t)}.html">#{e(t)}</a>' for t in tags)

page = f'''<!DOCTYPE html>
<!-- saved from url=(0{len(meta["url"])}){meta["url"]} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta["title"])} | {e(meta["site"])}</title>
<meta name="description" content="{e(body[0][7:] if body[0].startswith("[sapo] ") else body[0])}">
<meta property="og:title" content="{e(meta["title"])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-05T16:45:00+07:00">
<link rel="stylesheet" href="./{slug(meta["title"])[:40]}_files/main.min.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TBNV2024');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(meta["title"])}","datePublished":"2024-07-05T16:45:00+07:00","author":{{"@type":"Person","name":"{e(meta["byline"])}"}}}}</script>
<style>.article__sapo{{font-size:18px}}.share a{{margin-right:8px}}figure figcaption{{font-style:italic;color:#555;text-align:center}}</style>
</head>
<body class="detail-page">
<div class="topbar"><div class="container"><span class="today">Thứ bảy, 06/07/2024</span> <a href="https://thoibaongoaivu.vn/dang-nhap">Đăng nhập</a> | <a href="https://thoibaongoaivu.vn/dang-ky">Đăng ký</a> <form class="search" action="https://thoibaongoaivu.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div></div>
<header class="header"><div class="container"><a class="logo" href="https://thoibaongoaivu.vn/"><img src="./{slug(meta["title"])[:40]}_files/logo.svg" alt="{e(meta["site"])}"></a></div>
<nav class="nav"><ul class="nav__list">
{menu_html}
</ul></nav></header>
<main class="container">
<div class="breadcrumb"><a href="https://thoibaongoaivu.vn/">Trang chủ</a> › <a href="https://thoibaongoaivu.vn/{slug(meta["section"])}/">{e(meta["section"])}</a> › <a href="https://thoibaongoaivu.vn/{slug(meta["section"])}/{slug(meta["subsection"])}/">{e(meta["subsection"])}</a></div>
<article class="article">
<h1 class="article__title">{e(meta["title"])}</h1>
<div class="article__meta"><span class="author">{e(meta["byline"])}</span> | <span class="datetime">{e(meta["datetime"])}</span> | <span class="views">Lượt xem: {meta["views"]}</span></div>
<div class="share share--top"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={meta["url"]}" class="fb">Facebook</a> <a href="https://zalo.me/share?u={meta["url"]}" class="zalo">Zalo</a> <a href="#" class="copy" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a> <a href="javascript:window.print()" class="print">In bài</a></div>
<div class="article__body">
{chr(10).join(parts)}
</div>
<p class="article__author"><strong>{e(meta["byline"])}</strong></p>
<div class="article__tags">Từ khóa: {tag_html}</div>
<div class="share share--bottom"><a href="https://www.facebook.com/sharer/sharer.php?u={meta["url"]}" class="fb">Chia sẻ Facebook</a> <a href="https://zalo.me/share?u={meta["url"]}" class="zalo">Chia sẻ Zalo</a> <a href="#" class="like-btn">Thích (84)</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
{rel_html}
</ul></section>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
{com_html}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="button">Gửi bình luận</button><p class="note">Bình luận của bạn sẽ được biên tập trước khi đăng.</p></form>
</section>
</main>
<footer class="footer"><div class="container">
<ul class="footer__menu"><li><a href="https://thoibaongoaivu.vn/gioi-thieu">Giới thiệu</a></li><li><a href="https://thoibaongoaivu.vn/lien-he">Liên hệ tòa soạn</a></li><li><a href="https://thoibaongoaivu.vn/quang-cao">Quảng cáo</a></li><li><a href="https://thoibaongoaivu.vn/rss">RSS</a></li></ul>
<p>© {e(meta["site"])}. Giấy phép hoạt động báo điện tử số 318/GP-BTTTT. Tổng Biên tập: Phạm Hải Đăng.</p>
<p>Tòa soạn: số 8 phố Nguyễn Cảnh Chân, Ba Đình, Hà Nội. Ghi rõ nguồn "{e(meta["site"])}" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script>(function(){{var v=document.querySelector('.views');if(v){{fetch('/api/view?id=11842').catch(function(){{}});}}}})();</script>
<script>document.querySelectorAll('.comment .like').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();a.textContent='Đã thích';}});}});</script>
</body></html>
'''
open(out, 'w', encoding='utf-8').write(page)
