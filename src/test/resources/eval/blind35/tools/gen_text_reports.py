#!/usr/bin/env python3
"""Build 005 (HTML news page), 008 (Markdown export), 009 (official report txt), 010 (transcript txt) from src/."""
import html, os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, OUT = os.path.join(ROOT, 'src'), os.path.join(ROOT, 'reports')
NAMES = {'005': '005_760900c24284ce33.html', '008': '008_ea50903bf7b85738.md',
         '009': '009_78c57b1c5b6e0119.txt', '010': '010_bba8db5bd0150b32.txt'}

def lines(name):
    with open(os.path.join(SRC, name), encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f if l.strip()]

def kv(l):
    k, _, v = l.partition(':')
    return k.strip(), v.strip()

def build_html():
    meta, body, tags, related, comments = {}, [], [], [], []
    table = None
    for l in lines('005_news_page.txt'):
        k, v = kv(l)
        e = html.escape
        if k in ('SITE', 'TITLE', 'DATETIME', 'AUTHOR', 'BREADCRUMB', 'SAPO'):
            meta[k] = v
        elif k == 'P':
            body.append(f'<p>{e(v)}</p>')
        elif k == 'FIG':
            body.append(f'<figure class="img-news"><img src="/uploads/2024/07/05/hn-so-ket-{len(body)}.jpg" alt="{e(v)}" loading="lazy"><figcaption>{e(v)}</figcaption></figure>')
        elif k == 'TABLE':
            table = [f'<table class="tbl-data"><caption>{e(v)}</caption>']
            body.append(table)
        elif k == 'ROW':
            cells = [c.strip() for c in v.split('|')]
            tag = 'th' if len(table) == 1 else 'td'
            table.append('<tr>' + ''.join(f'<{tag}>{e(c)}</{tag}>' for c in cells) + '</tr>')
        elif k == 'TAGS':
            tags = [t.strip() for t in v.split(';')]
        elif k == 'RELATED':
            related.append(v)
        elif k == 'COMMENT':
            comments.append([c.strip() for c in v.split('|')])
    body = [('\n'.join(b) + '\n</table>') if isinstance(b, list) else b for b in body]
    e = html.escape
    crumbs = ' <span class="sep">›</span> '.join(f'<a href="#">{e(c.strip())}</a>' for c in meta['BREADCRUMB'].split('>'))
    menu = ''.join(f'<li><a href="#">{m}</a></li>' for m in ['Trang chủ', 'Thời sự', 'Ngoại giao', 'Kinh tế', 'Người Việt bốn phương', 'Video', 'Podcast'])
    rel = ''.join(f'<li><a href="#">{e(r)}</a></li>' for r in related)
    tg = ''.join(f'<a class="tag" href="#">#{e(t)}</a> ' for t in tags)
    cm = ''.join(f'<div class="comment"><b class="c-name">{e(a)}</b> <time>{e(b)}</time><p>{e(c)}</p><a href="#" class="reply">Trả lời</a> · <a href="#" class="like">Thích</a></div>' for a, b, c in comments)
    page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['TITLE'])} | {e(meta['SITE'])}</title>
<meta property="og:title" content="{e(meta['TITLE'])}">
<link rel="stylesheet" href="/static/css/main.min.css?v=3.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TSDN2024');</script>
<script>var _adsConfig={{zone:"article-top",lazy:true}};</script>
</head>
<body class="article-page">
<header class="site-header">
 <div class="topbar">Hotline: 024 3799 0000 · <a href="#">Đăng nhập</a> · <a href="#">Đăng ký nhận tin</a></div>
 <div class="logo"><a href="/">{e(meta['SITE'])}</a></div>
 <nav class="main-menu"><ul>{menu}</ul></nav>
 <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main>
