#!/usr/bin/env python3
"""Build reports/005_*.html: a saved news web page (site chrome + article) from src/005_article.txt."""
import html, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
src = (root / 'src/005_article.txt').read_text(encoding='utf-8').splitlines()
meta, body, photos, comments = {}, [], 0, []
for line in src:
    if not line.strip():
        continue
    k, _, v = line.partition(': ')
    if k in ('TITLE', 'DATE', 'BYLINE', 'VIEWS', 'CATEGORY', 'SAPO', 'TAGS', 'RELATED'):
        meta[k] = v
    elif k == 'P':
        body.append('<p>%s</p>' % html.escape(v))
    elif k == 'H':
        body.append('<h2 class="sub-title">%s</h2>' % html.escape(v))
    elif k == 'PHOTO':
        photos += 1
        body.append('<figure class="image align-center"><img src="https://img.baodoingoai.vn/2024/03/14/hn-ngoai-vu-%02d.jpg" alt="%s" width="800" height="533"><figcaption>%s</figcaption></figure>' % (photos, html.escape(v), html.escape(v)))
    elif k == 'COMMENT':
        comments.append([x.strip() for x in v.split('|')])
e = html.escape
crumb = ' <span>›</span> '.join('<a href="/%s">%s</a>' % (i, e(c.strip())) for i, c in enumerate(meta['CATEGORY'].split('>')))
tags = ''.join('<a class="tag" href="/tag/%d">%s</a>' % (i, e(t.strip())) for i, t in enumerate(meta['TAGS'].split('|')))
related = ''.join('<li><a href="/tin/%d.html">%s</a></li>' % (1000 + i, e(t.strip())) for i, t in enumerate(meta['RELATED'].split('|')))
cm = ''.join('<div class="comment"><b class="c-name">%s</b> <span class="c-time">%s</span><p>%s</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>' % (e(a), e(b), e(c)) for a, b, c in comments)
page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(meta['TITLE'])} | Báo Đối ngoại điện tử</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(meta['TITLE'])}">
<meta property="og:site_name" content="Báo Đối ngoại điện tử">
<link rel="stylesheet" href="/static/css/main.min.css?v=20240301">
<style>.header{{background:#0b3d91;color:#fff}} .menu li{{display:inline-block;margin:0 8px}} figcaption{{font-style:italic;font-size:13px}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-BDN2024X');</script>
</head>
<body>
<div class="top-bar">Thứ năm, 14/03/2024 | <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> | <a href="/en">English</a></div>
<header class="header"><a class="logo" href="/"><img src="/static/img/logo.png" alt="Báo Đối ngoại điện tử"></a>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/doi-ngoai">Đối ngoại</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/multimedia">Multimedia</a></li><li><a href="/video">Video</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> {crumb}</div>
<main class="container"><article class="detail">
<h1 class="title">{e(meta['TITLE'])}</h1>
<div class="meta"><span class="author">{e(meta['BYLINE'])}</span> <span class="time">{e(meta['DATE'])}</span> <span class="views">Lượt xem: {e(meta['VIEWS'])}</span></div>
<div class="share"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="tw">Twitter</a> <a href="#" class="copy">Sao chép liên kết</a> <a href="javascript:window.print()">In bài</a></div>
<p class="sapo"><strong>{e(meta['SAPO'])}</strong></p>
<div class="content">
{chr(10).join(body)}
</div>
<p class="source">Nguồn: Báo Đối ngoại điện tử</p>
<div class="tags"><span>Từ khóa:</span> {tags}</div>
<div class="share bottom"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="like">Thích 214</a></div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>{related}</ul></aside>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>{cm}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button>Gửi bình luận</button></form></section>
<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="/tin/991.html">Lịch nghỉ lễ 30/4 - 1/5 năm 2024</a></li><li><a href="/tin/992.html">Giá vàng hôm nay</a></li></ol></aside>
</main>
<footer class="footer"><p>© 2024 Báo Đối ngoại điện tử. Giấy phép hoạt động báo điện tử số 123/GP-BTTTT.</p><p>Tòa soạn: 19 Lê Thánh Tông, Hà Nội. Điện thoại: 024 3825 0000. Email: toasoan@baodoingoai.vn</p><p>Ghi rõ nguồn "Báo Đối ngoại điện tử" khi phát hành lại thông tin từ website này.</p></footer>
<script>(function(){{var v=document.querySelector('.views');fetch('/api/view?id=20240314-2145').catch(function(){{}});}})();</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BDN2024X"></script>
</body>
</html>
'''
out = root / 'reports/005_hoi_nghi_ngoai_vu_dia_phuong_21.html'
out.write_text(page, encoding='utf-8')
print(out)
