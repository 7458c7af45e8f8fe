// Render src/007_*.txt as a 2-3 page PDF "printed from a word processor" using npm pdfkit + DejaVu fonts.
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const FONT_DIR = '/usr/share/fonts/truetype/dejavu/';
const lines = fs.readFileSync(src, 'utf8').split('\n');
let header = '', footer = 'Trang {PAGE}/{PAGES}';
const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 80, bottom: 80, left: 72, right: 64 },
  info: { Title: 'Báo cáo tóm tắt Hội nghị sơ kết công tác biên giới đất liền 6 tháng đầu năm 2024', Author: 'Ủy ban Biên giới quốc gia', Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016' } });
doc.registerFont('R', FONT_DIR + 'DejaVuSerif.ttf');
doc.registerFont('B', FONT_DIR + 'DejaVuSerif-Bold.ttf');
doc.registerFont('I', FONT_DIR + 'DejaVuSerif-Italic.ttf');
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
for (const raw of lines) {
  const line = raw.trimEnd();
  let m;
  if (!line) continue;
  if ((m = line.match(/^@header: (.*)$/))) { header = m[1]; continue; }
  if ((m = line.match(/^@footer: (.*)$/))) { footer = m[1]; continue; }
  if ((m = line.match(/^\[(left|right|center)\] (.*)$/))) {
    doc.font('B').fontSize(11).text(m[2], { align: m[1] }); continue;
  }
  if ((m = line.match(/^# (.*)$/))) { doc.moveDown(0.8); doc.font('B').fontSize(14).text(m[1], { align: 'center' }); continue; }
  if ((m = line.match(/^## (.*)$/))) { doc.font('B').fontSize(11.5).text(m[1], { align: 'center' }); doc.moveDown(0.8); continue; }
  if ((m = line.match(/^### (.*)$/))) { doc.moveDown(0.3); doc.font('B').fontSize(11).text(m[1], { align: 'left' }); doc.moveDown(0.3); continue; }
  doc.font('R').fontSize(11).text(line, { align: 'justify', indent: 28, lineGap: 3.5, paragraphGap: 6, width: W });
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const top = doc.page.margins.top, bottom = doc.page.margins.bottom;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0;
  doc.font('I').fontSize(8.5).fillColor('#444').text(header, 72, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(72, 54).lineTo(72 + W, 54).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).fillColor('#000').text(footer.replace('{PAGE}', i + 1).replace('{PAGES}', range.count), 72, doc.page.height - 50, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.top = top; doc.page.margins.bottom = bottom;
}
doc.end();
