#!/usr/bin/env python3
"""Build report 005: a news web page "saved from a browser" (HTML) from src/005_news_page.txt.
Usage: make_html.py SRC OUT"""
import html, sys

src, out = sys.argv[1], sys.argv[2]
meta, body, related, tags = {}, [], [], []
for raw in open(src, encoding="utf-8"):
    line = raw.rstrip("\n")
    if not line.strip():
        continue
    key, _, val = line.partition(": ")
    if key in ("SITE", "URL", "CATEGORY", "TITLE", "DATETIME", "BYLINE", "VIEWS", "SAPO"):
        meta[key] = val
    elif key == "RELATED":
        t, d = [x.strip() for x in val.split("|")]
        related.append((t, d))
    elif key == "TAGS":
        tags = [x.strip() for x in val.split("|")]
    elif key in ("P", "H2", "IMG"):
        body.append((key, val))
    else:
        raise SystemExit("unknown line: " + line)

e = html.escape
parts = []
img_no = 0
for kind, val in body:
    if kind == "P":
        parts.append(f'        <p>{e(val)}</p>')
    elif kind == "H2":
        parts.append(f'        <h2 class="article-subtitle">{e(val)}</h2>')
    else:
        img_no += 1
        parts.append(
            '        <figure class="article-photo">\n'
            f'          <img src="./{meta["URL"].rsplit("/",1)[1].replace(".html","")}_files/anh-{img_no}.jpg" '
            f'alt="{e(val)}" width="760" height="507" loading="lazy">\n'
            f'          <figcaption>{e(val)}</figcaption>\n'
            '        </figure>')
article_html = "\n".join(parts)
related_html = "\n".join(
    f'          <li><a href="https://doingoaiphattrien.vn/hoat-dong-bo-ngoai-giao/tin-{i+1}.html">{e(t)}</a>'
    f' <span class="time">{e(d)}</span></li>' for i, (t, d) in enumerate(related))
tags_html = " ".join(f'<a class="tag" href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags))

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(meta['URL']):04d}){meta['URL']} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['TITLE'])} | {e(meta['SITE'])}</title>
  <meta name="description" content="{e(meta['SAPO'])}">
  <meta property="og:title" content="{e(meta['TITLE'])}">
  <meta property="og:type" content="article">
  <link rel="stylesheet" href="./style_files/main.min.css">
  <script async src="./style_files/analytics.js"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-DNPT2024');
  </script>
</head>
<body class="article-page">
  <header class="site-header">
    <div class="top-bar"><span class="today">Thứ Bảy, 06/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a></div>
    <a class="logo" href="https://doingoaiphattrien.vn/">{e(meta['SITE'])}</a>
    <nav class="main-menu">
      <ul>
        <li><a href="/">Trang chủ</a></li>
        <li><a href="/thoi-su">Thời sự</a></li>
        <li class="active"><a href="/doi-ngoai">Đối ngoại</a></li>
        <li><a href="/kinh-te">Kinh tế</a></li>
        <li><a href="/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
        <li><a href="/van-hoa">Văn hóa</a></li>
        <li><a href="/multimedia">Multimedia</a></li>
      </ul>
    </nav>
  </header>
  <main class="container">
    <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/doi-ngoai">Đối ngoại</a> › <a href="/hoat-dong-bo-ngoai-giao">{e(meta['CATEGORY'])}</a></div>
    <article class="article-detail">
      <h1 class="article-title">{e(meta['TITLE'])}</h1>
      <div class="article-meta">
        <span class="author">{e(meta['BYLINE'])}</span>
        <span class="datetime">{e(meta['DATETIME'])}</span>
        <span class="views">Lượt xem: <b id="view-count">{e(meta['VIEWS'])}</b></span>
      </div>
      <div class="share-buttons">
        <a class="share fb" href="#" onclick="return shareFb();">Chia sẻ Facebook</a>
        <a class="share zalo" href="#" onclick="return shareZalo();">Zalo</a>
        <a class="share copy" href="#" onclick="return copyLink();">Sao chép liên kết</a>
        <a class="share print" href="javascript:window.print()">In bài</a>
      </div>
      <p class="article-sapo"><strong>{e(meta['SAPO'])}</strong></p>
      <div class="article-body">
{article_html}
      </div>
      <p class="article-author"><strong>{e(meta['BYLINE'])}</strong></p>
      <div class="article-tags">Từ khóa: {tags_html}</div>
      <div class="share-buttons bottom">
        <a class="share fb" href="#" onclick="return shareFb();">Chia sẻ</a>
        <a class="share like" href="#">Thích 214</a>
      </div>
    </article>
    <section class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{related_html}
      </ul>
    </section>
  </main>
  <footer class="site-footer">
    <p>{e(meta['SITE'])} – Trang thông tin điện tử tổng hợp về đối ngoại và hội nhập.</p>
    <p>Giấy phép số 127/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp. Chịu trách nhiệm nội dung: Ban Biên tập.</p>
    <p>Địa chỉ: Tầng 9, số 18 phố Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. Điện thoại: 024 3942 1157.</p>
    <p>© 2024 {e(meta['SITE'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </footer>
  <script>
    function shareFb(){{window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href));return false;}}
    function shareZalo(){{alert('Chia sẻ qua Zalo');return false;}}
    function copyLink(){{navigator.clipboard&&navigator.clipboard.writeText(location.href);return false;}}
    (function(){{var v=document.getElementById('view-count');if(v){{fetch('/api/view?id=240705184').catch(function(){{}});}}}})();
  </script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
print("wrote", out)
