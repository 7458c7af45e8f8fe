#!/usr/bin/env python3
"""Render the TG&VN article (src/101_article.json) through a CMS-like template,
the way the page looks when saved from a browser ("Save page as… HTML only")."""
import json, sys, html
from pathlib import Path

src = json.loads(Path(__file__).with_name("src").joinpath("101_article.json").read_text(encoding="utf-8"))
out = Path(sys.argv[1])
e = html.escape

menu = ["Thời sự", "Quốc tế", "Kinh tế", "Văn hóa", "Người Việt bốn phương", "Đối ngoại", "Multimedia", "English"]
img_base = "https://photo.baoquocte.vn/w700/Uploaded/2023/bpivpvoi/2023_12_19/"

def body_html():
    parts = []
    for item in src["body"]:
        if item[0] == "p":
            parts.append(f'        <p>{e(item[1])}</p>')
        elif item[0] == "h2":
            parts.append(f'        <h2 class="article-subtitle">{e(item[1])}</h2>')
        elif item[0] == "fig":
            parts.append(
                '        <figure class="image align-center">\n'
                f'          <img src="{img_base}{item[1]}" alt="{e(item[2])}" width="700" height="466" loading="lazy">\n'
                f'          <figcaption>{e(item[2])}</figcaption>\n'
                '        </figure>')
    return "\n".join(parts)

desc = src["sapo"].replace("TGVN. ", "")
jsonld = json.dumps({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": src["title"], "datePublished": src["published"],
    "author": {"@type": "Person", "name": src["author"]},
    "publisher": {"@type": "Organization", "name": src["site"]},
    "mainEntityOfPage": src["url"]}, ensure_ascii=False)

page = f'''<!DOCTYPE html>
<!-- saved from url=({len(src["url"]):04d}){src["url"]} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(src["title"])} | {e(src["site"])}</title>
  <meta name="description" content="{e(desc)}">
  <meta name="keywords" content="{e(", ".join(src["tags"]))}">
  <meta name="author" content="{e(src["author"])}">
  <link rel="canonical" href="{src["url"]}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(src["site"])}">
  <meta property="og:title" content="{e(src["title"])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{src["url"]}">
  <meta property="og:image" content="{img_base}bo-truong-bui-thanh-son-khai-mac.jpg">
  <meta property="og:locale" content="vi_VN">
  <meta property="article:published_time" content="{src["published"]}">
  <meta property="article:section" content="{e(src["section"])}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="./{out.stem}_files/main.min.css">
  <script type="application/ld+json">{jsonld}</script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-TGVN2023"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TGVN2023');</script>
  <style>.share-bar a{{margin-right:8px}} .hidden{{display:none}}</style>
</head>
<body class="detail-page">
  <header class="site-header">
    <div class="topbar"><span class="date-now">Thứ Tư, 20/12/2023</span> <a href="https://baoquocte.vn/dang-nhap">Đăng nhập</a> <a href="https://baoquocte.vn/rss">RSS</a></div>
    <a class="logo" href="https://baoquocte.vn/"><img src="./{out.stem}_files/logo.svg" alt="{e(src["site"])}"></a>
    <nav class="main-menu"><ul>
      <li><a href="https://baoquocte.vn/">Trang chủ</a></li>
{chr(10).join(f'      <li><a href="https://baoquocte.vn/{i}">{e(m)}</a></li>' for i, m in enumerate(menu))}
    </ul></nav>
    <form class="search" action="https://baoquocte.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form>
  </header>
  <main class="container">
    <nav class="breadcrumb" aria-label="breadcrumb"><a href="https://baoquocte.vn/">Trang chủ</a> › <a href="https://baoquocte.vn/thoi-su">{e(src["section"])}</a> › <a href="https://baoquocte.vn/thoi-su/doi-ngoai">{e(src["subsection"])}</a></nav>
    <article class="article-detail">
      <h1 class="article-title">{e(src["title"])}</h1>
      <div class="article-meta">
        <span class="author">{e(src["author"])}</span> ·
        <time datetime="{src["published"]}">{e(src["published_vn"])}</time> ·
        <span class="updated">{e(src["updated_vn"])}</span> ·
        <span class="views"><i class="icon-eye"></i> {src["views"]} lượt xem</span>
      </div>
      <div class="share-bar">
        <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={src["url"]}">Chia sẻ Facebook</a>
        <a class="zalo" href="https://sp.zalo.me/share_inline?url={src["url"]}">Zalo</a>
        <a class="x" href="https://twitter.com/intent/tweet?url={src["url"]}">X</a>
        <a class="copy" href="javascript:void(0)" onclick="navigator.clipboard.writeText(location.href)">Sao chép link</a>
        <a class="print" href="javascript:window.print()">In bài</a>
      </div>
      <div class="article-sapo"><strong>{e(src["sapo"])}</strong></div>
      <div class="article-content">
{body_html()}
      </div>
      <div class="article-tags"><span>Tags:</span>
{chr(10).join(f'        <a href="https://baoquocte.vn/tag/{i}" rel="tag">{e(t)}</a>' for i, t in enumerate(src["tags"]))}
      </div>
      <div class="share-bar bottom"><a class="fb" href="#">Thích 128</a> <a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a></div>
    </article>
    <section class="related-news"><h3>Tin liên quan</h3><ul>
{chr(10).join(f'      <li><a href="https://baoquocte.vn/tin-{i}.html">{e(t)}</a> <span class="time">{d}</span></li>' for i, (t, d) in enumerate(src["related"]))}
    </ul></section>
    <section class="comments"><h3>Bình luận ({len(src["comments"])})</h3>
{chr(10).join(f'      <div class="comment"><b class="name">{e(n)}</b> <span class="time">{t}</span><p>{e(c)}</p><span class="like">Thích ({l})</span> <a href="#">Trả lời</a></div>' for n, t, c, l in src["comments"])}
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="button">Gửi bình luận</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <p><b>BÁO THẾ GIỚI &amp; VIỆT NAM</b> – Cơ quan của Bộ Ngoại giao</p>
    <p>Giấy phép hoạt động báo điện tử số 170/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p>
    <p>Tòa soạn: Số 6 Chu Văn An, Ba Đình, Hà Nội · Điện thoại: (024) 3823 xxxx · Email: tgvn@mofa.gov.vn</p>
    <p>© Bản quyền thuộc về Báo Thế giới &amp; Việt Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </footer>
  <script src="./{out.stem}_files/jquery.min.js"></script>
  <script>$(function(){{ $('.views').attr('data-id','251873'); }});</script>
</body></html>
'''
out.write_text(page, encoding="utf-8")
print("wrote", out)
