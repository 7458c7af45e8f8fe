#!/usr/bin/env python3
"""Build reports/005_<id>.html: the press-briefing article as a news web page saved from a browser
(menu, breadcrumb, byline, date-time line, view counter, share buttons, figures with captions,
tags, related links, reader comments, footer, inline scripts, og:/article: meta tags).

usage: make_html.py SRC OUT
"""
import html
import json
import re
import sys

src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding="utf-8").read().splitlines():
    m = re.match(r"^(title|published|dateline|author|category|subcategory|url|views|tags|sapo):\s*(.*)$", line)
    if m and m.group(1) != "sapo" and not body:
        meta[m.group(1)] = m.group(2)
        continue
    if m and m.group(1) == "sapo":
        meta["sapo"] = m.group(2)
        continue
    body.append(line)

e = html.escape
tags = [t.strip() for t in meta["tags"].split("|")]
slug_tag = lambda t: re.sub(r"\s+", "-", t.lower())

# ---- article body ----------------------------------------------------------
parts = []
para = []
fig_no = 0


def flush():
    if para:
        parts.append("<p>" + e(" ".join(para)) + "</p>")
        para.clear()


for line in body:
    t = line.strip()
    if not t:
        flush()
        continue
    if t.startswith("## "):
        flush()
        parts.append('<h2 class="article__subtitle"><strong>' + e(t[3:]) + "</strong></h2>")
    elif t.startswith("!fig:"):
        flush()
        fig_no += 1
        cap = t[5:].strip()
        parts.append(
            '<figure class="article__image expNoEdit">\n'
            f'  <img src="./Họp báo thường kỳ Bộ Ngoại giao_files/hop-bao-0407-{fig_no}.jpg" '
            f'data-src="https://cdn.thoibaodoingoai.vn/images/2024/07/04/hop-bao-0407-{fig_no}.jpg" '
            f'alt="{e(cap)}" width="800" height="533" loading="lazy">\n'
            f'  <figcaption class="article__caption"><p>{e(cap)}</p></figcaption>\n'
            "</figure>"
        )
    else:
        para.append(t)
flush()
article_html = "\n".join(parts)

related = [
    ("Họp báo thường kỳ Bộ Ngoại giao ngày 27/6/2024", "hop-bao-thuong-ky-bo-ngoai-giao-ngay-27-6-2024-post283961.html"),
    ("Cảnh báo thủ đoạn tuyển dụng \"việc nhẹ, lương cao\" đưa lao động sang Campuchia", "canh-bao-thu-doan-tuyen-dung-viec-nhe-luong-cao-post283470.html"),
    ("Việt Nam chính thức ứng cử Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026-2028", "viet-nam-ung-cu-hoi-dong-nhan-quyen-post281102.html"),
    ("Khách quốc tế đến Việt Nam tăng mạnh nhờ chính sách thị thực thông thoáng", "khach-quoc-te-den-viet-nam-tang-manh-post282355.html"),
]
most_read = [
    "Giá vàng miếng SJC đứng yên, vàng nhẫn tăng nhẹ",
    "Hà Nội: Mưa dông diện rộng, đề phòng ngập úng cục bộ",
    "Đội tuyển bóng chuyền nữ Việt Nam lên đường dự giải châu Á",
    "Thí sinh tra cứu điểm thi tốt nghiệp THPT từ 8h sáng 17/7",
    "Giá xăng dầu điều chỉnh theo xu hướng thế giới",
]
comments = [
    ("Trần Minh Đức", "Hà Nội", "04/07/2024 19:02", "Cảm ơn các cán bộ lãnh sự đã vất vả đưa bà con về nước. Mong các bạn trẻ tỉnh táo, đừng tin lời rủ rê trên mạng.", 24),
    ("Lan Anh", "TP Hồ Chí Minh", "04/07/2024 20:15", "Mong sớm mở rộng miễn thị thực cho thêm nhiều nước châu Âu để thu hút khách du lịch.", 11),
    ("Hoàng Việt", "Leipzig, Đức", "05/07/2024 07:48", "Kiều bào ở xa luôn theo dõi tin tức họp báo của Bộ. Chúc Việt Nam thành công trong đợt ứng cử sắp tới.", 7),
]
comments_html = "\n".join(
    f'''      <li class="comment__item" data-id="{9120 + i}">
        <div class="comment__meta"><span class="comment__name">{e(n)}</span> <span class="comment__loc">({e(loc)})</span> <time>{e(ts)}</time></div>
        <div class="comment__text">{e(txt)}</div>
        <div class="comment__actions"><a href="javascript:void(0)" class="btn-like">Thích <span>{likes}</span></a> · <a href="javascript:void(0)" class="btn-reply">Trả lời</a></div>
      </li>'''
    for i, (n, loc, ts, txt, likes) in enumerate(comments)
)

ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": meta["title"],
    "datePublished": meta["published"],
    "dateModified": meta["published"],
    "author": {"@type": "Person", "name": meta["author"]},
    "publisher": {"@type": "Organization", "name": "Thời báo Đối ngoại"},
    "mainEntityOfPage": meta["url"],
}

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(meta['url']):04d}){meta['url']} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | Thời báo Đối ngoại</title>
<meta name="description" content="{e(meta['sapo'])}">
<meta name="keywords" content="{e(', '.join(tags))}">
<link rel="canonical" href="{meta['url']}">
<meta property="og:site_name" content="Thời báo Đối ngoại">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(meta['sapo'])}">
<meta property="og:url" content="{meta['url']}">
<meta property="og:image" content="https://cdn.thoibaodoingoai.vn/images/2024/07/04/hop-bao-0407-1.jpg">
<meta property="article:published_time" content="{meta['published']}">
<meta property="article:modified_time" content="{meta['published']}">
<meta property="article:section" content="{e(meta['subcategory'])}">
{chr(10).join(f'<meta property="article:tag" content="{e(t)}">' for t in tags)}
<link rel="stylesheet" href="./Họp báo thường kỳ Bộ Ngoại giao_files/main.min.css">
<link rel="icon" href="https://thoibaodoingoai.vn/favicon.ico">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-TBDN2024X');
  var ARTICLE_ID = 284517, CATEGORY_ID = 12;
