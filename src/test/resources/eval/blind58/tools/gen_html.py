#!/usr/bin/env python3
"""Render src/005_article.txt into a 'saved from browser' news web page."""
import html
import sys

src, out = sys.argv[1], sys.argv[2]
meta, body, related, comments = {}, [], [], []
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("#RELATED:"):
        related.append(line.split(":", 1)[1].strip())
    elif line.startswith("#COMMENT:"):
        comments.append(line.split(":", 1)[1].strip().split("|"))
    elif line.startswith("#"):
        k, v = line[1:].split(":", 1)
        meta[k.strip()] = v.strip()
    else:
        k, v = line.split(":", 1)
        body.append((k.strip(), v.strip()))

e = html.escape
parts = []
img_no = 0
for kind, text in body:
    if kind == "P":
        parts.append(f"      <p>{e(text)}</p>")
    elif kind == "H":
        parts.append(f"      <h2 class=\"sub-title\">{e(text)}</h2>")
    elif kind == "IMG":
        img_no += 1
        parts.append(
            "      <figure class=\"expNoEdit\">\n"
            f"        <img src=\"./Bo truong gap mat Dai su_files/anh-{img_no}.jpg\" alt=\"{e(text)}\" width=\"750\">\n"
            f"        <figcaption>{e(text)}</figcaption>\n"
            "      </figure>")

rel = "\n".join(
    f"          <li><a href=\"https://thegioihoinhap.example.vn/tin-{7000 + i}.html\">{e(r)}</a></li>"
    for i, r in enumerate(related))
com = "\n".join(
    "        <div class=\"comment-item\">\n"
    f"          <span class=\"c-name\">{e(n)}</span> <span class=\"c-loc\">({e(loc)})</span> <span class=\"c-time\">{e(tm)}</span>\n"
    f"          <p>{e(txt)}</p>\n"
    "          <a href=\"#\" class=\"c-like\">Thích</a> · <a href=\"#\" class=\"c-reply\">Trả lời</a>\n"
    "        </div>" for n, loc, tm, txt in comments)

page = f"""<!DOCTYPE html>
<!-- saved from url=(0093)https://thegioihoinhap.example.vn/doi-ngoai/bo-truong-bui-thanh-son-gap-mat-cac-dai-su-7125.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['TITLE'])} | {e(meta['SITE'])}</title>
<meta name="description" content="{e(meta['SAPO'])}">
<meta property="og:title" content="{e(meta['TITLE'])}">
<meta property="article:published_time" content="2024-07-05T17:30:00+07:00">
<link rel="stylesheet" href="./Bo truong gap mat Dai su_files/main.css">
<script async src="./Bo truong gap mat Dai su_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-XXXX0000');
</script>
<style>
  body {{ font-family: Arial, sans-serif; margin: 0; }}
  .top-menu a {{ margin-right: 14px; color: #fff; text-decoration: none; }}
  .breadcrumb a {{ color: #0a4d8c; }}
  figure figcaption {{ font-style: italic; font-size: 13px; color: #555; }}
</style>
</head>
<body class="detail-page">
<header id="site-header">
  <div class="logo"><a href="https://thegioihoinhap.example.vn/">{e(meta['SITE'])}</a></div>
  <div class="header-date">Hà Nội, Thứ Sáu, 05/07/2024 &nbsp;|&nbsp; <a href="#">Đăng nhập</a> | <a href="#">Đăng ký</a></div>
  <nav class="top-menu">
    <a href="#">Trang chủ</a><a href="#">Thời sự</a><a href="#">{e(meta['SECTION'])}</a><a href="#">Kinh tế</a>
    <a href="#">Người Việt bốn phương</a><a href="#">Văn hóa</a><a href="#">Multimedia</a><a href="#">English</a>
    <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </nav>
</header>
<main class="container">
  <div class="breadcrumb"><a href="#">Trang chủ</a> › <a href="#">{e(meta['SECTION'])}</a> › <a href="#">{e(meta['SUBSECTION'])}</a></div>
  <article class="detail">
    <h1 class="detail-title">{e(meta['TITLE'])}</h1>
    <div class="detail-meta">
      <span class="author">{e(meta['BYLINE'])}</span> &nbsp;·&nbsp; <span class="datetime">{e(meta['DATETIME'])}</span>
      &nbsp;·&nbsp; <span class="views">Lượt xem: <b id="view-count">{e(meta['VIEWS'])}</b></span>
    </div>
    <div class="share-bar">
      <a class="share fb" href="#">Chia sẻ Facebook</a> <a class="share zalo" href="#">Zalo</a>
      <a class="share x" href="#">X (Twitter)</a> <a class="share mail" href="#">Email</a>
      <a class="share copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a>
      <a class="print" href="javascript:window.print()">In bài</a>
    </div>
    <div class="detail-sapo"><strong>TGHN - {e(meta['SAPO'])}</strong></div>
    <div class="detail-content">
{chr(10).join(parts)}
      <p class="author-bottom"><strong>{e(meta['BYLINE'])}</strong></p>
    </div>
    <div class="tags">Từ khóa: <a href="#">Bộ Ngoại giao</a> <a href="#">Đại sứ</a> <a href="#">Bùi Thanh Sơn</a> <a href="#">Cơ quan đại diện</a></div>
    <div class="share-bar bottom"><a class="share fb" href="#">Chia sẻ</a> <a class="share zalo" href="#">Zalo</a> <span class="like">Thích (214)</span></div>
    <section class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{rel}
      </ul>
    </section>
    <section class="comments">
      <h3>Bình luận ({len(comments)})</h3>
{com}
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
    </section>
  </article>
  <aside class="sidebar">
    <h3>Đọc nhiều</h3>
    <ol><li><a href="#">Họp báo thường kỳ Bộ Ngoại giao</a></li><li><a href="#">Lịch tiếp công dân tháng 7</a></li><li><a href="#">Thông tin thị thực điện tử</a></li></ol>
  </aside>
</main>
<footer id="site-footer">
  <p>© {e(meta['SITE'])} – Cơ quan ngôn luận về đối ngoại và hội nhập quốc tế.</p>
  <p>Giấy phép hoạt động báo điện tử số 000/GP-BTTTT (mẫu). Tòa soạn: Hà Nội. Điện thoại tòa soạn: (024) 0000 0000.</p>
  <p>Ghi rõ nguồn "{e(meta['SITE'])}" khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  (function(){{ var el=document.getElementById('view-count'); if(el){{ /* tăng lượt xem */ }} }})();
  document.querySelectorAll('.c-like').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();}});}});
</script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
