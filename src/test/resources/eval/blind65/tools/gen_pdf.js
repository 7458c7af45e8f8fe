// Build reports/103_hoi_nghi_ngoai_giao_32.pdf ("printed from a word processor") with pdfkit.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const ROOT = path.dirname(__dirname);
const SRC = path.join(ROOT, 'src', '103_hoi_nghi_ngoai_giao_32.src.txt');
const OUT = path.join(ROOT, 'reports', '103_hoi_nghi_ngoai_giao_32.pdf');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu/';
const REG = fs.existsSync(FONT_DIR + 'DejaVuSerif.ttf') ? FONT_DIR + 'DejaVuSerif.ttf' : FONT_DIR + 'DejaVuSans.ttf';
const BOLD = fs.existsSync(FONT_DIR + 'DejaVuSerif-Bold.ttf') ? FONT_DIR + 'DejaVuSerif-Bold.ttf' : FONT_DIR + 'DejaVuSans-Bold.ttf';
const ITAL = fs.existsSync(FONT_DIR + 'DejaVuSerif-Italic.ttf') ? FONT_DIR + 'DejaVuSerif-Italic.ttf' : REG;

const doc = new PDFDocument({
  size: 'A4', bufferPages: true,
  margins: { top: 80, bottom: 80, left: 72, right: 72 },
  info: { Title: 'Tóm tắt Hội nghị Ngoại giao lần thứ 32', Author: 'Văn phòng Bộ', Creator: 'Microsoft® Word for Microsoft 365', Producer: 'Microsoft® Word for Microsoft 365' },
});
doc.pipe(fs.createWriteStream(OUT));
doc.registerFont('reg', REG);
doc.registerFont('bold', BOLD);
doc.registerFont('ital', ITAL);

const lines = fs.readFileSync(SRC, 'utf8').split('\n');
let header = '';
const W = doc.page.width - 144;
for (const raw of lines) {
  const line = raw.trim();
  if (!line) continue;
  let m;
  if ((m = line.match(/^@header (.*)/))) { header = m[1]; continue; }
  if ((m = line.match(/^@center (.*)/))) { doc.font('ital').fontSize(11.5).text(m[1], { align: 'center' }); doc.moveDown(0.8); continue; }
  if ((m = line.match(/^# (.*)/))) { doc.font('bold').fontSize(14).text(m[1], { align: 'center' }); doc.moveDown(0.3); continue; }
  if ((m = line.match(/^## (.*)/))) { doc.moveDown(0.4); doc.font('bold').fontSize(12).text(m[1], { align: 'left' }); doc.moveDown(0.3); continue; }
  doc.font('reg').fontSize(12).text(line, { align: 'justify', indent: 28, lineGap: 4.5, paragraphGap: 7, width: W });
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font('ital').fontSize(9).fillColor('#444')
    .text(header, 72, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(72, 56).lineTo(72 + W, 56).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('reg').fontSize(9).fillColor('#444')
    .text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bottom;
  doc.fillColor('black');
}
doc.end();
console.log('wrote', OUT, 'pages:', range.count);
