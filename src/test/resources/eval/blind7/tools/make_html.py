# Builds reports/2024-11-18_chu-tich-nuoc-lam-viec-bng.html from src/html_body.txt
import html
lines=[l.strip() for l in open('src/html_body.txt',encoding='utf-8') if l.strip()]
title=lines[0]; paras=lines[1:]
def p(t): return '<p>'+html.escape(t,quote=False)+'</p>'
body=[]
for i,t in enumerate(paras):
    body.append(p(t))
    if i==1:
        body.append('<figure class="photo"><img src="/images/2024/11/18/ctn-lam-viec-bng-1.jpg" alt="Chủ tịch nước làm việc với Bộ Ngoại giao"><figcaption>Chủ tịch nước Lương Cường phát biểu tại buổi làm việc với Bộ Ngoại giao sáng 18/11. (Ảnh: Tuấn Anh)</figcaption></figure>')
    if i==6:
        body.append('<figure class="photo"><img src="/images/2024/11/18/ctn-lam-viec-bng-2.jpg" alt="Quang cảnh buổi làm việc"><figcaption>Quang cảnh buổi làm việc tại trụ sở Bộ Ngoại giao. (Ảnh: Tuấn Anh)</figcaption></figure>')
doc=f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | Tin Đối ngoại</title>
<meta name="description" content="Sáng 18/11/2024, Chủ tịch nước Lương Cường làm việc với Ban Cán sự đảng Bộ Ngoại giao về công tác đối ngoại năm 2024 và phương hướng năm 2025.">
<meta name="keywords" content="Chủ tịch nước, Lương Cường, Bộ Ngoại giao, Bùi Thanh Sơn, đối ngoại 2025">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://tindoingoai.vn/chinh-tri/chu-tich-nuoc-luong-cuong-lam-viec-voi-bo-ngoai-giao-28841.html">
<meta property="article:published_time" content="2024-11-18T14:25:00+07:00">
<meta name="author" content="Minh Quân">
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/analytics.js"></script>
</head>
<body>
<header class="site-header">
<div class="logo"><a href="/">Tin Đối ngoại</a></div>
<nav class="main-menu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri/">Chính trị</a></li><li><a href="/kinh-te/">Kinh tế</a></li>
<li><a href="/kieu-bao/">Kiều bào</a></li><li><a href="/van-hoa/">Văn hóa</a></li><li><a href="/video/">Video</a></li><li><a href="/lien-he/">Liên hệ</a></li>
</ul></nav>
<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main>
<nav class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/chinh-tri/">Chính trị</a> &raquo; <span>Hoạt động lãnh đạo</span></nav>
<article>
<h1>{html.escape(title)}</h1>
<div class="byline">Minh Quân | <time datetime="2024-11-18T14:25">Thứ hai, 18/11/2024 14:25 (GMT+7)</time></div>
<div class="share"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="tw" href="#">X</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="#">In bài</a></div>
<div class="article-body">
{chr(10).join(body)}
<p class="author"><strong>Minh Quân</strong></p>
</div>
<div class="tags">Từ khóa: <a href="/tag/chu-tich-nuoc">Chủ tịch nước</a>, <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a>, <a href="/tag/doi-ngoai">Đối ngoại</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
<li><a href="#">Chủ tịch nước Lương Cường tiếp các Đại sứ chào từ biệt kết thúc nhiệm kỳ</a></li>
<li><a href="#">Cục Lễ tân Nhà nước đón nhận Huân chương Lao động hạng Nhì</a></li>
<li><a href="#">Bộ Ngoại giao triển khai kế hoạch đối ngoại năm 2025</a></li>
<li><a href="#">Kiều hối về Việt Nam tiếp tục tăng trưởng</a></li>
</ul></section>
<section class="comments"><h3>Ý kiến bạn đọc (3)</h3>
<div class="comment"><b>Nguyễn Văn Hòa</b> <span>18/11/2024 15:02</span><p>Rất mong ngành ngoại giao tiếp tục hỗ trợ người lao động bị lừa đảo ở nước ngoài.</p></div>
<div class="comment"><b>Trần Thị Mai (Đức)</b> <span>18/11/2024 16:40</span><p>Kiều bào chúng tôi luôn hướng về quê hương, cảm ơn Chủ tịch nước đã quan tâm.</p></div>
<div class="comment"><b>Lê Quang</b> <span>18/11/2024 20:11</span><p>Chúc mừng Cục Lễ tân Nhà nước!</p></div>
<form class="comment-form"><textarea placeholder="Gửi ý kiến của bạn"></textarea><button>Gửi</button></form>
</section>
</main>
<footer class="site-footer">
<p>Tin Đối ngoại - Chuyên trang thông tin đối ngoại. Giấy phép số 123/GP-BTTTT (minh họa).</p>
<p>Địa chỉ: Hà Nội. Email: toasoan@tindoingoai.vn</p>
<p>&copy; 2024 Tin Đối ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
</body>
</html>
'''
open('../reports/2024-11-18_chu-tich-nuoc-lam-viec-bng.html','w',encoding='utf-8').write(doc)
