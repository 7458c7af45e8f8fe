#!/usr/bin/env python3
"""Build the HTML page, Markdown export, official-template report and e-mail
from the source texts in ../src into ../reports."""
import html, os, re
from email.utils import parsedate_to_datetime, formataddr, parseaddr
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', 'src')
OUT = os.path.join(HERE, '..', 'reports')


def parse_fields(path):
    """KEY: value header lines, then BODY: free text (and optional QUOTE:)."""
    fields, part, buf = {}, None, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'^(BODY|QUOTE):\s*$', line)
        if m:
            if part:
                fields[part] = '\n'.join(buf).strip('\n')
            part, buf = m.group(1), []
            continue
        if part is None:
            k, _, v = line.partition(':')
            if k.strip():
                fields[k.strip()] = v.strip()
        else:
            buf.append(line)
    if part:
        fields[part] = '\n'.join(buf).strip('\n')
    return fields


def make_html():
    f = parse_fields(os.path.join(SRC, 'r1_ngoaivu21.txt'))
    e = html.escape
    paras = [p.strip() for p in f['BODY'].split('\n\n') if p.strip()]
    body = []
    for i, p in enumerate(paras):
        body.append(f'      <p>{e(p)}</p>')
        if i == 1:
            body.append(f'      <figure class="article-img"><img src="/uploads/2024/07/22/hnnv21-khaimac.jpg" alt="Hội nghị Ngoại vụ toàn quốc lần thứ 21"><figcaption>{e(f["CAPTION1"])}</figcaption></figure>')
        if i == 5:
            body.append(f'      <figure class="article-img"><img src="/uploads/2024/07/22/hnnv21-caobang.jpg" alt="Tham luận Cao Bằng"><figcaption>{e(f["CAPTION2"])}</figcaption></figure>')
    tags = ''.join(f'<a href="/tag/{e(t.strip().lower().replace(" ", "-"))}" rel="tag">{e(t.strip())}</a>' for t in f['TAGS'].split(';'))
    dd, tt = f['DATE'].split()
    d, m, y = dd.split('/')
    iso = f'{y}-{m}-{d}T{tt}:00+07:00'
    page = f'''<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0103)https://baoquocte.example.vn/thoi-su/hoi-nghi-ngoai-vu-toan-quoc-lan-thu-21-canh-tay-noi-dai-278431.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(f['TITLE'])} | Thời sự</title>
<meta name="description" content="{e(f['SAPO'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(f['TITLE'])}">
<meta property="og:description" content="{e(f['SAPO'])}">
<meta property="og:image" content="https://baoquocte.example.vn/uploads/2024/07/22/hnnv21-khaimac.jpg">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Thời sự">
<link rel="stylesheet" href="./hoi-nghi-ngoai-vu-21_files/style.min.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-X7Q2LM0');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(f['TITLE'])}","datePublished":"{iso}","author":{{"@type":"Person","name":"{e(f['AUTHOR'])}"}}}}</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="topbar"><span class="today">Thứ Hai, 22/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> <a href="/en">English</a></div>
  <a class="logo" href="/"><img src="./hoi-nghi-ngoai-vu-21_files/logo.svg" alt="Báo Thế giới và Việt Nam"></a>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li>
    <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/multimedia">Multimedia</a></li></ul></nav>
</header>
<main>
  <nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a> › <a href="/thoi-su/ngoai-giao">Ngoại giao</a></nav>
  <article class="detail">
    <h1 class="title">{e(f['TITLE'])}</h1>
    <div class="meta"><span class="author">{e(f['AUTHOR'])}</span> <span class="sep">|</span> <time datetime="{iso}">{e(f['DATE'])}</time> <span class="views">Lượt xem: 2.417</span></div>
    <div class="share"><a class="fb" href="#" onclick="shareFb();return false;">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="#" onclick="window.print();return false;">In bài</a></div>
    <p class="sapo"><strong>{e(f['SAPO'])}</strong></p>
    <div class="content">
{chr(10).join(body)}
    </div>
    <p class="author-bottom"><strong>{e(f['AUTHOR'])}</strong></p>
    <div class="tags"><span>Từ khóa:</span> {tags}</div>
    <div class="share bottom"><a class="fb" href="#">Thích 148</a> <a class="fb" href="#">Chia sẻ</a></div>
  </article>
  <section class="related"><h3>Tin liên quan</h3><ul>
    <li><a href="/thoi-su/ngoai-vu-dia-phuong-dong-hanh-cung-doanh-nghiep-270112.html">Ngoại vụ địa phương đồng hành cùng doanh nghiệp</a></li>
    <li><a href="/thoi-su/cao-bang-ket-noi-voi-cac-dai-su-277980.html">Cao Bằng kết nối với các Đại sứ nước ngoài</a></li>
    <li><a href="/thoi-su/boi-duong-nghiep-vu-doi-ngoai-cho-can-bo-dia-phuong-275501.html">Bồi dưỡng nghiệp vụ đối ngoại cho cán bộ địa phương</a></li></ul></section>
  <section class="comments"><h3>Bình luận (3)</h3>
    <div class="comment"><b>Trần Văn Hải</b> <i>22/07/2024 13:02</i><p>Mong Bộ sớm có cơ sở dữ liệu chung về thỏa thuận quốc tế, địa phương rất cần.</p></div>
    <div class="comment"><b>Lê Ngọc Anh</b> <i>22/07/2024 14:18</i><p>Cao Bằng đẹp lắm, nên quảng bá thêm thác Bản Giốc cho khách nước ngoài.</p></div>
    <div class="comment"><b>minhtuan88</b> <i>22/07/2024 16:40</i><p>Cán bộ ngoại vụ tỉnh tôi rất ít, mong được bồi dưỡng thêm.</p></div>
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><button type="button">Gửi bình luận</button></form>
  </section>
</main>
<footer class="site-footer">
  <p>Báo Thế giới và Việt Nam - Cơ quan của Bộ Ngoại giao</p>
  <p>Giấy phép số 2022/GP-BTTTT. Tổng Biên tập: Nguyễn Văn Bình (minh họa)</p>
  <p>© Bản quyền thuộc về Báo Thế giới và Việt Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>function shareFb(){{window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href),'fb','width=600,height=400');}}</script>
<script src="./hoi-nghi-ngoai-vu-21_files/app.min.js"></script>
</body>
</html>
'''
    with open(os.path.join(OUT, 'hoi-nghi-ngoai-vu-toan-quoc-lan-thu-21.html'), 'w', encoding='utf-8') as fh:
        fh.write(page)


