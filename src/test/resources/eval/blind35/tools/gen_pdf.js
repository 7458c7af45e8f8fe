// Build reports/007_*.pdf from src/007_pdf_source.txt using npm `pdfkit` (running header, "Trang x/y" footers).
const fs = require('fs'), path = require('path'); const PDFDocument = require('pdfkit');
const ROOT = path.resolve(__dirname, '..');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const src = fs.readFileSync(path.join(ROOT, 'src', '007_pdf_source.txt'), 'utf8').split('\n').filter(l => l.trim());
const doc = new PDFDocument({ size: 'A5', margins: { top: 60, bottom: 60, left: 50, right: 50 }, bufferPages: true,
  info: { Title: 'Bản tin Nội bộ ngành Ngoại giao số 02/2024' } });
doc.pipe(fs.createWriteStream(path.join(ROOT, 'reports', '007_dc0334cfa3975450.pdf')));
doc.registerFont('R', FONT); doc.registerFont('B', fs.existsSync(BOLD) ? BOLD : FONT);
let header = '';
for (const l of src) {
  const i = l.indexOf(':'); const k = l.slice(0, i); const v = l.slice(i + 1).trim();
  if (k === 'HEADER') header = v;
  else if (k === 'TITLE') doc.font('B').fontSize(13).text(v, { align: 'center' }).moveDown(0.4);
  else if (k === 'META') doc.font('R').fontSize(8.5).fillColor('#555').text(v, { align: 'center' }).fillColor('black').moveDown(0.8);
  else if (k === 'H') doc.font('B').fontSize(10.5).text(v).moveDown(0.3);
  else if (k === 'P') doc.font('R').fontSize(10.2).text(v, { align: 'justify', lineGap: 1.5 }).moveDown(0.6);
}
const range = doc.bufferedPageRange();
for (let p = range.start; p < range.start + range.count; p++) {
  doc.switchToPage(p);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(8).fillColor('#333').text(header, m.left, 30, { width: doc.page.width - m.left - m.right, align: 'center', lineBreak: false });
  doc.moveTo(m.left, 44).lineTo(doc.page.width - m.right, 44).stroke();
  doc.text(`Trang ${p + 1}/${range.count}`, m.left, doc.page.height - 40, { width: doc.page.width - m.left - m.right, align: 'center', lineBreak: false });
  doc.page.margins = m;
}
doc.end(); console.log('built 007 pdf, pages:', range.count);