</script>
</head>
<body class="page-article">
<header class="site-header">
  <div class="topbar"><span class="topbar__date">Thứ Sáu, 05/07/2024</span> <a href="https://thoibaodoingoai.vn/dang-nhap">Đăng nhập</a> <a href="https://thoibaodoingoai.vn/en">English</a></div>
  <a class="logo" href="https://thoibaodoingoai.vn/"><img src="./Họp báo thường kỳ Bộ Ngoại giao_files/logo.svg" alt="Thời báo Đối ngoại"></a>
  <nav class="main-menu">
    <ul>
      <li><a href="https://thoibaodoingoai.vn/">Trang chủ</a></li>
      <li class="active"><a href="https://thoibaodoingoai.vn/thoi-su">Thời sự</a></li>
      <li><a href="https://thoibaodoingoai.vn/doi-ngoai">Đối ngoại</a></li>
      <li><a href="https://thoibaodoingoai.vn/kinh-te">Kinh tế</a></li>
      <li><a href="https://thoibaodoingoai.vn/kieu-bao">Kiều bào</a></li>
      <li><a href="https://thoibaodoingoai.vn/van-hoa">Văn hóa</a></li>
      <li><a href="https://thoibaodoingoai.vn/the-gioi">Thế giới</a></li>
      <li><a href="https://thoibaodoingoai.vn/video">Video</a></li>
      <li><a href="https://thoibaodoingoai.vn/multimedia">Multimedia</a></li>
    </ul>
  </nav>
</header>
<main class="container">
  <div class="breadcrumb"><a href="https://thoibaodoingoai.vn/">Trang chủ</a> › <a href="https://thoibaodoingoai.vn/thoi-su">{e(meta['category'])}</a> › <a href="https://thoibaodoingoai.vn/thoi-su/doi-ngoai">{e(meta['subcategory'])}</a></div>
  <article class="article" id="article-284517">
    <h1 class="article__title">{e(meta['title'])}</h1>
    <div class="article__meta">
      <span class="article__author">{e(meta['author'])}</span>
      <span class="article__date">{e(meta['dateline'])}</span>
      <span class="article__views">Lượt xem: <b id="view-count">{e(meta['views'])}</b></span>
    </div>
    <div class="share-tools">
      <a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={meta['url']}" target="_blank" rel="noopener">Chia sẻ Facebook</a>
      <a class="share share--zalo" href="javascript:void(0)" data-href="{meta['url']}">Zalo</a>
      <a class="share share--x" href="https://twitter.com/intent/tweet?url={meta['url']}" target="_blank" rel="noopener">X</a>
      <a class="share share--copy" href="javascript:void(0)" onclick="copyLink()">Sao chép liên kết</a>
      <a class="share share--print" href="javascript:window.print()">In bài</a>
    </div>
    <div class="article__sapo"><p><strong>{e(meta['sapo'])}</strong></p></div>
    <div class="article__body" id="article-body">
{article_html}
      <p class="article__signature"><strong>{e(meta['author'])}</strong></p>
    </div>
    <div class="article__tags"><span>Từ khóa:</span>
{chr(10).join(f'      <a href="https://thoibaodoingoai.vn/tag/{slug_tag(t)}" class="tag">{e(t)}</a>' for t in tags)}
    </div>
    <section class="related">
      <h3>Tin liên quan</h3>
      <ul>
{chr(10).join(f'        <li><a href="https://thoibaodoingoai.vn/thoi-su/{u}">{e(t)}</a></li>' for t, u in related)}
      </ul>
    </section>
    <section class="comments" id="comments">
      <h3>Ý kiến bạn đọc (<span class="comment-count">{len(comments)}</span>)</h3>
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><button type="button">Gửi bình luận</button></form>
      <ul class="comment__list">
{comments_html}
      </ul>
    </section>
  </article>
  <aside class="sidebar">
    <div class="box box--most-read"><h3>Đọc nhiều</h3><ol>
{chr(10).join(f'      <li><a href="https://thoibaodoingoai.vn/tin-tuc/{i}">{e(t)}</a></li>' for i, t in enumerate(most_read, 1))}
    </ol></div>
    <div class="box box--ads"><div id="ads-300x600" class="ads"></div></div>
  </aside>
</main>
<footer class="site-footer">
  <p><strong>THỜI BÁO ĐỐI NGOẠI</strong> - Tạp chí điện tử thông tin đối ngoại</p>
  <p>Giấy phép hoạt động báo chí điện tử số 215/GP-BTTTT. Tổng Biên tập: Nguyễn Quang Thịnh</p>
  <p>Tòa soạn: 27 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024 3933 xxxx. Email: toasoan@thoibaodoingoai.vn</p>
  <p>© 2024 Bản quyền thuộc về Thời báo Đối ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink(){{ navigator.clipboard && navigator.clipboard.writeText(location.href); alert('Đã sao chép liên kết'); }}
  (function(){{
    var el = document.getElementById('view-count');
    fetch('/api/view?id=' + ARTICLE_ID).then(function(r){{return r.json();}}).then(function(d){{ if(d && d.views) el.textContent = d.views; }}).catch(function(){{}});
  }})();
</script>
<script src="./Họp báo thường kỳ Bộ Ngoại giao_files/app.bundle.js" defer></script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
print("wrote", out)
