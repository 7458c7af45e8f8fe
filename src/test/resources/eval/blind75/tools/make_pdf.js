// Print-style PDF of ../src/r3_vietnamlao.txt with pdfkit (DejaVu Sans), running header and "Trang x/y" footers.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const lines = fs.readFileSync(path.join(__dirname, '..', 'src', 'r3_vietnamlao.txt'), 'utf8').split('\n');
const meta = {};
let i = 0;
for (; i < lines.length; i++) {
  const m = lines[i].match(/^(TITLE|HEADER): (.*)$/);
  if (m) meta[m[1]] = m[2];
  if (lines[i].startsWith('BODY:')) { i++; break; }
}
const paras = lines.slice(i).join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

const margins = { top: 78, bottom: 72, left: 68, right: 68 };
const doc = new PDFDocument({ size: 'A4', margins, bufferPages: true,
  info: { Title: meta.TITLE, Author: 'Bộ Ngoại giao', Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016' } });
doc.registerFont('body', FONT);
doc.registerFont('bold', BOLD);
const out = path.join(__dirname, '..', 'reports', 'Le-ky-niem-60-nam-quan-he-Viet-Nam-Lao.pdf');
doc.pipe(fs.createWriteStream(out));

function header() {
  const { x, y } = doc;
  doc.font('body').fontSize(8.5).fillColor('#555555')
    .text(meta.HEADER, margins.left, 40, { width: doc.page.width - margins.left - margins.right, align: 'center', lineBreak: false });
  doc.moveTo(margins.left, 54).lineTo(doc.page.width - margins.right, 54).strokeColor('#999999').lineWidth(0.5).stroke();
  doc.fillColor('black').font('body').fontSize(13);
  doc.x = x; doc.y = y;
}
doc.on('pageAdded', header);
header();
doc.y = margins.top;

doc.font('bold').fontSize(15).text(meta.TITLE, { align: 'center' });
doc.moveDown(1);
doc.font('body').fontSize(13);
for (const p of paras) {
  doc.text(p, { align: 'justify', lineGap: 4.8, indent: 24, paragraphGap: 9 });
}
doc.moveDown(0.5);
doc.font('bold').text('Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương', { align: 'right' });

const range = doc.bufferedPageRange();
for (let p = range.start; p < range.start + range.count; p++) {
  doc.switchToPage(p);
  const bm = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font('body').fontSize(9).fillColor('#333333')
    .text(`Trang ${p + 1}/${range.count}`, 0, doc.page.height - 45, { width: doc.page.width, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bm;
}
doc.end();
console.log('pdf pages:', range.count);
