#!/usr/bin/env python3
"""Build the saved-from-browser news page (report 005) from its source text."""
import html, sys

def main(src, out):
    meta, body, related, comments, tags = {}, [], [], [], ""
    for line in open(src, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        key, _, val = line.partition(": ")
        if key in ("P", "IMG"):
            body.append((key, val))
        elif key == "RELATED":
            related.append(val)
        elif key == "COMMENT":
            comments.append([x.strip() for x in val.split("|", 2)])
        elif key == "TAGS":
            tags = val
        else:
            meta[key] = val
    e = html.escape
    o = []
    o.append('<!DOCTYPE html>\n<!-- saved from url=(0093)https://tinngoaigiao.vn/thoi-su/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2024-d18422.html -->')
    o.append('<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    o.append(f'<title>{e(meta["TITLE"])} | {e(meta["SITE"])}</title>')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append(f'<meta property="og:title" content="{e(meta["TITLE"])}">')
    o.append('<link rel="stylesheet" href="./bo-ngoai-giao-so-ket_files/main.min.css">')
    o.append('<script async src="./bo-ngoai-giao-so-ket_files/gtag.js"></script>')
    o.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-TNG2024X');</script>")
    o.append('</head><body class="detail-page">')
    o.append('<header class="site-header"><div class="top-bar"><span class="today">Thứ Bảy, 06/07/2024</span> <a href="#">Đăng nhập</a> | <a href="#">Đăng ký</a> <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>')
    o.append(f'<div class="logo"><a href="/">{e(meta["SITE"])}</a></div>')
    o.append('<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li class="active"><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế đối ngoại</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/multimedia">Multimedia</a></li></ul></nav></header>')
    o.append(f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/thoi-su">{e(meta["SECTION"])}</a> &raquo; <a href="/thoi-su/hoat-dong-cua-bo">{e(meta["SUBSECTION"])}</a></div>')
    o.append('<main><article class="article-detail">')
    o.append(f'<h1 class="article-title">{e(meta["TITLE"])}</h1>')
    o.append(f'<div class="article-meta"><span class="author">{e(meta["BYLINE"])}</span> <span class="datetime">{e(meta["DATE"])}</span> <span class="views"><i class="icon-eye"></i> Lượt xem: {e(meta["VIEWS"])}</span></div>')
    o.append('<div class="share-buttons top"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="tw" href="#">Twitter</a> <a class="email" href="#">Gửi email</a> <a class="print" href="javascript:window.print()">In bài</a> <button class="font-size">A-</button><button class="font-size">A+</button></div>')
    o.append(f'<p class="sapo"><strong>{e(meta["SAPO"])}</strong></p>')
    o.append('<div class="article-body">')
    n = 0
    for kind, val in body:
        if kind == "P":
            o.append(f"<p>{e(val)}</p>")
        else:
            n += 1
            o.append(f'<figure class="image"><img src="./bo-ngoai-giao-so-ket_files/anh-{n}.jpg" alt="{e(val)}" width="760"><figcaption>{e(val)}</figcaption></figure>')
    o.append('</div>')
    o.append(f'<div class="article-tags">Từ khóa: ' + ", ".join(f'<a href="#">{e(t.strip())}</a>' for t in tags.split(";")) + '</div>')
    o.append('<div class="share-buttons bottom"><a class="fb" href="#">Thích 128</a> <a class="fb" href="#">Chia sẻ</a> <a class="copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a></div>')
    o.append('</article>')
    o.append('<section class="related-news"><h3>Tin liên quan</h3><ul>')
    for i, r in enumerate(related):
        o.append(f'<li><a href="/thoi-su/tin-{18300+i*17}.html">{e(r)}</a></li>')
    o.append('</ul></section>')
    o.append(f'<section class="comments"><h3>Bình luận ({len(comments)})</h3>')
    for name, t, text in comments:
        o.append(f'<div class="comment"><span class="c-name">{e(name)}</span> <span class="c-time">{e(t)}</span><p>{e(text)}</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>')
    o.append('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form></section>')
    o.append('</main>')
    o.append(f'<footer class="site-footer"><p>{e(meta["SITE"])} - Cơ quan chủ quản: Hội Truyền thông Đối ngoại (giả lập)</p><p>Giấy phép số 123/GP-BTTTT. Địa chỉ: Hà Nội. Điện thoại: 024 0000 0000</p><p>&copy; 2024 Bản quyền thuộc về {e(meta["SITE"])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>')
    o.append("<script>document.querySelectorAll('.font-size').forEach(function(b){b.addEventListener('click',function(){var a=document.querySelector('.article-body');var s=parseFloat(getComputedStyle(a).fontSize);a.style.fontSize=(b.textContent==='A+'?s+1:s-1)+'px';});});</script>")
    o.append("<script>(function(){var v=document.querySelector('.views');if(v){/* view counter ping */fetch('/api/view?id=18422').catch(function(){});}})();</script>")
    o.append('</body></html>')
    open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
