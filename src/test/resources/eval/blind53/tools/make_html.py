#!/usr/bin/env python3
"""Build report 005 as a news web page "saved from a browser".

Source: src/005_gialai_ngoaivu_2023.txt (header lines "key: value", a blank
line, then paragraphs; "## " = sub-heading, "[FIG] " = figure caption).
Usage: python3 tools/make_html.py src/005_....txt reports/005_....html
"""
import html
import sys

SITE = "Cao Nguyên Online"
HOST = "https://caonguyenonline.vn"


def parse(path):
    meta, related, body = {}, [], []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, rest = text.partition("\n\n")
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        if k == "related":
            t, _, d = v.partition(" | ")
            related.append((t.strip(), d.strip()))
        else:
            meta[k] = v.strip()
    for para in rest.split("\n\n"):
        para = para.strip()
        if para:
            body.append(para)
    return meta, related, body


def slugify(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    out = []
    for ch in s.lower():
        out.append(ch if ch.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def build(meta, related, body):
    e = html.escape
    url = f"{HOST}/{slugify(meta['section'])}/{meta['slug']}.html"
    files = e(meta["title"]) + "_files"
    out = []
    out.append(f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->")
    out.append('<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    out.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    out.append(f"<title>{e(meta['title'])} | {SITE}</title>")
    out.append(f'<meta name="description" content="{e(meta["sapo"])}">')
    out.append(f'<meta property="og:title" content="{e(meta["title"])}">')
    out.append(f'<meta property="og:url" content="{url}">')
    out.append('<meta property="og:type" content="article">')
    out.append(f'<link rel="stylesheet" href="./{files}/main.min.css">')
    out.append("""<script async src="./%s/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-CNO2024X7Q');
</script>
<style>.share-bar a{margin-right:6px}.fig-cap{font-style:italic;color:#555}</style>
</head>""" % files)
    out.append('<body class="article-page">')
    out.append('<div class="topbar"><span class="today">Thứ Tư, 10/01/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/rss">RSS</a></div>')
    out.append(f'<header class="site-header"><a class="logo" href="{HOST}/"><img src="./{files}/logo.png" alt="{SITE}"></a>')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Đối ngoại", "Văn hóa", "Thể thao", "Du lịch", "Video", "Ảnh"]
    out.append('<nav class="main-menu"><ul>' + "".join(
        f'<li><a href="{HOST}/{slugify(m) if m != "Trang chủ" else ""}">{e(m)}</a></li>' for m in menu) + "</ul></nav></header>")
    out.append('<div class="ad-banner"><a href="/quang-cao"><img src="./%s/banner-728x90.jpg" alt="Quảng cáo"></a></div>' % files)
    out.append('<main class="container"><article class="detail">')
    out.append(f'<ol class="breadcrumb"><li><a href="{HOST}/">Trang chủ</a></li><li>›</li>'
               f'<li><a href="{HOST}/{slugify(meta["section"])}">{e(meta["section"])}</a></li><li>›</li>'
               f'<li><a href="{HOST}/{slugify(meta["section"])}/{slugify(meta["subsection"])}">{e(meta["subsection"])}</a></li></ol>')
    out.append(f'<h1 class="detail-title">{e(meta["title"])}</h1>')
    out.append(f'<div class="detail-meta"><span class="author">{e(meta["byline"])}</span> '
               f'<span class="sep">|</span> <time class="date-time">{e(meta["datetime"])}</time> '
               f'<span class="sep">|</span> <span class="views">Lượt xem: <b id="viewcount">{e(meta["views"])}</b></span></div>')
    share = ('<div class="share-bar"><span>Chia sẻ:</span> <a class="fb" href="#">Facebook</a>'
             '<a class="zalo" href="#">Zalo</a><a class="tw" href="#">Twitter</a>'
             '<a class="copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a>'
             '<a class="print" href="#" onclick="window.print();return false;">In bài</a></div>')
    out.append(share)
    out.append(f'<p class="sapo"><strong>{e(meta["sapo"])}</strong></p>')
    out.append('<div class="detail-content">')
    fig = 0
    for para in body:
        if para.startswith("[FIG] "):
            fig += 1
            cap = para[6:]
            out.append(f'<figure class="image"><img src="./{files}/anh-{fig}.jpg" alt="{e(cap)}" width="720">'
                       f'<figcaption class="fig-cap">{e(cap)}</figcaption></figure>')
        elif para.startswith("## "):
            out.append(f"<h2>{e(para[3:])}</h2>")
        else:
            out.append(f"<p>{e(para)}</p>")
    out.append("</div>")
    out.append(f'<p class="author-bottom" style="text-align:right"><strong>{e(meta["byline"])}</strong></p>')
    out.append('<div class="tags">Từ khóa: <a href="#">ngoại vụ</a>, <a href="#">Gia Lai</a>, <a href="#">đối ngoại địa phương</a>, <a href="#">Campuchia</a></div>')
    out.append(share)
    out.append('<section class="related"><h3>Tin liên quan</h3><ul>')
    for t, d in related:
        out.append(f'<li><a href="{HOST}/chinh-tri/{slugify(t)}.html">{e(t)}</a> <span class="date">({e(d)})</span></li>')
    out.append("</ul></section>")
    out.append('<section class="comments"><h3>Ý kiến bạn đọc</h3><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p>'
               '<form><textarea placeholder="Nhập bình luận của bạn"></textarea><button type="button">Gửi bình luận</button></form></section>')
    out.append("</article>")
    out.append('<aside class="sidebar"><h3>Đọc nhiều</h3><ol>'
               '<li><a href="#">Pleiku: thông xe cầu vượt nút giao Phù Đổng</a></li>'
               '<li><a href="#">Giá cà phê hôm nay tăng mạnh, vượt 70.000 đồng/kg</a></li>'
               '<li><a href="#">Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 sẽ diễn ra vào tháng 3</a></li></ol></aside>')
    out.append("</main>")
    out.append(f"""<footer class="site-footer">
<p><strong>{SITE}</strong> - Trang thông tin điện tử tổng hợp về khu vực Tây Nguyên</p>
<p>Giấy phép số 214/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Gia Lai cấp ngày 12/6/2019.</p>
<p>Chịu trách nhiệm nội dung: Lê Hoài Sơn. Địa chỉ: 28 Trần Hưng Đạo, TP. Pleiku, tỉnh Gia Lai. Điện thoại: 0269 3824 xxx.</p>
<p>© 2019-2024 {SITE}. Ghi rõ nguồn "{SITE}" khi phát hành lại thông tin từ website này.</p>
</footer>""")
    out.append("""<script>
(function(){var v=document.getElementById('viewcount');
 if(!v)return; fetch('/api/view?id=58213',{method:'POST'}).then(function(r){return r.json()})
 .then(function(d){if(d&&d.views){v.textContent=d.views.toLocaleString('vi-VN');}}).catch(function(){});})();
</script>
<script src="./%s/jquery.min.js"></script>
<script src="./%s/main.bundle.js"></script>
</body></html>""" % (files, files))
    return "\n".join(out) + "\n"


def main():
    src, dst = sys.argv[1], sys.argv[2]
    meta, related, body = parse(src)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(build(meta, related, body))


if __name__ == "__main__":
    main()
