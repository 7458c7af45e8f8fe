#!/usr/bin/env python3
"""Build report (a): a news web page 'saved from the browser'."""
import sys, html, os
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
E = html.escape
URL = 'https://thoisudoingoai-example.vn/ngoai-giao/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2024-chu-dong-kip-thoi-tao-da-hoan-thanh-nhiem-vu-ca-nam-post2024071216.html'

body = []
imgno = 0
for kind, val in blocks:
    if kind == 'p':
        body.append(f'<p>{E(val)}</p>')
    elif kind == 'fig':
        imgno += 1
        body.append(f'<figure class="expNoEdit"><img src="./bo-ngoai-giao-so-ket_files/so-ket-2024-{imgno}.jpg" alt="{E(val)}" width="680" height="453" loading="lazy">'
                    f'<figcaption><em>{E(val)}</em></figcaption></figure>')
    elif kind in ('h1', 'h2'):
        body.append(f'<h2>{E(val)}</h2>')

related = [
    ('05/07/2023', 'Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023'),
    ('22/07/2024', 'Khai giảng lớp tập huấn cho Trưởng Cơ quan đại diện nhiệm kỳ 2024 - 2027'),
    ('10/01/2023', 'Thủ tướng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022'),
    ('07/03/2024', 'Việt Nam - Ô-xtrây-li-a nâng cấp quan hệ lên Đối tác chiến lược toàn diện'),
]
comments = [
    ('Trần Văn Hải', 'Hà Nội', '13/07/2024 08:14', 'Mong Bộ Ngoại giao tiếp tục quan tâm hỗ trợ bà con bị lừa sang Cam-pu-chia làm việc, nhiều gia đình ở quê tôi vẫn đang chờ tin.', 12),
    ('Lê Thị Mai', 'Sydney', '13/07/2024 10:37', 'Cộng đồng người Việt ở Ô-xtrây-li-a rất phấn khởi khi quan hệ hai nước được nâng cấp. Chúc ngành ngoại giao thành công!', 8),
    ('minhnguyen88', 'TP HCM', '14/07/2024 21:05', 'Câu "đi trước một bước, nhìn xa hơn một bước" rất hay, mong thành hành động cụ thể.', 3),
]

menu = ['Trang chủ', 'Thời sự', 'Ngoại giao', 'Kinh tế đối ngoại', 'Kiều bào', 'Văn hóa', 'Thế giới', 'Video', 'Podcast']
parts = []
parts.append(f'<!DOCTYPE html>\n<!-- saved from url=({len(URL):04d}){URL} -->\n<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
parts.append(f'<title>{E(meta["title"])} | Thời sự Đối ngoại</title>')
parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
parts.append(f'<meta name="description" content="{E(meta["sapo"])}">')
parts.append(f'<meta property="og:title" content="{E(meta["title"])}"><meta property="og:type" content="article"><meta property="og:url" content="{URL}">')
parts.append('<meta property="article:published_time" content="2024-07-12T16:45:00+07:00">')
parts.append('<link rel="stylesheet" href="./bo-ngoai-giao-so-ket_files/main.min.css">')
parts.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-XXXXDEMO01");</script>')
parts.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2024","datePublished":"2024-07-12T16:45:00+07:00","author":{"@type":"Person","name":"Minh Quân"}}</script>')
parts.append('</head><body class="detail-page">')
parts.append('<div class="top-bar"><span class="today">Thứ Bảy, 13/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>')
parts.append('<header class="site-header"><a class="logo" href="/"><img src="./bo-ngoai-giao-so-ket_files/logo.svg" alt="Thời sự Đối ngoại"></a>')
parts.append('<nav class="main-menu"><ul>' + ''.join(f'<li><a href="/{i}">{E(m)}</a></li>' for i, m in enumerate(menu)) + '</ul></nav></header>')
parts.append(f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/thoi-su">{E(meta["section"])}</a> » <a href="/thoi-su/ngoai-giao">{E(meta["subsection"])}</a></div>')
parts.append('<main class="container"><article class="detail">')
parts.append(f'<h1 class="detail-title">{E(meta["title"])}</h1>')
parts.append(f'<div class="detail-meta"><span class="author">{E(meta["author"])}</span> <span class="sep">|</span> <span class="time">{E(meta["datetime"])}</span> <span class="sep">|</span> <span class="views">👁 Lượt xem: {E(meta["views"])}</span></div>')
parts.append('<div class="share-top"><a class="fb" href="#" onclick="shareFb();return false;">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#" onclick="copyLink();return false;">Sao chép link</a> <a class="print" href="javascript:window.print()">In bài</a> <button class="font-size">A- A+</button></div>')
parts.append(f'<p class="sapo"><strong>{E(meta["sapo"])}</strong></p>')
parts.append('<div class="detail-content">')
parts.extend(body)
parts.append(f'<p class="author-bottom" style="text-align:right"><strong>{E(meta["author"])}</strong></p>')
parts.append('</div>')
parts.append('<div class="tags">Từ khóa: <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a> <a href="/tag/so-ket">sơ kết 6 tháng</a> <a href="/tag/bui-thanh-son">Bùi Thanh Sơn</a> <a href="/tag/ngoai-giao-kinh-te">ngoại giao kinh tế</a></div>')
parts.append('<div class="share-bottom"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">X</a> <a href="#">Email</a> <span class="like">👍 Thích 146</span></div>')
parts.append('</article>')
parts.append('<section class="related"><h3>Tin liên quan</h3><ul>' + ''.join(f'<li><a href="/tin/{i}">{E(t)}</a> <span class="date">({d})</span></li>' for i, (d, t) in enumerate(related)) + '</ul></section>')
parts.append(f'<section class="comments"><h3>Bình luận ({len(comments)})</h3>')
for name, place, t, text, likes in comments:
    parts.append(f'<div class="comment"><div class="c-head"><b>{E(name)}</b> <span class="c-place">({E(place)})</span> <span class="c-time">{t}</span></div><div class="c-body">{E(text)}</div><div class="c-act"><a href="#">Trả lời</a> · <span>Thích {likes}</span></div></div>')
parts.append('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form></section>')
parts.append('<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="#">Giá vàng hôm nay 13/7</a></li><li><a href="#">Thời tiết Hà Nội cuối tuần: mưa rào và dông</a></li><li><a href="#">Lịch thi đấu bóng đá hôm nay</a></li></ol></aside>')
parts.append('</main>')
parts.append('<footer class="site-footer"><p>Thời sự Đối ngoại - Trang thông tin điện tử tổng hợp (bản minh họa)</p><p>Giấy phép số 000/GP-TTĐT (minh họa). Chịu trách nhiệm nội dung: Ban Biên tập.</p><p>Địa chỉ: Hà Nội. Điện thoại: (024) 0000 0000. Email: toasoan@thoisudoingoai-example.vn</p><p>© Bản quyền thuộc về Thời sự Đối ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>')
parts.append('<script>function shareFb(){window.open("https://www.facebook.com/sharer/sharer.php?u="+encodeURIComponent(location.href),"_blank","width=600,height=400");}function copyLink(){navigator.clipboard.writeText(location.href);alert("Đã sao chép liên kết");}</script>')
parts.append('<script>(function(){var v=document.querySelector(".views");if(v){fetch("/api/view?id=2024071216").catch(function(){});}})();</script>')
parts.append('</body></html>')
open(out, 'w', encoding='utf-8').write('\n'.join(parts) + '\n')
print('wrote', out)
