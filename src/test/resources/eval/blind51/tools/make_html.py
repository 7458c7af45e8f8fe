#!/usr/bin/env python3
"""Build report 005 as a news web page 'saved from a browser' from src/005_html_src.txt.

Source format: `key: value` header lines (related: may repeat), a line `---`, then blocks
separated by blank lines: `## heading`, `[img] caption`, or a plain paragraph.
"""
import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "005_html_src.txt"
OUT = ROOT / "reports" / "005_1826eddc33aece55.html"


def parse(text):
    head, body = text.split("\n---\n", 1)
    meta, related = {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        if k.strip() == "related":
            related.append(v.strip())
        else:
            meta[k.strip()] = v.strip()
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    return meta, related, blocks


def main():
    meta, related, blocks = parse(SRC.read_text(encoding="utf-8"))
    e = html.escape
    dom = meta["domain"]
    parts = []
    img_n = 0
    for b in blocks:
        if b.startswith("## "):
            parts.append(f'      <h2 class="article-subtitle">{e(b[3:])}</h2>')
        elif b.startswith("[img] "):
            img_n += 1
            parts.append(
                '      <figure class="article-figure">\n'
                f'        <img src="https://cdn.{dom}/images/2021/07/22/hoi-nghi-bao-ho-{img_n}.jpg" '
                f'alt="{e(b[6:])}" width="720" height="480" loading="lazy">\n'
                f'        <figcaption>{e(b[6:])}</figcaption>\n'
                '      </figure>')
        else:
            parts.append(f'      <p>{e(b)}</p>')
    body_html = "\n".join(parts)
    rel_html = "\n".join(
        f'          <li><a href="https://{dom}/doi-ngoai/bao-ho-cong-dan/tin-{7301 + i}.html">{e(r)}</a></li>'
        for i, r in enumerate(related))
    menu = ["Trang chủ", "Thời sự", "Đối ngoại", "Kinh tế", "Người Việt bốn phương",
            "Bảo hộ công dân", "Văn hóa", "Video", "Ảnh"]
    menu_html = "\n".join(f'        <li><a href="https://{dom}/{i}">{e(m)}</a></li>' for i, m in enumerate(menu))
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0092)https://{dom}/doi-ngoai/bao-ho-cong-dan/bao-ho-cong-dan-khu-vuc-trung-dong-chau-phi-7288.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['site'])}</title>
  <meta name="description" content="{e(meta['sapo'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2021-07-22T17:45:00+07:00">
  <link rel="stylesheet" href="./bao-ho-cong-dan_files/main.min.css">
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-NVNN2021X');
  </script>
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(meta['title'])}","datePublished":"2021-07-22T17:45:00+07:00","author":{{"@type":"Person","name":"{e(meta['byline'])}"}}}}</script>
</head>
<body class="page-article">
  <div class="topbar"><span class="today">Thứ năm, 22/07/2021</span> <a href="https://{dom}/dang-nhap">Đăng nhập</a> | <a href="https://{dom}/dang-ky">Đăng ký</a></div>
  <header class="site-header">
    <a class="logo" href="https://{dom}/"><img src="./bao-ho-cong-dan_files/logo.svg" alt="{e(meta['site'])}"></a>
    <nav class="main-menu">
      <ul>
{menu_html}
      </ul>
    </nav>
    <form class="search" action="https://{dom}/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </header>
  <main class="container">
    <ol class="breadcrumb">
      <li><a href="https://{dom}/">Trang chủ</a></li>
      <li><a href="https://{dom}/doi-ngoai">{e(meta['section'])}</a></li>
      <li class="active"><a href="https://{dom}/doi-ngoai/bao-ho-cong-dan">{e(meta['subsection'])}</a></li>
    </ol>
    <article class="article-detail">
      <h1 class="article-title">{e(meta['title'])}</h1>
      <div class="article-meta">
        <span class="byline">{e(meta['byline'])}</span>
        <span class="datetime">{e(meta['datetime'])}</span>
        <span class="views"><i class="icon-eye"></i> Lượt xem: <b id="view-count">{e(meta['views'])}</b></span>
      </div>
      <div class="share-buttons">
        <a class="btn-share fb" href="https://www.facebook.com/sharer/sharer.php?u=https://{dom}/7288">Chia sẻ Facebook</a>
        <a class="btn-share zalo" href="#" data-href="https://{dom}/7288">Zalo</a>
        <a class="btn-share tw" href="https://twitter.com/intent/tweet?url=https://{dom}/7288">Twitter</a>
        <button class="btn-copy" onclick="copyLink()">Sao chép liên kết</button>
        <button class="btn-print" onclick="window.print()">In bài</button>
      </div>
      <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
{body_html}
      <p class="author-sign"><strong>{e(meta['byline'])}</strong></p>
      <div class="tags">Từ khóa: <a href="#">bảo hộ công dân</a> <a href="#">Cục Lãnh sự</a> <a href="#">Trung Đông</a> <a href="#">châu Phi</a> <a href="#">chuyến bay đặc biệt</a></div>
      <div class="share-buttons bottom">
        <a class="btn-share fb" href="https://www.facebook.com/sharer/sharer.php?u=https://{dom}/7288">Thích 214</a>
        <a class="btn-share zalo" href="#">Chia sẻ</a>
      </div>
    </article>
    <aside class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
    <section class="comments"><h3>Bình luận (0)</h3><textarea placeholder="Viết bình luận của bạn..."></textarea><button>Gửi</button></section>
  </main>
  <footer class="site-footer">
    <div class="footer-menu"><a href="#">Giới thiệu</a> · <a href="#">Liên hệ tòa soạn</a> · <a href="#">Quảng cáo</a> · <a href="#">RSS</a></div>
    <p>© 2021 {e(meta['site'])} – Tạp chí điện tử chuyên đề đối ngoại. Giấy phép số 318/GP-BTTTT (minh họa).</p>
    <p>Tòa soạn: 12 phố Văn Miếu, Đống Đa, Hà Nội. Điện thoại: (024) 3799 0000. Email: toasoan@{dom}</p>
    <p>Ghi rõ nguồn “{e(meta['site'])}” khi phát hành lại thông tin từ website này.</p>
  </footer>
  <script>
    function copyLink(){{navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}}
    (function(){{var x=new XMLHttpRequest();x.open('POST','/api/view?id=7288');x.send();}})();
  </script>
  <script src="./bao-ho-cong-dan_files/zalo-sdk.js" async></script>
</body></html>
"""
    OUT.write_text(page, encoding="utf-8")
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
