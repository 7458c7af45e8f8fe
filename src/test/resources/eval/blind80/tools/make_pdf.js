// Build reports/007_*.pdf from src/r3_letan_apec2027.txt with pdfkit, laid out like a word-processor printout:
// running header on every page, "Trang x/y" footer, body text flowing across page breaks.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const ROOT = path.resolve(__dirname, '..');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const SIZE = Number(process.env.PDF_SIZE || 11.5);
const GAP = Number(process.env.PDF_GAP || 4);

const lines = fs.readFileSync(path.join(ROOT, 'src', 'r3_letan_apec2027.txt'), 'utf8').split('\n');
const meta = {};
const doc = new PDFDocument({
  size: 'A4', bufferPages: true,
  margins: { top: 85, bottom: 85, left: 72, right: 64 },
  info: { Title: 'Hội nghị triển khai công tác lễ tân phục vụ Năm APEC Việt Nam 2027', Author: 'Cục Lễ tân Nhà nước', Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016' },
});
doc.registerFont('R', FONT);
doc.registerFont('B', BOLD);
doc.pipe(fs.createWriteStream(path.join(ROOT, 'reports', '007_hoinghi_letan_APEC2027.pdf')));

for (const raw of lines) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith('@')) { meta[line.slice(1, line.indexOf(' '))] = line.slice(line.indexOf(' ') + 1); continue; }
  if (!meta._titled) {
    meta._titled = true;
    doc.font('B').fontSize(14).text(meta.title.toUpperCase(), { align: 'center' });
    doc.moveDown(0.3);
    doc.font('R').fontSize(11).text(meta.subtitle, { align: 'center' });
    doc.moveDown(1);
  }
  if (line.startsWith('## ')) {
    doc.moveDown(0.4);
    doc.font('B').fontSize(SIZE + 0.5).text(line.slice(3), { align: 'left' });
    doc.moveDown(0.3);
  } else {
    doc.font('R').fontSize(SIZE).text(line, { align: 'justify', indent: 28, lineGap: GAP, paragraphGap: 6 });
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const { width, height } = doc.page;
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const [left, right] = meta.header.split('|').map((s) => s.trim());
  doc.font('R').fontSize(8.5).fillColor('#444444');
  doc.text(left, 72, 40, { width: width - 136, align: 'left', lineBreak: false });
  doc.text(right, 72, 40, { width: width - 136, align: 'right', lineBreak: false });
  doc.moveTo(72, 54).lineTo(width - 64, 54).lineWidth(0.5).strokeColor('#888888').stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 72, height - 50, { width: width - 136, align: 'center', lineBreak: false });
  doc.page.margins.bottom = saved;
  doc.fillColor('black');
}
doc.end();
console.log('pages', range.count);
