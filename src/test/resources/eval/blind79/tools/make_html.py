#!/usr/bin/env python3
"""Build reports/005_hoi-nghi-10-nam-vkfta.html from src/005_vkfta_10nam.txt.

The output imitates a news article page saved with "Save page as… (HTML only)"
from a browser: the "saved from url" mark, head meta tags (og:*, article:*),
menu, breadcrumb, byline, date-time line, view counter, share buttons,
figures with captions, tags, related links, reader comments, footer and
inline scripts.
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "005_vkfta_10nam.txt")
OUT = os.path.join(ROOT, "reports", "005_hoi-nghi-10-nam-vkfta.html")


def parse(path):
    meta, body = {}, []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, rest = text.split("\n---\n", 1)
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    for block in re.split(r"\n\s*\n", rest.strip()):
        body.append(block.strip())
    return meta, body


def esc(s):
    return html.escape(s, quote=True)


def main():
    meta, blocks = parse(SRC)
    title = meta["title"]
    url = meta["url"]
    sapo = blocks[0]
    parts = []
    img_no = 0
    for b in blocks[1:]:
        if b.startswith("## "):
            parts.append(f'      <h2 class="article__subtitle">{esc(b[3:])}</h2>')
        elif b.startswith("[img] "):
            img_no += 1
            cap = b[6:]
            parts.append(
                '      <figure class="article__figure">\n'
                f'        <img src="./10-nam-thuc-thi-vkfta_files/vkfta-{img_no}.jpg" alt="{esc(cap)}" width="760" height="507" loading="lazy">\n'
                f'        <figcaption>{esc(cap)}</figcaption>\n'
                '      </figure>')
        else:
            parts.append(f'      <p>{esc(b)}</p>')
    body_html = "\n".join(parts)
    tags = [t.strip() for t in meta["tags"].split(";")]
    tags_html = "\n".join(
        f'        <li><a href="https://hoinhapphattrien.vn/tag/{esc(re.sub(r"[^a-z0-9]+", "-", t.lower()))}.html" rel="tag">{esc(t)}</a></li>'
        for t in tags)
    desc = sapo[:200].rsplit(" ", 1)[0] + "..."
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0{len(url):03d}){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Hội nhập &amp; Phát triển</title>
<meta name="description" content="{esc(desc)}">
<meta name="keywords" content="{esc(', '.join(tags))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo điện tử Hội nhập &amp; Phát triển">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{esc(url)}">
<meta property="og:image" content="https://cdn.hoinhapphattrien.vn/2025/07/22/vkfta-1.jpg">
<meta property="article:published_time" content="{meta['published']}">
<meta property="article:modified_time" content="2025-07-22T18:02:11+07:00">
<meta property="article:section" content="{esc(meta['section'])}">
<meta property="article:author" content="{esc(meta['byline'])}">
{chr(10).join(f'<meta property="article:tag" content="{esc(t)}">' for t in tags)}
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" href="./10-nam-thuc-thi-vkfta_files/main.min.css">
<link rel="icon" href="https://hoinhapphattrien.vn/favicon.ico">
<script async="" src="./10-nam-thuc-thi-vkfta_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-HNPT2025X');
</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(title)}","datePublished":"{meta['published']}","author":{{"@type":"Person","name":"{esc(meta['byline'])}"}},"publisher":{{"@type":"Organization","name":"Hội nhập & Phát triển"}}}}</script>
</head>
<body class="page-article">
<div class="topbar">
  <div class="container">
    <span class="topbar__date">Thứ Ba, 22/07/2025</span>
    <a class="topbar__link" href="https://hoinhapphattrien.vn/en">English</a>
    <a class="topbar__link" href="https://hoinhapphattrien.vn/dang-nhap">Đăng nhập</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="https://hoinhapphattrien.vn/"><img src="./10-nam-thuc-thi-vkfta_files/logo.svg" alt="Hội nhập &amp; Phát triển"></a>
    <form class="search" action="https://hoinhapphattrien.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
  </div>
  <nav class="main-menu">
    <ul>
      <li><a href="https://hoinhapphattrien.vn/">Trang chủ</a></li>
      <li><a href="https://hoinhapphattrien.vn/thoi-su">Thời sự</a></li>
      <li class="active"><a href="https://hoinhapphattrien.vn/ngoai-giao-kinh-te">Ngoại giao kinh tế</a></li>
      <li><a href="https://hoinhapphattrien.vn/the-gioi">Thế giới</a></li>
      <li><a href="https://hoinhapphattrien.vn/doanh-nghiep">Doanh nghiệp</a></li>
      <li><a href="https://hoinhapphattrien.vn/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
      <li><a href="https://hoinhapphattrien.vn/van-hoa">Văn hóa</a></li>
      <li><a href="https://hoinhapphattrien.vn/multimedia">Multimedia</a></li>
    </ul>
  </nav>
</header>
<main class="container">
  <ol class="breadcrumb" itemscope="" itemtype="https://schema.org/BreadcrumbList">
    <li><a href="https://hoinhapphattrien.vn/">Trang chủ</a></li>
    <li><a href="https://hoinhapphattrien.vn/ngoai-giao-kinh-te">{esc(meta['section'])}</a></li>
    <li class="current">10 năm thực thi VKFTA</li>
  </ol>
  <article class="article" id="article-248917">
    <h1 class="article__title">{esc(title)}</h1>
    <div class="article__meta">
      <span class="article__author">{esc(meta['byline'])}</span>
      <time class="article__time" datetime="{meta['published']}">{esc(meta['dateline'])}</time>
      <span class="article__views" id="view-count">{esc(meta['views'])} lượt xem</span>
    </div>
    <div class="share-bar">
      <a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="noopener">Chia sẻ Facebook</a>
      <a class="share share--zalo" href="https://sp.zalo.me/share_inline?url={esc(url)}" target="_blank" rel="noopener">Zalo</a>
      <a class="share share--x" href="https://twitter.com/intent/tweet?url={esc(url)}" target="_blank" rel="noopener">X</a>
      <button class="share share--copy" type="button" onclick="copyLink()">Sao chép liên kết</button>
      <button class="share share--print" type="button" onclick="window.print()">In bài</button>
    </div>
    <div class="article__sapo"><p><strong>{esc(sapo)}</strong></p></div>
    <div class="article__body" id="main-detail-body">
{body_html}
      <p class="article__author-bottom"><strong>{esc(meta['byline'])}</strong></p>
    </div>
    <div class="article__tags">
      <span>Từ khóa:</span>
      <ul>
{tags_html}
      </ul>
    </div>
    <div class="share-bar share-bar--bottom">
      <a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="noopener">Chia sẻ</a>
      <span class="like-count">Thích 184</span>
    </div>
  </article>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="https://hoinhapphattrien.vn/ngoai-giao-kinh-te/ngoai-giao-kinh-te-dong-hanh-cung-doanh-nghiep-248601.html">Ngoại giao kinh tế đồng hành cùng doanh nghiệp Việt tại thị trường Đông Bắc Á</a></li>
      <li><a href="https://hoinhapphattrien.vn/doanh-nghiep/nong-san-viet-va-bai-toan-tieu-chuan-xuat-khau-248455.html">Nông sản Việt và bài toán tiêu chuẩn khi xuất khẩu</a></li>
      <li><a href="https://hoinhapphattrien.vn/the-gioi/chuoi-cung-ung-ban-dan-chau-a-248390.html">Chuỗi cung ứng bán dẫn châu Á trước những dịch chuyển mới</a></li>
    </ul>
  </section>
  <section class="comments" id="comments">
    <h3>Bình luận (3)</h3>
    <div class="comment">
      <p class="comment__author">Minh Khang <span class="comment__time">22/07/2025 17:12</span></p>
      <p class="comment__text">Mong sớm có thêm nhiều mặt hàng trái cây của miền Tây được sang Hàn thuận lợi hơn.</p>
      <p class="comment__actions"><a href="#" onclick="return likeComment(1)">Thích</a> · <a href="#" onclick="return replyComment(1)">Trả lời</a></p>
    </div>
    <div class="comment">
      <p class="comment__author">Thanh Bình <span class="comment__time">22/07/2025 18:40</span></p>
      <p class="comment__text">Bài viết rất hữu ích cho doanh nghiệp nhỏ như chúng tôi.</p>
      <p class="comment__actions"><a href="#" onclick="return likeComment(2)">Thích</a> · <a href="#" onclick="return replyComment(2)">Trả lời</a></p>
    </div>
    <div class="comment">
      <p class="comment__author">Người đọc Đà Lạt <span class="comment__time">23/07/2025 07:05</span></p>
      <p class="comment__text">Cần hướng dẫn cụ thể hơn cách xin C/O cho hộ kinh doanh.</p>
      <p class="comment__actions"><a href="#" onclick="return likeComment(3)">Thích</a> · <a href="#" onclick="return replyComment(3)">Trả lời</a></p>
    </div>
    <form class="comment-form" action="https://hoinhapphattrien.vn/binh-luan" method="post">
      <textarea name="content" placeholder="Ý kiến của bạn..."></textarea>
      <input type="text" name="name" placeholder="Họ tên"><input type="email" name="email" placeholder="Email">
      <button type="submit">Gửi bình luận</button>
    </form>
  </section>
</main>
<footer class="site-footer">
  <div class="container">
    <p><strong>Báo điện tử Hội nhập &amp; Phát triển</strong></p>
    <p>Giấy phép hoạt động báo điện tử số 318/GP-BTTTT. Tổng Biên tập: Nguyễn Hữu Phước</p>
    <p>Tòa soạn: Tầng 6, số 12 Nguyễn Cảnh Chân, Ba Đình, Hà Nội. Điện thoại: 024 3799 0012</p>
    <p>© 2025 Bản quyền thuộc về Hội nhập &amp; Phát triển. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div>
</footer>
<script>
  function copyLink(){{ if (navigator.clipboard) navigator.clipboard.writeText(location.href); return false; }}
  function likeComment(id){{ fetch('/api/comment/like/' + id, {{method: 'POST'}}); return false; }}
  function replyComment(id){{ document.querySelector('.comment-form textarea').focus(); return false; }}
  (function(){{
    var el = document.getElementById('view-count');
    fetch('/api/article/248917/view', {{method: 'POST'}}).then(function(r){{ return r.json(); }})
      .then(function(d){{ if (d && d.views) el.textContent = d.views.toLocaleString('vi-VN') + ' lượt xem'; }})
      .catch(function(){{}});
  }})();
</script>
<script src="./10-nam-thuc-thi-vkfta_files/main.bundle.js"></script>
</body></html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
