#!/usr/bin/env python3
"""Build the HTML, Markdown and plain-text reports from src/ (005, 008, 009, 010)."""
import html
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
OUT = os.path.join(ROOT, "reports")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("built", name)


def split_meta(text):
    meta, body = {}, []
    for line in text.splitlines():
        m = re.match(r"^@(\w+):\s?(.*)$", line)
        if m and m.group(1) not in meta:
            meta[m.group(1)] = m.group(2)
        else:
            body.append(line)
    return meta, body


def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


# ---------------------------------------------------------------- HTML (a)
def build_html():
    meta, body = split_meta(read("005_html.src"))
    sections = {"body": [], "related": [], "comments": []}
    cur = "body"
    for line in body:
        if line.startswith("=== "):
            cur = line[4:].strip()
            continue
        sections[cur].append(line)
    title = next(l[2:] for l in sections["body"] if l.startswith("# "))
    paras, buf = [], []
    for line in sections["body"] + [""]:
        if line.strip() == "":
            if buf:
                paras.append(" ".join(buf))
                buf = []
        else:
            buf.append(line.strip())
    art = []
    fig = 0
    for p in paras:
        if p.startswith("# "):
            art.append(f'<h1 class="article-title">{inline(p[2:])}</h1>')
            art.append('<div class="article-meta"><span class="byline">Tác giả: '
                       f'<a href="/tac-gia/minh-quan">{html.escape(meta["byline"])}</a></span> | '
                       f'<span class="datetime">{html.escape(meta["datetime"])}</span> | '
                       f'<span class="views"><i class="ico-eye"></i> Lượt xem: <span id="view-count">{meta["views"]}</span></span></div>')
            art.append('<div class="share-bar top"><a class="share fb" href="#" onclick="shareFb();return false;">Chia sẻ Facebook</a> '
                       '<a class="share zalo" href="#">Zalo</a> <a class="share x" href="#">X</a> '
                       '<a class="share mail" href="mailto:?subject=Tin%20ngoai%20giao">Email</a> '
                       '<a class="share print" href="javascript:window.print()">In bài</a> '
                       '<button class="font-size" onclick="zoomText(1)">A+</button><button class="font-size" onclick="zoomText(-1)">A-</button></div>')
        elif p.startswith("## "):
            art.append(f"<h2>{inline(p[3:])}</h2>")
        elif p.startswith("!img: "):
            fig += 1
            art.append(f'<figure class="article-figure"><img src="/uploads/2024/07/05/hoi-nghi-so-ket-{fig}.jpg" '
                       f'alt="Hội nghị sơ kết 6 tháng 2024" width="760" height="507" loading="lazy">'
                       f"<figcaption>{inline(p[6:])}</figcaption></figure>")
        elif p.startswith("**"):
            art.append(f'<p class="sapo">{inline(p)}</p>')
        else:
            art.append(f"<p>{inline(p)}</p>")
    menu = "\n".join(f'        <li><a href="/{i}">{html.escape(x.strip())}</a></li>'
                     for i, x in enumerate(meta["menu"].split("|")))
    crumbs = ' <span class="sep">›</span> '.join(f'<a href="#">{html.escape(c.strip())}</a>'
                                                  for c in meta["breadcrumb"].split(">"))
    rel = "\n".join(f'      <li><a href="/ngoai-giao/tin-{9100 + i}.html">{html.escape(r)}</a></li>'
                    for i, r in enumerate(l for l in sections["related"] if l.strip()))
    coms = []
    for l in sections["comments"]:
        if not l.strip():
            continue
        who, when, txt = [x.strip() for x in l.split("|")]
        coms.append(f'      <div class="comment"><div class="c-head"><b>{html.escape(who)}</b> '
                    f'<time>{when}</time></div><p>{html.escape(txt)}</p>'
                    f'<a class="c-like" href="#">Thích</a> · <a class="c-reply" href="#">Trả lời</a></div>')
    tags = " ".join(f'<a class="tag" href="#">{html.escape(t.strip())}</a>' for t in meta["tags"].split(","))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {html.escape(meta["site"])}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-05T18:42:00+07:00">
