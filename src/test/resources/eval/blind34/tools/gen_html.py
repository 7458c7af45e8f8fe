#!/usr/bin/env python3
"""Build reports/005_*.html (a news page 'saved from a browser') from src/005_news_page.txt."""
import html, sys, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src/005_news_page.txt"
OUT = ROOT / "reports/005_0069c50999470dd0.html"
e = html.escape

meta, body, tags, related, comments = {}, [], [], [], []
table = None
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    if line.startswith("@tags "):
        tags = line[6:].split("|")
    elif line.startswith("@related "):
        related.append(line[9:].split("|"))
    elif line.startswith("@comment "):
        comments.append(line[9:].split("|", 2))
    elif line.startswith("@"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v
    elif line.startswith("[img] "):
        body.append(("img", line[6:]))
    elif line.startswith("[table] "):
        table = {"title": line[8:], "rows": []}
    elif line.startswith("[/table]"):
        body.append(("table", table)); table = None
    elif table is not None:
        table["rows"].append([c.strip() for c in line.split("|")])
    else:
        body.append(("p", line))

iso, shown = meta["datetime"].split("|")
sec = meta["section"].split("|")
out = []
w = out.append
w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')
w('<!-- saved from url=(0087)https://doingoaingaynay.vn/thoi-su/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2024-48213.html -->')
w(f'<title>{e(meta["title"])} | {e(meta["site"])}</title>')
w('<meta name="viewport" content="width=device-width, initial-scale=1">')
w(f'<meta property="og:title" content="{e(meta["title"])}">')
w(f'<meta property="article:published_time" content="{iso}">')
w('<link rel="stylesheet" href="./Bo-ngoai-giao-so-ket_files/main.min.css">')
w('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-DNNN2024");</script>')
w('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"%s","author":{"name":"%s"}}</script>' % (iso, meta["author"]))
w('</head>\n<body class="article-page">')
w('<header class="site-header"><div class="logo"><a href="/">%s</a></div>' % e(meta["site"]))
w('<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/doi-ngoai">Đối ngoại</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/video">Video</a></li></ul>')
w('<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></nav></header>')
w('<main><div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; ' + " &rsaquo; ".join(f'<a href="#">{e(s)}</a>' for s in sec) + '</div>')
w('<article class="detail">')
w(f'<h1 class="detail-title">{e(meta["title"])}</h1>')
w(f'<div class="detail-meta"><span class="author">{e(meta["author"])}</span> <time datetime="{iso}">{e(shown)}</time></div>')
w('<div class="share-top"><a class="btn-share fb" href="#">Chia sẻ Facebook</a> <a class="btn-share zalo" href="#">Zalo</a> <a class="btn-share copy" href="#">Sao chép liên kết</a> <a class="btn-print" href="#">In bài</a></div>')
w(f'<p class="sapo"><strong>{e(meta["sapo"])}</strong></p>')
w('<div class="detail-content">')
n = 0
for kind, val in body:
    if kind == "p":
        w(f"<p>{e(val)}</p>")
    elif kind == "img":
        n += 1
        w(f'<figure class="image"><img src="./Bo-ngoai-giao-so-ket_files/anh{n}.jpg" alt="" width="760"><figcaption>{e(val)}</figcaption></figure>')
    else:
        w(f'<table class="data-table"><caption>{e(val["title"])}</caption>')
        head, *rows = val["rows"]
        w("<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr></thead><tbody>")
        for r in rows:
            w("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
        w("</tbody></table>")
w('</div>')
w(f'<p class="author-bottom"><strong>{e(meta["author"])}</strong></p>')
w('<div class="tags"><span>Từ khóa:</span> ' + " ".join(f'<a class="tag" href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags)) + '</div>')
w('<div class="share-bottom"><span class="like-count" data-count="0">Thích 214</span> <a class="btn-share fb" href="#">Chia sẻ</a> <a class="btn-share tw" href="#">Tweet</a></div>')
w('</article>')
w('<section class="related"><h2>Tin liên quan</h2><ul>')
for t, d in related:
    w(f'<li><a href="#">{e(t)}</a> <span class="date">{e(d)}</span></li>')
w('</ul></section>')
w(f'<section class="comments"><h2>Bình luận ({len(comments)})</h2>')
for name, t, text in comments:
    w(f'<div class="comment"><b class="name">{e(name)}</b> <span class="time">{e(t)}</span><p>{e(text)}</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>')
w('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form></section></main>')
w(f'<footer class="site-footer"><p>© 2024 {e(meta["site"])}. Giấy phép số 215/GP-BTTTT (giả định).</p><p>Địa chỉ tòa soạn: Hà Nội. Email: toasoan@doingoaingaynay.vn</p><a href="#top">Lên đầu trang</a></footer>')
w('<script>document.querySelectorAll(".btn-share").forEach(function(b){b.addEventListener("click",function(ev){ev.preventDefault();window.open("https://www.facebook.com/sharer.php?u="+encodeURIComponent(location.href));});});</script>')
w('<script>var _comments={"total":%d,"page":1};</script>' % len(comments))
w('</body>\n</html>\n')
OUT.write_text("\n".join(out), encoding="utf-8")
print("wrote", OUT)
