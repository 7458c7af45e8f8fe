#!/usr/bin/env node
// Build a 2-3 page PDF bulletin from a plain-text source (pdfkit, DejaVu fonts for Vietnamese).
// Usage: node make_pdf.js SRC OUT
// Header lines 'key: value' then '---'; body paragraphs separated by blank lines, '## ' = subheading.
// Every page gets a running header; footers read 'Trang x/y'. Paragraphs flow freely over page breaks.
const fs = require('fs');
const PDFDocument = require('pdfkit');

const [src, out] = process.argv.slice(2);
const [head, body] = fs.readFileSync(src, 'utf8').split('\n---\n');
const meta = {};
for (const line of head.split('\n')) {
  const i = line.indexOf(':');
  if (i > 0) meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
}
const FONTDIR = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({
  size: 'A4', bufferPages: true,
  margins: { top: 72, bottom: 72, left: 64, right: 64 },
  info: { Title: meta.title, Author: meta.byline, Subject: meta.header, CreationDate: new Date('2021-07-26T09:00:00+07:00') },
});
doc.registerFont('R', FONTDIR + 'DejaVuSerif.ttf');
doc.registerFont('B', FONTDIR + 'DejaVuSans-Bold.ttf');
doc.registerFont('S', FONTDIR + 'DejaVuSans.ttf');
doc.registerFont('I', FONTDIR + 'DejaVuSerif-Italic.ttf');
doc.pipe(fs.createWriteStream(out));

const W = doc.page.width - 128;
// title block
doc.font('B').fontSize(9).fillColor('#a0141e').text(meta.kicker, { characterSpacing: 1 });
doc.moveDown(0.3);
doc.font('B').fontSize(17).fillColor('#0d2b52').text(meta.title, { lineGap: 2 });
doc.moveDown(0.3);
doc.font('I').fontSize(12).fillColor('#333').text(meta.subtitle);
doc.moveDown(0.3);
doc.font('S').fontSize(9).fillColor('#666').text(meta.byline);
doc.moveTo(64, doc.y + 6).lineTo(64 + W, doc.y + 6).lineWidth(0.8).strokeColor('#0d2b52').stroke();
doc.moveDown(1.2);

for (const block of body.trim().split(/\n\s*\n/)) {
  const t = block.trim().replace(/\s*\n\s*/g, ' ');
  if (t.startsWith('## ')) {
    doc.moveDown(0.4);
    doc.font('B').fontSize(12).fillColor('#0d2b52').text(t.slice(3), { align: 'left' });
    doc.moveDown(0.35);
  } else {
    doc.font('R').fontSize(11).fillColor('#111').text(t, { align: 'justify', lineGap: 2.2, paragraphGap: 7 });
  }
}

// running header + footers
const range = doc.bufferedPageRange();
for (let p = range.start; p < range.start + range.count; p++) {
  doc.switchToPage(p);
  const saveBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font('S').fontSize(8).fillColor('#555').text(meta.header, 64, 36, { width: W, align: 'left', lineBreak: false });
  doc.moveTo(64, 50).lineTo(64 + W, 50).lineWidth(0.5).strokeColor('#999').stroke();
  doc.moveTo(64, doc.page.height - 52).lineTo(64 + W, doc.page.height - 52).lineWidth(0.5).strokeColor('#999').stroke();
  doc.font('S').fontSize(8).fillColor('#555').text(`Trang ${p + 1}/${range.count}`, 64, doc.page.height - 44, { width: W, align: 'right', lineBreak: false });
  doc.page.margins.bottom = saveBottom;
}
doc.end();
