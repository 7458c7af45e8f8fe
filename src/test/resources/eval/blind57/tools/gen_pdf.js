// c) PDF "printed from a word processor": running header, "Trang x/y" footer, paragraphs flowing over page breaks
const fs = require('fs'); const { parse } = require('./parse_src');
const PDFDocument = require('pdfkit');
const [,, src, out] = process.argv;
const { meta, blocks } = parse(src);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';
const FONTI = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf';
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 80, left: 76, right: 72 }, bufferPages: true,
  info: { Title: meta.title_pdf, Author: 'Học viện Ngoại giao', Creator: 'Microsoft Word', Producer: 'Microsoft: Print To PDF' } });
doc.registerFont('R', FONT); doc.registerFont('B', FONTB); doc.registerFont('I', FONTI);
const stream = fs.createWriteStream(out);
doc.pipe(stream);
stream.on('finish', () => {});
const W = doc.page.width - 148;
const para = (font, size, text, opts = {}) => { doc.font(font).fontSize(size).text(text, { width: W, align: 'justify', lineGap: 3, paragraphGap: 7, ...opts }); };
for (const b of blocks) {
  if (b.t === 'h1') para('B', 14, b.text, { align: 'center' });
  else if (b.t === 'h3') para('I', 12, b.text, { align: 'center' });
  else if (b.t === 'h2') { doc.moveDown(0.3); para('B', 12, b.text, { align: 'left' }); }
  else if (b.t === 'bullet') para('R', 12, '–  ' + b.text, { indent: 18 });
  else if (b.t === 'p') {
    if (/^Hà Nội, ngày/.test(b.text)) { doc.moveDown(1); para('I', 11.5, b.text, { align: 'right' }); }
    else if (/^BAN TỔ CHỨC/.test(b.text)) para('B', 11.5, b.text, { align: 'right' });
    else para('R', 12, b.text, { indent: 24 });
  }
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const mb = doc.page.margins.bottom; doc.page.margins.bottom = 0; const mt = doc.page.margins.top; doc.page.margins.top = 0;
  doc.font('I').fontSize(9).fillColor('#444').text(meta.header, 72, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(72, 56).lineTo(72 + W, 56).lineWidth(0.5).stroke('#888');
  doc.font('R').fontSize(9).fillColor('#444').text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = mb; doc.page.margins.top = mt; doc.fillColor('black');
}
doc.end();