<div class="breadcrumb">{crumbs}</div>
<article class="detail">
<h1 class="title">{e(meta['TITLE'])}</h1>
<div class="meta"><span class="author">{e(meta['AUTHOR'])}</span> · <time datetime="2024-07-05T18:20:00+07:00">{e(meta['DATETIME'])}</time></div>
<div class="share-top"><a class="btn-share fb" href="#">Chia sẻ Facebook</a> <a class="btn-share zalo" href="#">Zalo</a> <a class="btn-share copy" href="#">Sao chép liên kết</a> <a class="btn-print" href="#">In bài</a></div>
<p class="sapo"><strong>{e(meta['SAPO'])}</strong></p>
<div class="content">
{chr(10).join(body)}
<p class="author-bottom"><strong>{e(meta['AUTHOR'])}</strong></p>
</div>
<div class="tags"><span>Từ khóa:</span> {tg}</div>
<div class="share-bottom"><a class="btn-share fb" href="#">Chia sẻ</a> <a class="btn-share tw" href="#">Tweet</a> <a class="btn-like" href="#">Thích 128</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>
{cm}
</section>
</main>
<footer class="site-footer">
 <p>© 2024 {e(meta['SITE'])} – Cơ quan chủ quản: Hội Thông tin Đối ngoại Việt Nam.</p>
 <p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Địa chỉ: 12 Phố Huế, Hà Nội.</p>
 <p><a href="#">Liên hệ quảng cáo</a> · <a href="#">Điều khoản sử dụng</a> · <a href="#">RSS</a></p>
</footer>
<script>document.querySelectorAll('.btn-share').forEach(function(b){{b.addEventListener('click',function(ev){{ev.preventDefault();window.open(b.href,'share','width=600,height=400');}});}});</script>
<script>(function(){{var s=document.createElement('script');s.src='/static/js/comments.js';s.async=true;document.body.appendChild(s);}})();</script>
</body>
</html>
'''
    open(os.path.join(OUT, NAMES['005']), 'w', encoding='utf-8').write(page)

def build_md():
    with open(os.path.join(SRC, '008_markdown_source.md'), encoding='utf-8') as f:
        text = f.read().rstrip('\n')
    text += '\n\n---\n\n*Bản xuất Markdown tự động từ Cổng thông tin điện tử. Liên kết gốc: /vi/tin-tuc/hoi-nghi-ngoai-giao-kinh-te-2024*\n'
    open(os.path.join(OUT, NAMES['008']), 'w', encoding='utf-8').write(text)

W = 72
def wrap(t, indent=''):
    return textwrap.wrap(t, W, initial_indent=indent, subsequent_indent='') or ['']

def center(t):
    return t.center(W).rstrip()

def build_official():
    d = {}
    body = []
    for l in lines('009_official_report_source.txt'):
        k, v = kv(l)
        if k in ('ORG1', 'NUMBER', 'PLACE_DATE', 'TYPE', 'SUBJECT', 'TO', 'RECIPIENTS', 'SIGN'):
            d[k] = v
        else:
            body.append((k, v))
    out = []
    left = [d['ORG1'], '-------', d['NUMBER']]
    right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', d['PLACE_DATE']]
    out += [f'{left[0]:<26}{right[0]}', f'{left[1]:<26}{right[1]:^34}'.rstrip(), f'{"":<26}{right[2]:^34}'.rstrip(),
            f'{left[2]:<26}{right[3]}', '']
    out += [center(d['TYPE'])] + [center(x) for x in textwrap.wrap(d['SUBJECT'], 60)] + ['']
    out += [center('Kính gửi: ' + d['TO']), '']
    for k, v in body:
        if k == 'S1':
            out += ['', v]
        elif k == 'S2':
            out += [v]
        elif k == 'A':
            out += wrap(v, '')
        else:
            out += wrap(v, '    ')
    out += ['', '']
    rec = d['RECIPIENTS'].split('|')
    sig = d['SIGN'].split('|')
    left = ['Nơi nhận:'] + ['- ' + r for r in rec]
    right = sig[:2] + ['', sig[2], '', sig[3]]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ''
        b = right[i] if i < len(right) else ''
        out.append(f'{a:<42}{b:^28}'.rstrip())
    open(os.path.join(OUT, NAMES['009']), 'w', encoding='utf-8').write('\n'.join(out) + '\n')

def build_transcript():
    out = []
    for l in lines('010_transcript_source.txt'):
        if l.startswith(('TITLE:', 'META:', 'END:')):
            k, v = kv(l)
            out += [v, ''] if k != 'META' else [v]
            if k == 'TITLE':
                out.append('=' * len(v))
        else:
            ts, who, said = l.split('|', 2)
            out += ['', f'[{ts}] {who}:'] + textwrap.wrap(said, W)
    out.insert(out.index('=' * len(out[0])) + 1, '')
    open(os.path.join(OUT, NAMES['010']), 'w', encoding='utf-8').write('\n'.join(out) + '\n')

if __name__ == '__main__':
    build_html(); build_md(); build_official(); build_transcript()
    print('built', ', '.join(NAMES.values()))
