#!/usr/bin/env python3
"""Build report 005 as a news web page "saved from a browser" (.html).

Source: src/005_ninhbinh_ngoaigiaovanhoa.txt
  - header lines "key: value" until the first blank line
  - body paragraphs separated by blank lines; "[ẢNH] caption" = figure
The page gets the usual chrome of a Vietnamese news site: top menu,
breadcrumb, byline, date-time line, view count, share buttons, figure
captions, tags, a related-news block, footer and inline scripts.
"""
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "005_ninhbinh_ngoaigiaovanhoa.txt")


def parse(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    return meta, blocks


def e(s):
    return html.escape(s, quote=True)


def build(meta, blocks):
    slug = "ninh-binh-to-chuc-hoi-nghi-ngoai-giao-van-hoa-nam-2024-di-san-ket-noi-van-hoa-lan-toa-post271845"
    url = "https://nhipcaudoingoai.vn/" + slug + ".html"
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Ngoại giao kinh tế", "Ngoại giao văn hóa",
            "Kiều bào", "Bảo hộ công dân", "Thế giới", "Multimedia", "Podcast"]
    related = [
        ("Quảng Ninh quảng bá Vịnh Hạ Long tại Hội chợ du lịch quốc tế ITB Berlin", "/quang-ninh-quang-ba-vinh-ha-long-tai-itb-berlin-post269902.html"),
        ("Ra mắt sách ảnh \"Di sản Việt Nam trong mắt bạn bè quốc tế\"", "/ra-mat-sach-anh-di-san-viet-nam-post270113.html"),
        ("Hội An đón đoàn phu nhân Đại sứ các nước ASEAN", "/hoi-an-don-doan-phu-nhan-dai-su-asean-post270458.html"),
        ("Lễ hội Áo dài được giới thiệu tại Tuần văn hóa Việt Nam ở Budapest", "/le-hoi-ao-dai-tai-budapest-post271002.html"),
    ]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="vi">')
    w("<!-- saved from url=(0105)" + url + " -->")
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>" + e(meta["title"]) + " | " + e(meta["site"]) + "</title>")
    w('<meta name="description" content="' + e(meta["sapo"]) + '">')
    w('<meta property="og:title" content="' + e(meta["title"]) + '">')
    w('<meta property="og:type" content="article">')
    w('<meta property="og:url" content="' + url + '">')
    w('<meta property="article:published_time" content="2024-07-05T16:42:00+07:00">')
    w('<link rel="stylesheet" href="./' + slug + '_files/main.min.css">')
    w("<style>body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}"
      ".top-menu a{margin:0 8px;color:#fff}.top-menu{background:#0b4f8a;padding:8px}"
      ".breadcrumb{font-size:13px;color:#666;margin:12px 0}.article{max-width:760px;margin:0 auto}"
      ".sapo{font-weight:bold}.meta{font-size:13px;color:#777}figure{margin:16px 0}"
      "figcaption{font-size:13px;color:#555;font-style:italic;text-align:center}"
      ".share a{display:inline-block;margin-right:6px}.related li{margin:6px 0}"
      "footer{background:#f1f1f1;font-size:12px;padding:16px;margin-top:30px}</style>")
    w("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-NCDN2024\"></script>")
    w("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
      "gtag('js',new Date());gtag('config','G-NCDN2024',{page_path:'/" + slug + ".html'});</script>")
    w('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
      '"headline":"' + e(meta["title"]) + '","datePublished":"2024-07-05T16:42:00+07:00",'
      '"author":{"@type":"Person","name":"' + e(meta["author"]) + '"},'
      '"publisher":{"@type":"Organization","name":"' + e(meta["site"]) + '"}}</script>')
    w("</head>")
    w("<body>")
    w('<header class="site-header">')
    w('<div class="logo"><a href="https://nhipcaudoingoai.vn/"><img src="./' + slug + '_files/logo.svg" alt="' + e(meta["site"]) + '"></a></div>')
    w('<div class="header-tools"><span class="today">Thứ Bảy, 06/07/2024</span> | <a href="/dang-nhap">Đăng nhập</a> | <a href="/en">English</a> | <a href="/rss">RSS</a></div>')
    w('<nav class="top-menu">' + "".join('<a href="/' + str(i) + '">' + e(m) + "</a>" for i, m in enumerate(menu)) + "</nav>")
    w("</header>")
    w('<main class="article">')
    w('<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chinh-tri">Chính trị</a> › <a href="/ngoai-giao-van-hoa">' + e(meta["category"]) + "</a></div>")
    w("<article>")
    w('<h1 class="title">' + e(meta["title"]) + "</h1>")
    w('<div class="meta"><span class="datetime">' + e(meta["datetime"]) + '</span> | <span class="views">Lượt xem: ' + e(meta["views"]) + "</span></div>")
    w('<div class="share"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=' + url + '">Facebook</a>'
      '<a class="zalo" href="#" onclick="shareZalo();return false;">Zalo</a>'
      '<a class="tw" href="https://twitter.com/intent/tweet?url=' + url + '">X</a>'
      '<a class="copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a>'
      '<a class="print" href="javascript:window.print()">In bài</a></div>')
    w('<p class="sapo">' + e(meta["sapo"]) + "</p>")
    fig = 0
    for b in blocks:
        if b.startswith("[ẢNH]"):
            fig += 1
            cap = b[len("[ẢNH]"):].strip()
            w('<figure class="image"><img src="./' + slug + "_files/anh-" + str(fig) + '.jpg" alt="' + e(cap) + '" width="740">'
              "<figcaption>" + e(cap) + "</figcaption></figure>")
        else:
            w("<p>" + e(b) + "</p>")
    w('<p class="author" style="text-align:right"><strong>' + e(meta["author"]) + "</strong></p>")
    w('<div class="tags">Từ khóa: ' + ", ".join('<a href="/tag/' + str(i) + '">' + e(t.strip()) + "</a>"
                                                 for i, t in enumerate(meta["tags"].split(";"))) + "</div>")
    w('<div class="share share-bottom"><a href="#" onclick="shareZalo();return false;">Zalo</a> <a href="https://www.facebook.com/sharer/sharer.php?u=' + url + '">Facebook</a> <span class="like">Thích 128</span></div>')
    w("</article>")
    w('<section class="related"><h3>Tin liên quan</h3><ul>')
    for t, href in related:
        w('<li><a href="https://nhipcaudoingoai.vn' + href + '">' + e(t) + "</a></li>")
    w("</ul></section>")
    w('<section class="comments"><h3>Bình luận (0)</h3><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p></section>')
    w("</main>")
    w("<footer>")
    w("<p><strong>" + e(meta["site"]) + "</strong> - Chuyên trang thông tin đối ngoại.</p>")
    w("<p>Giấy phép hoạt động báo điện tử số 318/GP-BTTTT. Tổng Biên tập: Phạm Hải Đăng.</p>")
    w("<p>Địa chỉ: Tầng 5, số 19 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. Điện thoại: 024 3826 1234. Email: toasoan@nhipcaudoingoai.vn</p>")
    w("<p>© 2024 Bản quyền thuộc về " + e(meta["site"]) + ". Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>")
    w("</footer>")
    w("<script>function shareZalo(){window.open('https://zalo.me/share?url='+encodeURIComponent(location.href));}"
      "function copyLink(){navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}"
      "(function(){var v=document.querySelector('.views');if(v){fetch('/api/view?id=271845',{method:'POST'});}})();</script>")
    w('<script src="./' + slug + '_files/ads.js"></script>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def main():
    dest = sys.argv[1]
    meta, blocks = parse(SRC)
    with open(dest, "w", encoding="utf-8") as f:
        f.write(build(meta, blocks))


if __name__ == "__main__":
    main()
