// Build reports/007_hoi-nghi-dai-su-chau-phi.pdf (looks printed from a word processor) with npm `pdfkit`.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const ROOT = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(ROOT, 'src/007_hoi_nghi_dai_su_chau_phi.txt'), 'utf8').split('\n');
const FONTDIR = '/usr/share/fonts/truetype/dejavu/';
const REG = fs.existsSync(FONTDIR + 'DejaVuSerif.ttf') ? FONTDIR + 'DejaVuSerif.ttf' : FONTDIR + 'DejaVuSans.ttf';
const BOLD = fs.existsSync(FONTDIR + 'DejaVuSerif-Bold.ttf') ? FONTDIR + 'DejaVuSerif-Bold.ttf' : REG;
const ITAL = fs.existsSync(FONTDIR + 'DejaVuSerif-Italic.ttf') ? FONTDIR + 'DejaVuSerif-Italic.ttf' : REG;

const out = path.join(ROOT, 'reports/007_hoi-nghi-dai-su-chau-phi.pdf');
const doc = new PDFDocument({
  size: 'A4', bufferPages: true,
  margins: { top: 80, bottom: 80, left: 85, right: 62 },
  info: { Title: 'Báo cáo kết quả Hội nghị Đại sứ tại châu Phi lần thứ hai', Author: 'Vụ Tây Á - Châu Phi', Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016', CreationDate: new Date('2023-12-26T09:14:00+07:00'), ModDate: new Date('2023-12-26T09:14:00+07:00') },
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', REG); doc.registerFont('B', BOLD); doc.registerFont('I', ITAL);
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
let header = '';
for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line) continue;
  if (line.startsWith('@header ')) { header = line.slice(8); continue; }
  if (line.startsWith('# ')) { doc.font('B').fontSize(13.5).text(line.slice(2), { align: 'center', width: W }); doc.moveDown(0.3); continue; }
  if (line.startsWith('@center ')) { doc.font('I').fontSize(11).text(line.slice(8), { align: 'center', width: W }); doc.moveDown(0.8); continue; }
  if (line.startsWith('@right ')) { doc.font('B').fontSize(11.5).text(line.slice(7), { align: 'right', width: W }); continue; }
  if (line.startsWith('## ')) { doc.moveDown(0.4); doc.font('B').fontSize(12).text(line.slice(3), { width: W }); doc.moveDown(0.25); continue; }
  doc.font('R').fontSize(12).text(line, { align: 'justify', width: W, indent: 28, lineGap: 4.5, paragraphGap: 7 });
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins;
  const savedTop = m.top, savedBottom = m.bottom;
  m.top = 0; m.bottom = 0; // draw in the margins without triggering a new page
  // running header
  doc.font('I').fontSize(9).fillColor('#444').text(header, m.left, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(m.left, 55).lineTo(m.left + W, 55).lineWidth(0.5).strokeColor('#888').stroke();
  // footer
  doc.font('R').fontSize(9.5).fillColor('#000').text(`Trang ${i + 1}/${range.count}`, m.left, doc.page.height - 50, { width: W, align: 'center', lineBreak: false });
  m.top = savedTop; m.bottom = savedBottom;
}
doc.end();
console.log('wrote', out, 'pages', range.count);
