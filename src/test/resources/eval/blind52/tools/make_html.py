#!/usr/bin/env python3
"""Build a news web page 'saved from a browser' (.html) from a plain-text article source.

Usage: make_html.py SRC OUT
Source body: paragraphs separated by blank lines; '## ' = subheading; '[img] caption' = figure.
"""
import html
import sys
import zlib

from common import one, read_src

src, out = sys.argv[1], sys.argv[2]
meta, body = read_src(src)
def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


title = one(meta, "title")
domain = one(meta, "domain")
site = one(meta, "site")
slug = "quang-ngai-moi-goi-nha-dau-tu-qua-cau-noi-ngoai-giao-post20417"
url = f"https://{domain}/dia-phuong/{slug}.html"

menu = ["Trang chủ", "Thời sự", "Đối ngoại", "Kinh tế", "Địa phương", "Kiều bào", "Văn hóa", "Multimedia", "Tiếng Anh"]
crumbs = [c.strip() for c in one(meta, "breadcrumb").split(">")]

parts = []
img_no = 0
for block in [b.strip() for b in body.strip().split("\n\n") if b.strip()]:
    if block.startswith("## "):
        parts.append(f'      <h2 class="sub-title">{e(block[3:])}</h2>')
    elif block.startswith("[img] "):
        img_no += 1
        cap = block[6:]
        parts.append(
            f'      <figure class="article-photo">\n'
            f'        <img src="./{slug}_files/anh-{img_no}.jpg" alt="{a(cap)}" width="720" height="480" loading="lazy">\n'
            f'        <figcaption>{e(cap)}</figcaption>\n'
            f'      </figure>')
    else:
        parts.append(f"      <p>{e(block)}</p>")

related = []
for r in meta.get("related", []):
    t, d = [x.strip() for x in r.split("|")]
    related.append(f'        <li><a href="https://{domain}/tin/{zlib.crc32(t.encode()) % 90000 + 10000}.html">{e(t)}</a> <span class="date">({e(d)})</span></li>')
tags = [t.strip() for t in one(meta, "tags").split(";")]

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | {e(site)}</title>
<meta name="description" content="{a(one(meta, 'sapo'))}">
<meta property="og:title" content="{a(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://{domain}/uploads/2017/07/05/anh-1.jpg">
<meta property="article:published_time" content="2017-07-05T17:25:00+07:00">
<link rel="stylesheet" href="./{slug}_files/main.min.css">
<link rel="canonical" href="{url}">
<style>
  body {{ font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; }}
  .top-nav a {{ margin-right: 14px; color: #fff; text-decoration: none; }}
  .top-nav {{ background: #0b4f8a; padding: 8px 20px; }}
  .breadcrumb {{ font-size: 13px; color: #666; margin: 12px 20px; }}
  .article {{ max-width: 760px; margin: 0 auto; }}
  .article-meta {{ font-size: 13px; color: #777; }}
  .sapo {{ font-weight: bold; }}
  figure figcaption {{ font-style: italic; font-size: 13px; text-align: center; color: #555; }}
  .share-bar button {{ margin-right: 6px; }}
  .related h3 {{ border-bottom: 2px solid #0b4f8a; }}
  footer {{ background: #f1f1f1; font-size: 12px; padding: 16px 20px; margin-top: 30px; }}
</style>
<script async src="./{slug}_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-7QX2DNGH00');
</script>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title.replace(chr(34), chr(92) + chr(34))}","datePublished":"2017-07-05T17:25:00+07:00","author":{{"@type":"Person","name":"{one(meta, 'author')}"}},"publisher":{{"@type":"Organization","name":"{site}"}}}}
</script>
</head>
<body class="page-detail">
<header class="site-header">
  <div class="logo"><a href="https://{domain}/"><img src="./{slug}_files/logo.png" alt="{a(site)}"></a></div>
  <div class="header-tools"><span class="today">Thứ Tư, 05/07/2017</span> | <a href="https://{domain}/rss">RSS</a> | <a href="https://{domain}/lien-he">Liên hệ</a> | <form class="search" action="https://{domain}/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form></div>
  <nav class="top-nav">
{chr(10).join(f'    <a href="https://{domain}/{i}">{e(m)}</a>' for i, m in enumerate(menu))}
  </nav>
</header>
<div class="breadcrumb">{' › '.join(f'<a href="https://{domain}/">{e(c)}</a>' for c in crumbs)}</div>
<main class="article">
  <article>
    <h1 class="title">{e(title)}</h1>
    <div class="article-meta">
      <span class="author">{e(one(meta, 'author'))} - {e(one(meta, 'place'))}</span> |
      <span class="time">{e(one(meta, 'datetime'))}</span> |
      <span class="views">Lượt xem: {e(one(meta, 'views'))}</span>
    </div>
    <div class="share-bar">
      <button class="fb-share" onclick="share('facebook')">Chia sẻ Facebook</button>
      <button class="zalo-share" onclick="share('zalo')">Zalo</button>
      <button class="tw-share" onclick="share('twitter')">Tweet</button>
      <button class="copy-link" onclick="copyLink()">Sao chép liên kết</button>
      <button class="print" onclick="window.print()">In bài</button>
    </div>
    <p class="sapo">{e(one(meta, 'sapo'))}</p>
    <div class="article-body">
{chr(10).join(parts)}
      <p class="author-sign"><strong>{e(one(meta, 'author'))}</strong></p>
    </div>
    <div class="tags">Từ khóa: {', '.join(f'<a href="https://{domain}/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags))}</div>
    <div class="share-bar bottom">
      <button class="fb-share" onclick="share('facebook')">Thích 128</button>
      <button class="fb-share" onclick="share('facebook')">Chia sẻ</button>
      <button class="zalo-share" onclick="share('zalo')">Zalo</button>
    </div>
  </article>
  <section class="comments"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào. Hãy là người đầu tiên bình luận.</p>
    <textarea placeholder="Nhập ý kiến của bạn..."></textarea><button>Gửi ý kiến</button></section>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
{chr(10).join(related)}
    </ul>
  </section>
</main>
<footer>
  <p><strong>{e(site)}</strong> - Trang tin điện tử tổng hợp về đối ngoại và hội nhập quốc tế.</p>
  <p>Giấy phép số 215/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp. Chịu trách nhiệm nội dung: Tổng biên tập Lê Hồng Sương.</p>
  <p>Địa chỉ: Tầng 5, số 46 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024 3826 1111. Email: toasoan@{domain}</p>
  <p>© 2017 Bản quyền thuộc về {e(site)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function share(net) {{ var u = encodeURIComponent(location.href); var m = {{facebook: 'https://www.facebook.com/sharer.php?u=', zalo: 'https://sp.zalo.me/share?url=', twitter: 'https://twitter.com/intent/tweet?url='}}; window.open(m[net] + u, '_blank', 'width=600,height=500'); }}
  function copyLink() {{ navigator.clipboard.writeText(location.href); alert('Đã sao chép liên kết'); }}
  (function () {{ var x = new XMLHttpRequest(); x.open('POST', '/api/view-count?id=20417'); x.send(); }})();
</script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