def make_md():
    text = open(os.path.join(SRC, 'r4_ngoaigiaovanhoa.md'), encoding='utf-8').read()
    with open(os.path.join(OUT, 'ngoai-giao-van-hoa-2024.md'), 'w', encoding='utf-8') as fh:
        fh.write(text)


def make_official():
    text = open(os.path.join(SRC, 'r5_phangioi_campuchia.txt'), encoding='utf-8').read()
    with open(os.path.join(OUT, 'BC-UBBG-25-phien-hop-9-PGCM-VN-CPC.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text.replace('\n', '\r\n'))  # saved from Windows Notepad


def make_eml():
    f = parse_fields(os.path.join(SRC, 'r6_daisu_caobang.txt'))
    quoted = f['QUOTE'].split('\n')
    first = quoted[0]
    q = '\n'.join([first] + ['>' + ((' ' + l) if l else '') for l in quoted[1:]])
    def addr(v):
        name, a = parseaddr(v)
        return formataddr((str(Header(name, 'utf-8')), a))
    subj = Header(f['SUBJECT'], 'utf-8').encode(maxlinelen=76)
    headers = [
        ('Return-Path', '<nongthimai@snv.caobang.gov.vn>'),
        ('Message-ID', f['MSGID']),
        ('In-Reply-To', f['INREPLYTO']),
        ('References', f['INREPLYTO']),
        ('Date', f['DATE']),
        ('From', addr(f['FROM'])),
        ('To', addr(f['TO'])),
        ('Cc', addr(f['CC'])),
        ('Subject', subj),
        ('MIME-Version', '1.0'),
        ('Content-Type', 'text/plain; charset=UTF-8'),
        ('Content-Transfer-Encoding', '8bit'),
        ('X-Mailer', 'Zimbra 8.8.15_GA_4481 (ZimbraWebClient - GC126 (Win)/8.8.15_GA_4481)'),
    ]
    parsedate_to_datetime(f['DATE'])  # sanity check of the Date header
    msg = '\r\n'.join(f'{k}: {v}'.replace('\n', '\r\n') for k, v in headers) + '\r\n\r\n'
    msg += (f['BODY'] + '\n\n' + q + '\n').replace('\n', '\r\n')
    with open(os.path.join(OUT, 'Re_tom-tat-hoi-nghi-dai-su-Cao-Bang.eml'), 'w', encoding='utf-8', newline='') as fh:
        fh.write(msg)


if __name__ == '__main__':
    make_html(); make_md(); make_official(); make_eml()
    print('ok')
