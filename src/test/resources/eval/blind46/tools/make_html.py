"""Build a news web page 'saved from a browser' from src/005_*.txt.

usage: python3 make_html.py SRC OUT
"""
import html
import sys

from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
e = html.escape
title = next(t for k, t in blocks if k == "h1")
url = meta["url"]

menu = ["Trang chủ", "Thời sự", "Ngoại giao", "Kinh tế đối ngoại",
        "Người Việt bốn phương", "Văn hóa", "Video", "Ảnh", "Tiếng Anh"]

parts = []
parts.append(f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n")
parts.append('<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
parts.append(f"<title>{e(title)} | {e(meta['site'])}</title>\n")
parts.append(f'<meta property="og:title" content="{e(title)}">\n')
parts.append(f'<meta property="og:url" content="{e(url)}">\n')
parts.append('<meta property="og:type" content="article">\n')
parts.append('<link rel="stylesheet" href="./tong-ket-cong-tac-lanh-su_files/main.min.css">\n')
parts.append("""<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-NCDN2018X1', {'page_type': 'article', 'category': 'ngoai-giao'});
</script>
<script type="text/javascript">
  var __articleId = 18342, __zoneId = 7;
  (function(){ var s=document.createElement('script'); s.async=true;
    s.src='//static.nhipcaudoingoai.vn/js/viewcount.js?id='+__articleId;
    document.head.appendChild(s); })();
</script>
</head>
<body class="page-detail">
""")
parts.append('<div id="top-bar"><span class="today">Thứ tư, 10/01/2018</span> '
             '<a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> | '
             '<a href="/rss">RSS</a></div>\n')
parts.append(f'<header class="site-header"><a class="logo" href="/"><img src="./tong-ket-cong-tac-lanh-su_files/logo.png" alt="{e(meta["site"])}"></a>\n')
parts.append('<form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>\n')
ACTIVE = ' class="active"'
parts.append('<nav class="main-menu"><ul>' + "".join(
    f'<li{ACTIVE if m == meta["section"] else ""}><a href="/{i}">{e(m)}</a></li>'
    for i, m in enumerate(menu)) + "</ul></nav>\n")
parts.append('<div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/thoi-su">Thời sự</a> '
             f'&rsaquo; <a href="/ngoai-giao">{e(meta["section"])}</a></div>\n')
parts.append('<main class="container"><article class="detail">\n')
parts.append(f'<h1 class="detail-title">{e(title)}</h1>\n')
parts.append(f'<div class="detail-meta"><span class="author">{e(meta["author"])}</span> '
             f'<span class="sep">|</span> <time class="datetime">{e(meta["datetime"])}</time> '
             f'<span class="sep">|</span> <span class="views">Lượt xem: {e(meta["views"])}</span></div>\n')
share = ('<div class="share-tools"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">Chia sẻ Facebook</a>'
         '<a class="zalo" href="#" data-href="{u}">Zalo</a>'
         '<a class="tw" href="https://twitter.com/intent/tweet?url={u}">Twitter</a>'
         '<a class="copy" href="#" onclick="navigator.clipboard.writeText(\'{u}\');return false;">Sao chép liên kết</a>'
         '<a class="print" href="#" onclick="window.print();return false;">In bài</a></div>\n').format(u=e(url))
parts.append(share)
img = 0
related = []
for kind, text in blocks:
    if kind == "h1":
        continue
    if kind == "sapo":
        parts.append(f'<h2 class="sapo"><strong>{e(text)}</strong></h2>\n<div class="detail-content">\n')
    elif kind == "p":
        parts.append(f"<p>{e(text)}</p>\n")
    elif kind == "fig":
        img += 1
        parts.append(f'<figure class="image"><img src="./tong-ket-cong-tac-lanh-su_files/anh{img}.jpg" '
                     f'alt="{e(text)}" width="700"><figcaption>{e(text)}</figcaption></figure>\n')
    elif kind == "rel":
        d, _, t = text.partition(" | ")
        related.append((d, t))
parts.append('</div>\n<div class="tags">Từ khóa: <a href="/tag/lanh-su">lãnh sự</a>, '
             '<a href="/tag/bao-ho-cong-dan">bảo hộ công dân</a>, <a href="/tag/thi-thuc-dien-tu">thị thực điện tử</a></div>\n')
parts.append(share)
parts.append('<div class="comment-box"><h3>Ý kiến bạn đọc</h3><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p></div>\n')
parts.append("</article>\n")
parts.append('<aside class="related-news"><h3>Tin liên quan</h3><ul>\n')
for i, (d, t) in enumerate(related):
    parts.append(f'<li><a href="/ngoai-giao/bai-{18300 - 7 * i}.html">{e(t)}</a> <span class="date">({e(d)})</span></li>\n')
parts.append("</ul></aside>\n")
parts.append('<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="#">Lịch nghỉ Tết Nguyên đán Mậu Tuất 2018 của cán bộ, công chức</a></li>'
             '<li><a href="#">Giá vé máy bay dịp Tết tăng mạnh trên nhiều chặng bay</a></li></ol></aside>\n')
parts.append("</main>\n")
parts.append(f"""<footer class="site-footer">
<p><strong>{e(meta['site'])}</strong> - Tạp chí điện tử thông tin đối ngoại</p>
<p>Giấy phép số 215/GP-BTTTT ngày 12/6/2015. Tổng Biên tập: Trần Quốc Hưng.</p>
<p>Địa chỉ: 46 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.3823.xxxx. Email: toasoan@{e(meta['domain'])}</p>
<p>&copy; Bản quyền thuộc {e(meta['site'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<a id="back-to-top" href="#top" title="Lên đầu trang">&#9650;</a>
<script>
  document.getElementById('back-to-top').addEventListener('click', function(ev){{
    ev.preventDefault(); window.scrollTo({{top: 0, behavior: 'smooth'}}); }});
  window.addEventListener('load', function(){{
    if (window.NCDN && NCDN.trackView) {{ NCDN.trackView(__articleId); }} }});
</script>
</body></html>
""")
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(parts))
