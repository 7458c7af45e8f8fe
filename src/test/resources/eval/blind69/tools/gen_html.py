#!/usr/bin/env python3
"""Render src/005_*.src.txt into a 'saved from browser' news web page."""
import html, sys, os, zlib

def parse(path):
    meta, body, related, comments, tags = {}, [], [], [], ""
    title = ""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    para = []
    def flush():
        if para:
            body.append(("p", " ".join(para)))
            para.clear()
    for ln in lines:
        if ln.startswith("@related:"):
            related.append(ln.split(":", 1)[1].strip()); continue
        if ln.startswith("@comment:"):
            who, txt = ln.split(":", 1)[1].split("|", 1)
            comments.append((who.strip(), txt.strip())); continue
        if ln.startswith("@tags:"):
            tags = ln.split(":", 1)[1].strip(); continue
        if ln.startswith("@"):
            k, v = ln[1:].split(":", 1); meta[k.strip()] = v.strip(); continue
        if ln.startswith("# "):
            title = ln[2:].strip(); continue
        if ln.startswith("[ảnh]"):
            flush(); body.append(("fig", ln[5:].strip())); continue
        if not ln.strip():
            flush(); continue
        para.append(ln.strip())
    flush()
    return meta, title, body, related, comments, tags

def render(meta, title, body, related, comments, tags):
    e = html.escape
    out = []
    w = out.append
    w('<!DOCTYPE html>')
    w('<!-- saved from url=(0093)https://baoquocte.vn/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2024-chu-dong-linh-hoat-278431.html -->')
    w('<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<title>{e(title)} | {e(meta["site"])}</title>')
    w(f'<meta property="og:title" content="{e(title)}">')
    w('<link rel="stylesheet" href="./278431_files/main.min.css">')
    w('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-TGVN2024");</script>')
    w('<script async src="./278431_files/adsbygoogle.js"></script>')
    w('</head><body class="detail-page">')
    w('<header class="site-header"><div class="topbar"><span class="today" id="today"></span> | <a href="#">Đăng nhập</a> | <a href="#">English</a></div>')
    w(f'<div class="logo"><a href="/">{e(meta["site"])}</a></div>')
    w('<nav class="main-menu"><ul>')
    for m in ["Trang chủ", "Thời sự", "Ngoại giao", "Kinh tế", "Người Việt bốn phương", "Văn hóa", "Quốc tế", "Video", "Podcast"]:
        w(f'<li><a href="#">{e(m)}</a></li>')
    w('</ul></nav></header>')
    w('<div class="ads-top"><ins class="adsbygoogle" data-ad-slot="1234567"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>')
    w('<main class="container"><article class="detail">')
    w(f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="#">{e(meta["section"])}</a></li><li><a href="#">{e(meta["subsection"])}</a></li></ol>')
    w(f'<h1 class="detail-title">{e(title)}</h1>')
    w(f'<div class="detail-meta"><span class="author">{e(meta["author"])}</span> <span class="time">{e(meta["datetime"])}</span> <span class="views">Lượt xem: <b>{e(meta["views"])}</b></span></div>')
    w('<div class="share-top"><a class="btn-fb" href="#">Chia sẻ Facebook</a> <a class="btn-zalo" href="#">Zalo</a> <a class="btn-x" href="#">X</a> <a class="btn-copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a> <a class="btn-print" href="#" onclick="window.print();return false;">In bài</a></div>')
    first = True
    for kind, txt in body:
        if kind == "p":
            cls = ' class="sapo"' if first else ""
            tag = "strong" if first else None
            if tag:
                w(f'<p{cls}><strong>{e(txt)}</strong></p>')
            else:
                w(f'<p>{e(txt)}</p>')
            first = False
        else:
            w(f'<figure class="image"><img src="./278431_files/img_{zlib.crc32(txt.encode())%10000}.jpg" alt=""><figcaption>{e(txt)}</figcaption></figure>')
    w(f'<p class="author-bottom" style="text-align:right"><strong>{e(meta["author"])}</strong></p>')
    w(f'<div class="tags">Từ khóa: ' + ", ".join(f'<a href="#">{e(t.strip())}</a>' for t in tags.split(";")) + '</div>')
    w('<div class="share-bottom"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a> <span class="like">Thích 126</span></div>')
    w('</article>')
    w('<section class="related"><h3>Tin liên quan</h3><ul>')
    for i, r in enumerate(related):
        w(f'<li><a href="/tin-{278000+i*37}.html">{e(r)}</a></li>')
    w('</ul></section>')
    w(f'<section class="comments"><h3>Bình luận ({len(comments)})</h3>')
    for who, txt in comments:
        w(f'<div class="comment"><span class="c-name">{e(who)}</span><p>{e(txt)}</p><span class="c-act">Trả lời · Thích</span></div>')
    w('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form></section>')
    w('<aside class="most-read"><h3>Đọc nhiều</h3><ul><li><a href="#">Giá vàng hôm nay</a></li><li><a href="#">Thời tiết Hà Nội cuối tuần</a></li><li><a href="#">Lịch nghỉ lễ Quốc khánh 2/9</a></li></ul></aside>')
    w('</main>')
    w(f'<footer class="site-footer"><p>{e(meta["site"])} – Cơ quan của Bộ Ngoại giao</p><p>Giấy phép hoạt động báo chí điện tử số 65/GP-BTTTT. Tổng Biên tập: (đã lược)</p><p>Địa chỉ: Số 2 Lê Quang Đạo, Nam Từ Liêm, Hà Nội. Điện thoại: 024.xxxx.xxxx</p><p>© Bản quyền thuộc về {e(meta["site"])}. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer>')
    w('<script>function copyLink(){navigator.clipboard.writeText(location.href);alert("Đã sao chép liên kết");}document.getElementById("today").textContent=new Date().toLocaleDateString("vi-VN");</script>')
    w('<script src="./278431_files/jquery.min.js"></script><script src="./278431_files/detail.js"></script>')
    w('</body></html>')
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    parts = parse(src)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(render(*parts))
