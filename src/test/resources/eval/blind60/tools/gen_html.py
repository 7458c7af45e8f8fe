#!/usr/bin/env python3
"""Render src/005_news_page.txt into a saved-from-browser news web page."""
import html, sys

src, out = sys.argv[1], sys.argv[2]
meta, body, related, comments, tags = {}, [], [], [], []
para = []
for line in open(src, encoding="utf-8").read().split("\n"):
    if line.startswith("@related "):
        related.append(line[9:].strip())
    elif line.startswith("@comment "):
        n, t = line[9:].split("|", 1)
        comments.append((n.strip(), t.strip()))
    elif line.startswith("@tags "):
        tags = [t.strip() for t in line[6:].split("|")]
    elif line.startswith("@"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v.strip()
    elif line.startswith("[img] "):
        body.append(("img", line[6:].strip()))
    elif line.strip():
        body.append(("p", line.strip()))

e = html.escape
parts = []
img_no = 0
for kind, text in body:
    if kind == "p":
        parts.append(f'        <p>{e(text)}</p>')
    else:
        img_no += 1
        parts.append(
            f'        <figure class="expNoEdit">\n'
            f'          <img src="./{e("Dua-nong-san-Cao-Bang")}_files/anh-{img_no}.jpg" alt="{e(text)}" width="680" height="453" loading="lazy">\n'
            f'          <figcaption>{e(text)}</figcaption>\n'
            f'        </figure>')

rel = "\n".join(f'          <li><a href="https://thoibaodoingoai.vn/tin-{i+20481}.html">{e(r)}</a></li>' for i, r in enumerate(related))
com = "\n".join(
    f'        <div class="comment-item"><span class="comment-name">{e(n)}</span> <span class="comment-time">{18+i}:0{i*3} 22/07/2024</span>\n'
    f'          <p>{e(t)}</p><a href="#" class="reply">Trả lời</a> · <a href="#" class="like">Thích (<span>{5-i}</span>)</a></div>'
    for i, (n, t) in enumerate(comments))
tag_html = " ".join(f'<a href="/tag/{e(t.lower().replace(" ", "-"))}" class="tag">#{e(t)}</a>' for t in tags)

page = f'''<!DOCTYPE html>
<!-- saved from url=(0089)https://thoibaodoingoai.vn/kinh-te/ngoai-giao-kinh-te/dua-nong-san-cao-bang-vuon-ra-the-gioi-20468.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta["title"])} | {e(meta["site"])}</title>
<meta name="description" content="{e(meta["sapo"])}">
<meta property="og:title" content="{e(meta["title"])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-22T17:45:00+07:00">
<link rel="stylesheet" href="./Dua-nong-san-Cao-Bang_files/main.min.css">
<script async src="./Dua-nong-san-Cao-Bang_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-TBDN2024XY');
</script>
<style>
  body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
  .topbar{{background:#0b3d91;color:#fff;font-size:12px;padding:4px 16px}}
  nav.menu a{{color:#fff;margin-right:14px;text-decoration:none}}
  .breadcrumb{{font-size:13px;color:#666;margin:10px 0}}
  figure{{margin:16px 0}} figcaption{{font-style:italic;font-size:13px;color:#555;text-align:center}}
  .share a{{display:inline-block;padding:4px 10px;border:1px solid #ccc;margin-right:6px;border-radius:3px}}
</style>
</head>
<body>
<div class="topbar"><span id="today">Thứ Hai, 22/07/2024</span> | Hotline: 024 3799 xxxx | <a href="/dang-nhap" style="color:#fff">Đăng nhập</a></div>
<header class="site-header">
  <a class="logo" href="https://thoibaodoingoai.vn/"><img src="./Dua-nong-san-Cao-Bang_files/logo.png" alt="{e(meta["site"])}"></a>
  <nav class="menu" style="background:#0b3d91;padding:8px 16px">
    <a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/doi-ngoai">Đối ngoại</a><a href="/kinh-te">Kinh tế</a><a href="/dia-phuong">Địa phương</a><a href="/kieu-bao">Kiều bào</a><a href="/van-hoa">Văn hóa</a><a href="/video">Video</a><a href="/emagazine">E-magazine</a>
  </nav>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main class="container" style="max-width:980px;margin:0 auto;padding:0 16px">
  <div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/kinh-te">{e(meta["section"])}</a> &rsaquo; <a href="/kinh-te/ngoai-giao-kinh-te">{e(meta["subsection"])}</a></div>
  <article class="detail">
    <h1 class="detail-title">{e(meta["title"])}</h1>
    <div class="detail-meta">
      <span class="author">{e(meta["byline"])}</span> |
      <span class="time">{e(meta["datetime"])}</span> |
      <span class="views">Lượt xem: <b id="viewcount">{e(meta["views"])}</b></span>
    </div>
    <div class="share top">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://thoibaodoingoai.vn/20468.html" class="fb">Chia sẻ Facebook</a>
      <a href="https://zalo.me/share?u=https://thoibaodoingoai.vn/20468.html" class="zalo">Zalo</a>
      <a href="javascript:window.print()" class="print">In bài</a>
      <a href="#" onclick="navigator.clipboard.writeText(location.href);return false;" class="copy">Sao chép link</a>
      <a href="#" class="font-size">A- A+</a>
    </div>
    <h2 class="sapo"><strong>{e(meta["sapo"])}</strong></h2>
    <div class="detail-content">
{chr(10).join(parts)}
    </div>
    <div class="tags">Từ khóa: {tag_html}</div>
    <div class="share bottom">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://thoibaodoingoai.vn/20468.html">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=https://thoibaodoingoai.vn/20468.html">X/Twitter</a>
      <a href="https://zalo.me/share?u=https://thoibaodoingoai.vn/20468.html">Zalo</a>
      <a href="mailto:?subject=Tin hay">Gửi email</a>
    </div>
  </article>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
{rel}
    </ul>
  </section>
  <section class="comments">
    <h3>Bình luận ({len(comments)})</h3>
{com}
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button type="button">Gửi bình luận</button></form>
    <p class="note">Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p>
  </section>
</main>
<footer class="site-footer" style="background:#f2f2f2;padding:16px;font-size:12px;margin-top:24px">
  <p><b>{e(meta["site"])}</b> – Cơ quan chủ quản: Hội Truyền thông Đối ngoại Việt Nam</p>
  <p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Tổng Biên tập: Nguyễn Hải Đăng</p>
  <p>Địa chỉ: Tầng 5, số 8 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội · Email: toasoan@thoibaodoingoai.vn</p>
  <p>© Bản quyền thuộc về {e(meta["site"])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  (function(){{
    var v=document.getElementById('viewcount');
    fetch('/api/view?id=20468',{{method:'POST'}}).then(function(r){{return r.json();}}).then(function(d){{if(d&&d.views)v.textContent=d.views.toLocaleString('vi-VN');}}).catch(function(){{}});
  }})();
</script>
<script src="./Dua-nong-san-Cao-Bang_files/comment.widget.js"></script>
</body></html>
'''
open(out, "w", encoding="utf-8").write(page)
