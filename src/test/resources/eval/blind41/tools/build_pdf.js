#!/usr/bin/env node
// Build report 007 as a 2-3 page PDF newsletter with the npm "pdfkit" package.
// Usage: node build_pdf.js <src.txt> <dest.pdf>
// Source markup: "@header", "@title", "@subtitle", "@sign" lines, "## " section heads,
// other non-empty lines are paragraphs. Text flows freely, so paragraphs are split
// over page breaks; every page gets the running header and a "Trang x/y" footer.
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [, , src, dest] = process.argv;
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";

const meta = {};
const blocks = [];
for (const raw of fs.readFileSync(src, "utf8").split(/\r?\n/)) {
  const line = raw.trim();
  if (!line) continue;
  const m = line.match(/^@(\w+) (.*)$/);
  if (m) { meta[m[1]] = m[2]; continue; }
  if (line.startsWith("## ")) blocks.push({ kind: "h", text: line.slice(3) });
  else blocks.push({ kind: "p", text: line });
}

const doc = new PDFDocument({
  size: "A4",
  margins: { top: 78, bottom: 72, left: 68, right: 68 },
  bufferPages: true,
  info: { Title: meta.title, Author: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", CreationDate: new Date(Date.UTC(2018, 8, 18, 3, 0, 0)) },
});
doc.pipe(fs.createWriteStream(dest));
doc.registerFont("R", FONT);
doc.registerFont("B", FONT_B);
doc.registerFont("I", FONT_I);

const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
doc.font("B").fontSize(14).text(meta.title, { align: "center", width });
doc.moveDown(0.3);
doc.font("I").fontSize(10.5).text(meta.subtitle, { align: "center", width });
doc.moveDown(1);
for (const b of blocks) {
  if (b.kind === "h") {
    doc.moveDown(0.4);
    doc.font("B").fontSize(11).text(b.text, { width });
    doc.moveDown(0.3);
  } else {
    doc.font("R").fontSize(10.5).text(b.text, { width, align: "justify", lineGap: 2.2, indent: 18 });
    doc.moveDown(0.55);
  }
}
doc.moveDown(0.5);
doc.font("I").fontSize(10.5).text(meta.sign, { align: "right", width });

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const left = doc.page.margins.left;
  doc.font("R").fontSize(8).fillColor("#555555")
    .text(meta.header, left, 36, { width, align: "center", lineBreak: false });
  doc.moveTo(left, 50).lineTo(left + width, 50).lineWidth(0.5).strokeColor("#888888").stroke();
  doc.moveTo(left, doc.page.height - 52).lineTo(left + width, doc.page.height - 52).stroke();
  doc.font("R").fontSize(9).fillColor("#333333")
    .text(`Trang ${i + 1}/${range.count}`, left, doc.page.height - 44, { width, align: "center", lineBreak: false });
  doc.page.margins.bottom = saved;
  doc.fillColor("black");
}
doc.end();
