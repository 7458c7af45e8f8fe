"""Build report 005 as a news web page 'saved from a browser'."""
import html, sys
from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
e = html.escape

body = []
imgs = iter(["/uploads/2024/01/10/hoi-nghi-lanh-su-toan-canh.jpg", "/uploads/2024/01/10/pho-thu-tuong-tran-luu-quang.jpg"])
for kind, val in blocks:
    if kind == "p":
        body.append(f"<p>{e(val)}</p>")
    elif kind == "cap":
        body.append(f'<figure class="expNoEdit"><img src="https://tindoingoai.vn{next(imgs)}" alt="{e(val)}" loading="lazy" width="680"><figcaption>{e(val)}</figcaption></figure>')
    elif kind == "h":
        body.append(f"<h2>{e(val)}</h2>")

page = f"""<!DOCTYPE html>
<!-- saved from url=(0093)https://tindoingoai.vn/doi-ngoai/bao-ho-cong-dan/hoi-nghi-lanh-su-toan-quoc-lan-thu-10-248110.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | Tin Đối Ngoại</title>
<meta name="description" content="{e(meta['sapo'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-01-10T16:45:00+07:00">
<link rel="stylesheet" href="./hoi-nghi-lanh-su_files/main.min.css">
<script async src="./hoi-nghi-lanh-su_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-TDN2024XYZ');
</script>
<style>.share-bar a{{margin-right:8px}} figure{{margin:16px 0}} figcaption{{font-style:italic;color:#555}}</style>
</head>
<body class="page-detail">
<div id="fb-root"></div>
<header class="site-header">
  <div class="topbar"><span class="today">Thứ Tư, 10/01/2024</span> <a href="https://tindoingoai.vn/dang-nhap">Đăng nhập</a> | <a href="https://tindoingoai.vn/dang-ky">Đăng ký</a> <a href="https://tindoingoai.vn/en">English</a></div>
  <a class="logo" href="https://tindoingoai.vn/"><img src="./hoi-nghi-lanh-su_files/logo.svg" alt="Tin Đối Ngoại"></a>
  <nav class="main-menu"><ul>
    <li><a href="https://tindoingoai.vn/">Trang chủ</a></li>
    <li><a href="https://tindoingoai.vn/thoi-su">Thời sự</a></li>
    <li class="active"><a href="https://tindoingoai.vn/doi-ngoai">Đối ngoại</a></li>
    <li><a href="https://tindoingoai.vn/kinh-te">Kinh tế</a></li>
    <li><a href="https://tindoingoai.vn/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
    <li><a href="https://tindoingoai.vn/van-hoa">Văn hóa</a></li>
    <li><a href="https://tindoingoai.vn/multimedia">Multimedia</a></li>
    <li><a href="https://tindoingoai.vn/tim-kiem" class="search-ico" aria-label="Tìm kiếm">🔍</a></li>
  </ul></nav>
</header>
<main class="container">
  <ol class="breadcrumb"><li><a href="https://tindoingoai.vn/">Trang chủ</a></li><li><a href="https://tindoingoai.vn/doi-ngoai">Đối ngoại</a></li><li><a href="https://tindoingoai.vn/doi-ngoai/bao-ho-cong-dan">{e(meta['category'])}</a></li></ol>
  <article class="detail">
    <h1 class="detail-title">{e(meta['title'])}</h1>
    <div class="detail-meta"><span class="byline">{e(meta['author'])}</span> <span class="datetime">{e(meta['datetime'])}</span> <span class="views">👁 Lượt xem: <b id="viewCount">{e(meta['views'])}</b></span></div>
    <div class="share-bar">
      <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftindoingoai.vn%2F248110" target="_blank">Chia sẻ Facebook</a>
      <a class="share zalo" href="https://sp.zalo.me/share_inline?d=248110" target="_blank">Zalo</a>
      <a class="share tw" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Ftindoingoai.vn%2F248110">X</a>
      <button class="share copy" onclick="copyLink()">Sao chép liên kết</button>
      <button class="share print" onclick="window.print()">In bài</button>
    </div>
    <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
    <div class="detail-content" id="content">
{chr(10).join('      ' + b for b in body)}
    </div>
    <p class="author-bottom"><strong>{e(meta['author'])}</strong></p>
    <div class="tags">Từ khóa: <a href="https://tindoingoai.vn/tag/lanh-su">lãnh sự</a>, <a href="https://tindoingoai.vn/tag/bao-ho-cong-dan">bảo hộ công dân</a>, <a href="https://tindoingoai.vn/tag/thi-thuc">thị thực</a>, <a href="https://tindoingoai.vn/tag/tran-luu-quang">Trần Lưu Quang</a></div>
    <div class="share-bar bottom"><a class="share fb" href="#">Thích 126</a> <a class="share fb" href="#">Chia sẻ</a> <a class="share zalo" href="#">Zalo</a></div>
  </article>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="https://tindoingoai.vn/doi-ngoai/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2023-231842.html">Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023</a> <span class="time">05/07/2023</span></li>
      <li><a href="https://tindoingoai.vn/thoi-su/pho-thu-tuong-tran-luu-quang-lam-viec-voi-bo-ngoai-giao-220513.html">Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao</a> <span class="time">31/01/2023</span></li>
      <li><a href="https://tindoingoai.vn/kinh-te/mien-thi-thuc-45-ngay-cu-hich-cho-du-lich-236017.html">Miễn thị thực 45 ngày: cú hích cho du lịch quốc tế</a> <span class="time">16/08/2023</span></li>
      <li><a href="https://tindoingoai.vn/doi-ngoai/tong-ket-cong-tac-nganh-ngoai-giao-nam-2022-219004.html">Tổng kết công tác ngành Ngoại giao năm 2022</a> <span class="time">10/01/2023</span></li>
    </ul>
  </section>
  <section class="comments" id="comments">
    <h3>Bình luận (3)</h3>
    <div class="comment"><b>Trần Minh Đức</b> <span class="ctime">10/01/2024 18:02</span><p>Mong cơ quan đại diện ở Hàn Quốc sớm có thêm cán bộ, làm hộ chiếu chờ lâu quá.</p><a href="#" class="like">Thích (14)</a> <a href="#" class="reply">Trả lời</a></div>
    <div class="comment"><b>Lan Anh</b> <span class="ctime">10/01/2024 20:15</span><p>Cảm ơn các anh chị làm công tác bảo hộ công dân, nhà em có người thân được đưa về từ Cam-pu-chia.</p><a href="#" class="like">Thích (31)</a> <a href="#" class="reply">Trả lời</a></div>
    <div class="comment"><b>hoang.nguyen</b> <span class="ctime">11/01/2024 07:41</span><p>Nộp hồ sơ hộ chiếu online được thì tốt quá.</p><a href="#" class="like">Thích (5)</a> <a href="#" class="reply">Trả lời</a></div>
    <form class="comment-form"><textarea placeholder="Nhập bình luận của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
  </section>
  <aside class="most-read"><h3>Đọc nhiều</h3><ol>
    <li><a href="#">Thời tiết Hà Nội những ngày tới: rét đậm, rét hại</a></li>
    <li><a href="#">Giá vàng hôm nay tăng mạnh</a></li>
    <li><a href="#">Lịch nghỉ Tết Nguyên đán Giáp Thìn 2024</a></li>
  </ol></aside>
</main>
<footer class="site-footer">
  <div class="footer-menu"><a href="#">Giới thiệu</a> | <a href="#">Liên hệ quảng cáo</a> | <a href="#">Điều khoản sử dụng</a> | <a href="#">RSS</a></div>
  <p>© 2024 Tin Đối Ngoại. Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Tổng Biên tập: Nguyễn Văn An.</p>
  <p>Địa chỉ: 12 Phố Đối Ngoại, quận Ba Đình, Hà Nội. Điện thoại: 024 3xxx xxxx. Email: toasoan@tindoingoai.vn</p>
  <p>Ghi rõ nguồn "Tin Đối Ngoại" khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink(){{navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}}
  (function(){{var x=new XMLHttpRequest();x.open('POST','/api/view-count?id=248110');x.send();}})();
</script>
<script src="./hoi-nghi-lanh-su_files/comment-widget.js" defer></script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
