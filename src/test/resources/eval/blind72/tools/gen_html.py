#!/usr/bin/env python3
"""Build reports/005_so-ket-6-thang-2024.html (a news page saved from a browser) from src."""
import html, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, 'src/005_so_ket_6_thang_2024.txt'), encoding='utf-8').read()
head, rest = src.split('\n---\n', 1)
body, rest = rest.split('=== related\n', 1)
related, comments = rest.split('=== comments\n', 1)
meta = {}
for line in head.splitlines():
    k, v = line.split(': ', 1)
    meta[k] = v
e = html.escape

parts = []
for line in body.strip().splitlines():
    line = line.strip()
    if not line:
        continue
    if line.startswith('[ẢNH] '):
        cap = line[len('[ẢNH] '):]
        parts.append(f'<figure class="expNoEdit"><img src="./so-ket-6-thang-2024_files/anh-{len(parts)}.jpg" alt="{e(cap)}" width="680" height="453"><figcaption>{e(cap)}</figcaption></figure>')
    elif line.startswith('## '):
        parts.append(f'<h2>{e(line[3:])}</h2>')
    else:
        parts.append(f'<p>{e(line)}</p>')

rel = ''.join(f'<li><a href="/thoi-su/tin-{i+101}.html">{e(t)}</a></li>' for i, t in enumerate(related.strip().splitlines()))
com = []
for line in comments.strip().splitlines():
    who, when, txt = line.split('|', 2)
    com.append(f'<div class="comment-item"><div class="comment-head"><b>{e(who)}</b> <span class="time">{e(when)}</span></div><p>{e(txt)}</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>')
crumbs = ' <span>›</span> '.join(f'<a href="/{i}">{e(c.strip())}</a>' for i, c in enumerate(meta['breadcrumb'].split('>')))

page = f'''<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0071)https://doingoaiviet.vn/thoi-su/bo-ngoai-giao-so-ket-6-thang-2024.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(meta['sapo'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./so-ket-6-thang-2024_files/main.css">
<style>body{{font-family:Arial,sans-serif;margin:0}}.topnav a{{margin:0 8px}}.share a{{margin-right:6px}}figure{{margin:12px 0}}figcaption{{font-style:italic;color:#555}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DNV2024');</script>
</head>
<body>
<header class="site-header">
 <div class="logo"><a href="/">{e(meta['site'])}</a></div>
 <div class="topbar">Hà Nội 32°C | <a href="/dang-nhap">Đăng nhập</a> | <a href="/rss">RSS</a></div>
 <nav class="topnav"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/ngoai-giao">Ngoại giao</a><a href="/kinh-te-doi-ngoai">Kinh tế đối ngoại</a><a href="/kieu-bao">Kiều bào</a><a href="/van-hoa">Văn hóa</a><a href="/anh-video">Ảnh - Video</a><a href="/tim-kiem">Tìm kiếm</a></nav>
</header>
<main class="container">
 <div class="breadcrumb">{crumbs}</div>
 <article class="detail">
  <h1 class="title">{e(meta['title'])}</h1>
  <div class="meta"><span class="datetime">{e(meta['datetime'])}</span> | <span class="views">Lượt xem: <span id="view-count">{e(meta['views'])}</span></span></div>
  <div class="share top"><span>Chia sẻ:</span> <a class="fb" href="#">Facebook</a><a class="zalo" href="#">Zalo</a><a class="x" href="#">X</a><a class="copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a><a class="print" href="javascript:window.print()">In bài</a></div>
  <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
  <div class="content">
{chr(10).join('   ' + p for p in parts)}
  </div>
  <p class="author"><strong>{e(meta['byline'])}</strong></p>
  <div class="tags">Từ khóa: <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a>, <a href="/tag/so-ket">sơ kết 6 tháng</a>, <a href="/tag/bui-thanh-son">Bùi Thanh Sơn</a></div>
  <div class="share bottom"><a class="fb" href="#">Chia sẻ Facebook</a><a class="zalo" href="#">Chia sẻ Zalo</a></div>
 </article>
 <section class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
 <section class="comments"><h3>Bình luận (3)</h3>
  {''.join(com)}
  <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
 </section>
</main>
<footer class="site-footer">
 <p>{e(meta['site'])} - Cơ quan chủ quản: Hội Nghiên cứu Đối ngoại Việt Nam</p>
 <p>Giấy phép hoạt động báo chí điện tử số 123/GP-BTTTT. Tổng Biên tập: Trịnh Minh Quân</p>
 <p>Địa chỉ: số 8 phố Thể Giao, Hai Bà Trưng, Hà Nội. Điện thoại: 024 3825 0000. © 2024 Bản quyền thuộc về {e(meta['site'])}.</p>
</footer>
<script>
(function(){{var el=document.getElementById('view-count');if(!el)return;var n=parseInt(el.textContent.replace(/\\./g,''),10)+1;el.textContent=n.toLocaleString('vi-VN');}})();
</script>
<script src="./so-ket-6-thang-2024_files/ads.js" async></script>
</body>
</html>
'''
out = os.path.join(ROOT, 'reports/005_so-ket-6-thang-2024.html')
open(out, 'w', encoding='utf-8').write(page)
print('wrote', out)