<link rel="stylesheet" href="/static/css/main.min.css?v=20240701">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-XXXXXXX');
</script>
<style>
  .article-figure figcaption {{ font-style: italic; font-size: 14px; color: #555; }}
  .share-bar a {{ margin-right: 8px; }}
</style>
</head>
<body class="article-page">
<div id="fb-root"></div>
<header class="site-header">
  <div class="topbar"><span class="today" id="today"></span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> | <a href="/en">English</a></div>
  <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{html.escape(meta["site"])}"></a></div>
  <nav class="main-menu">
    <ul>
{menu}
    </ul>
    <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </nav>
</header>
<div class="container">
  <div class="breadcrumb">{crumbs}</div>
  <main class="article-main">
    <article class="article-detail">
{chr(10).join("      " + a for a in art)}
      <div class="article-author">{html.escape(meta["byline"])}</div>
      <div class="article-tags">Từ khóa: {tags}</div>
      <div class="share-bar bottom"><a class="share fb" href="#">Chia sẻ</a> <a class="share zalo" href="#">Zalo</a> <a class="share copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a></div>
    </article>
    <section class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{rel}
      </ul>
    </section>
    <section class="comments">
      <h3>Bình luận ({len(coms)})</h3>
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><button type="button">Gửi bình luận</button></form>
{chr(10).join(coms)}
    </section>
  </main>
  <aside class="sidebar">
    <div class="box most-read"><h3>Đọc nhiều</h3><ul><li><a href="#">Lịch tiếp công dân tháng 7/2024</a></li><li><a href="#">Hướng dẫn thủ tục hợp pháp hóa lãnh sự trực tuyến</a></li></ul></div>
    <div class="box ad"><img src="/ads/banner-300x250.jpg" alt="Quảng cáo"></div>
  </aside>
</div>
<footer class="site-footer">
  <p><b>{html.escape(meta["site"])}</b> – Cơ quan ngôn luận điện tử về đối ngoại</p>
  <p>Giấy phép hoạt động báo điện tử số 215/GP-BTTTT. Tổng Biên tập: Nguyễn Thành Công</p>
  <p>Địa chỉ: Tòa soạn, Hà Nội · Điện thoại: 024 0000 0000 · Email: toasoan@thoibaodoingoai.example</p>
  <p>© Bản quyền thuộc về {html.escape(meta["site"])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  document.getElementById('today').textContent = new Date().toLocaleDateString('vi-VN');
  function zoomText(d) {{ var a = document.querySelector('.article-detail'); var s = parseFloat(getComputedStyle(a).fontSize); a.style.fontSize = (s + d) + 'px'; }}
  function shareFb() {{ window.open('https://www.facebook.com/sharer/sharer.php?u=' + encodeURIComponent(location.href)); }}
  function copyLink() {{ navigator.clipboard.writeText(location.href); alert('Đã sao chép liên kết'); }}
  fetch('/api/view?id=9126', {{method: 'POST'}}).catch(function () {{}});
</script>
</body>
</html>
"""
    write(meta["out"], page)


# ---------------------------------------------------------------- Markdown (d)
def build_md():
    text = read("008_md.src")
    write("008_50-nam-quan-he-VN-HaLan.md", text)


# ---------------------------------------------------------------- official report (e)
def width(s):
    return len(unicodedata.normalize("NFC", s))


def center(s, w):
    pad = max(0, (w - width(s)) // 2)
    return " " * pad + s


def build_official():
    meta, body = split_meta(read("009_txt.src"))
    left = meta["left"].split("|")
    right = meta["right"].split("|")
    lines = []
    n = max(len(left), len(right))
    for i in range(n):
        l = center(left[i], 30) if i < len(left) else ""
        r = center(right[i], 52) if i < len(right) else ""
        lines.append((l.ljust(34) + r).rstrip())
    lines += ["", "", center(meta["title"], 86)]
    # wrap the subject line
    subj, cur = [], ""
    for w in meta["subject"].split():
        if width(cur) + width(w) + 1 > 70:
            subj.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    subj.append(cur)
    lines += [center(s, 86) for s in subj]
    lines += [center("_______________", 86), "", center("Kính gửi: " + meta["to"], 86), ""]
    for l in body:
        lines.append(("    " + l) if l.strip() and not re.match(r"^[IVX]+\. ", l) else l)
    lines += ["", ""]
    rec = ["Nơi nhận:"] + ["- " + r for r in meta["recipients"].split("|")]
    sig = meta["sign"].split("|")
    for i in range(max(len(rec), len(sig))):
        l = rec[i] if i < len(rec) else ""
        r = center(sig[i], 40) if i < len(sig) else ""
        lines.append((l.ljust(40) + r).rstrip())
    write(meta["out"], "\n".join(lines) + "\n")


# ---------------------------------------------------------------- e-mail forward (f)
def build_email():
    meta, body = split_meta(read("010_email.src"))
    write(meta["out"], "\n".join(body).strip("\n") + "\n")


if __name__ == "__main__":
    build_html()
    build_md()
    build_official()
    build_email()
