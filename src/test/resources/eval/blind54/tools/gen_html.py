#!/usr/bin/env python3
"""Render src/005_*.src (a light @-markup) into a news web page 'saved from a browser'."""
import html, sys

def parse(path):
    items = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        key, _, val = line.partition(" ")
        items.append((key[1:], val))
    return items

def main(src, out):
    items = parse(src)
    one = {k: v for k, v in items}
    e = html.escape
    menu = one["menu"].split("|")
    crumbs = one["breadcrumb"].split("|")
    body = []
    figno = 0
    for k, v in items:
        if k == "p":
            body.append(f'      <p>{e(v)}</p>')
        elif k == "h2":
            body.append(f'      <h2 class="sub-title">{e(v)}</h2>')
        elif k == "fig":
            img, cap = v.split("|", 1)
            figno += 1
            body.append(
                f'      <figure class="article-figure" id="fig{figno}">\n'
                f'        <img src="./{e(img)}" alt="{e(cap)}" loading="lazy" width="760" height="428">\n'
                f'        <figcaption>{e(cap)}</figcaption>\n      </figure>')
    related = [v for k, v in items if k == "related"]
    comments = [v.split("|", 2) for k, v in items if k == "comment"]
    tags = one.get("tags", "").split("|")
    site = one["site"]
    out_lines = []
    w = out_lines.append
    w('<!DOCTYPE html>')
    w('<!-- saved from url=(0093)https://doingoaiviet.vn/thoi-su/doi-ngoai/hop-bao-thuong-ky-bo-ngoai-giao-ngay-5-7-2024-a19207.html -->')
    w('<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<title>{e(one["title"])} | {e(site)}</title>')
    w(f'<meta name="description" content="{e(one["sapo"])}">')
    w(f'<meta property="og:title" content="{e(one["title"])}">')
    w('<meta property="og:type" content="article">')
    w('<meta property="article:published_time" content="2024-07-05T18:15:00+07:00">')
    w('<link rel="stylesheet" href="./Hop bao thuong ky_files/main.min.css">')
    w('<style>body{font-family:Arial,sans-serif;margin:0;color:#222}.top-menu a{margin:0 8px;color:#fff}'
      '.top-menu{background:#0b4f8a;padding:8px}.breadcrumb{font-size:13px;color:#666}'
      '.article{max-width:760px;margin:auto}.sapo{font-weight:bold}figcaption{font-size:13px;font-style:italic;color:#555}'
      '.share a{display:inline-block;margin-right:6px}.comment{border-top:1px solid #eee;padding:6px 0}</style>')
    w('<script async src="./Hop bao thuong ky_files/gtag.js"></script>')
    w("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-DNV2024X');</script>")
    w('</head><body>')
    w(f'<header class="site-header"><div class="logo"><a href="https://doingoaiviet.vn/">{e(site)}</a></div>')
    w('  <div class="header-tools"><a href="#">Đăng nhập</a> | <a href="#">English</a> | <span id="clock">Hà Nội 32°C</span></div>')
    w('  <nav class="top-menu">' + "".join(f'<a href="#">{e(m)}</a>' for m in menu) + '</nav></header>')
    w('<main class="article">')
    w('  <div class="breadcrumb">' + " › ".join(f'<a href="#">{e(c)}</a>' for c in crumbs) + '</div>')
    w(f'  <h1 class="title">{e(one["title"])}</h1>')
    w(f'  <div class="meta"><span class="datetime">{e(one["datetime"])}</span> | '
      f'<span class="views">Lượt xem: <b id="view-count">{e(one["views"])}</b></span></div>')
    w('  <div class="share top"><a class="fb" href="#">Chia sẻ Facebook</a><a class="zalo" href="#">Zalo</a>'
      '<a class="copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a><a class="print" href="#" onclick="window.print()">In bài</a></div>')
    w('  <article>')
    w(f'      <p class="sapo">{e(one["sapo"])}</p>')
    out_lines.extend(body)
    w(f'      <p class="byline" style="text-align:right"><strong>{e(one["byline"])}</strong></p>')
    w('  </article>')
    w('  <div class="tags">Từ khóa: ' + ", ".join(f'<a href="#">{e(t)}</a>' for t in tags if t) + '</div>')
    w('  <div class="share bottom"><a class="fb" href="#">Thích 128</a><a class="fb" href="#">Chia sẻ</a><a class="zalo" href="#">Zalo</a></div>')
    w('  <section class="related"><h3>Tin liên quan</h3><ul>')
    for i, r in enumerate(related):
        w(f'    <li><a href="https://doingoaiviet.vn/tin/{19190 + i}.html">{e(r)}</a></li>')
    w('  </ul></section>')
    w(f'  <section class="comments"><h3>Bình luận ({len(comments)})</h3>')
    for name, when, text in comments:
        w(f'    <div class="comment"><span class="c-name">{e(name)}</span> <span class="c-time">{e(when)}</span><p>{e(text)}</p></div>')
    w('    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>')
    w('  </section>')
    w('</main>')
    w(f'<footer class="site-footer"><p>{e(one["footer"])}</p>'
      '<p><a href="#">Giới thiệu</a> | <a href="#">Liên hệ quảng cáo</a> | <a href="#">RSS</a></p></footer>')
    w("<script>function copyLink(){navigator.clipboard&&navigator.clipboard.writeText(location.href);}"
      "(function(){var el=document.getElementById('view-count');if(!el)return;"
      "var n=parseInt(el.textContent.replace(/\\./g,''),10)||0;fetch('/api/view?id=19207',{method:'POST'}).catch(function(){});"
      "el.textContent=(n+1).toLocaleString('vi-VN');})();</script>")
    w('</body></html>')
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
