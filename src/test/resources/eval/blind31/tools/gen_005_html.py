#!/usr/bin/env python3
"""Build reports/005_*.html: a saved news web page from src/005_lanh_su_2023.txt."""
import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
m, blocks, raw = parse(os.path.join(ROOT, 'src/005_lanh_su_2023.txt'))
e = html.escape
body = []
for b in blocks:
    if b[0] == 'p': body.append(f'<p>{e(b[1])}</p>')
    elif b[0] == 'h2': body.append(f'<h2 class="sub-title">{e(b[1])}</h2>')
    elif b[0] == 'ul': body.append('<ul class="task-list">' + ''.join(f'<li>{e(x)}</li>' for x in b[1]) + '</ul>')
    elif b[0] == 'img':
        n = len([x for x in body if 'figure' in x]) + 1
        body.append(f'<figure class="photo"><img src="/Uploads/images/2024/01/16/lanhsu-{n}.jpg" alt="{e(b[1])}" loading="lazy"><figcaption>{e(b[1])}</figcaption></figure>')
    elif b[0] == 'table':
        rows = b[2]
        t = f'<table class="data-table"><caption>{e(b[1])}</caption><thead><tr>' + ''.join(f'<th>{e(c)}</th>' for c in rows[0]) + '</tr></thead><tbody>'
        for r in rows[1:]: t += '<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>'
        body.append(t + '</tbody></table>')
tags = ''.join(f'<a href="/tag/{i}" class="tag">{e(t.strip())}</a>' for i, t in enumerate(m['tags'].split(';')))
related = ''.join(f'<li><a href="/tin-{1000+i}.html">{e(t.strip())}</a></li>' for i, t in enumerate(m['related'].split('|')))
comments = ''
for c in raw['comment']:
    who, when, txt = [x.strip() for x in c.split('|')]
    comments += f'<div class="comment"><span class="c-name">{e(who)}</span> <span class="c-time">{e(when)}</span><p>{e(txt)}</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>'
page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(m['title'])} | {e(m['site'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(m['title'])}">
<link rel="stylesheet" href="/static/css/main.min.css?v=20240110">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DN2024XYZ');</script>
<style>.share-bar a{{margin-right:6px}} .view-count{{color:#888}}</style>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">{e(m['site'])}</a></div>
  <nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li><li><a href="/kinh-te">Kinh tế đối ngoại</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/video">Video</a></li><li><a href="/e-magazine">E-magazine</a></li></ul></nav>
  <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/ngoai-giao">Ngoại giao</a> › <a href="/lanh-su">{e(m['section'])}</a></div>
<article class="detail">
  <h1 class="title">{e(m['title'])}</h1>
  <div class="meta"><span class="author">{e(m['byline'])}</span> | <span class="datetime">{e(m['datetime'])}</span> | <span class="view-count">Lượt xem: {e(m['views'])}</span></div>
  <div class="share-bar"><a href="#" class="fb">Chia sẻ Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép liên kết</a><a href="javascript:window.print()">In bài</a></div>
  <p class="sapo"><strong>{e(m['sapo'])}</strong></p>
  <div class="content">
{chr(10).join(body)}
  </div>
  <p class="author-end"><strong>{e(m['byline'])}</strong></p>
  <div class="tags"><span>Từ khóa:</span> {tags}</div>
  <div class="share-bar bottom"><a href="#" class="fb">Chia sẻ</a><a href="#" class="zalo">Zalo</a><span class="like-count">Thích 86</span></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<section class="comments"><h3>Bình luận (2)</h3>{comments}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form></section>
</main>
<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="/tin-998.html">Thời tiết Hà Nội cuối tuần chuyển rét</a></li><li><a href="/tin-997.html">Lịch nghỉ Tết Nguyên đán Giáp Thìn 2024</a></li></ol></aside>
<footer class="site-footer">
  <p>Cơ quan chủ quản: Hội Truyền thông Đối ngoại Việt Nam. Giấy phép số 123/GP-BTTTT cấp ngày 05/3/2021.</p>
  <p>Tổng Biên tập: Phạm Hải Đăng. Địa chỉ: số 8 Nguyễn Cảnh Chân, Ba Đình, Hà Nội. Điện thoại: 024 3799 xxxx.</p>
  <p>© 2024 {e(m['site'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
document.querySelectorAll('.share-bar .copy').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();navigator.clipboard.writeText(location.href);}});}});
(function(){{var v=document.querySelector('.view-count');if(v){{fetch('/api/view?id=48213',{{method:'POST'}});}}}})();
</script>
</body>
</html>
'''
out = os.path.join(ROOT, 'reports/005_lanh_su_2023.html')
open(out, 'w', encoding='utf-8').write(page)
print('wrote', out)
