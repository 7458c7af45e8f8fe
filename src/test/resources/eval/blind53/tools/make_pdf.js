#!/usr/bin/env node
// Build report 007 as a 2-3 page PDF with a running header, "Trang x/y"
// footers, and text that flows over the page break (a paragraph is split).
// Source markup (src/007_*.txt): HEADER:, TITLE:, DATELINE:, BOX: lines,
// "## " sub-heading, other non-blank lines = paragraphs.
// Usage: node tools/make_pdf.js src/007_....txt reports/007_....pdf
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [src, dst] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const ITAL = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";

const lines = fs.readFileSync(src, "utf8").split(/\r?\n/).filter((l) => l.trim());
let header = "";
const blocks = [];
for (const l of lines) {
  const m = l.match(/^(HEADER|TITLE|DATELINE|BOX): (.*)$/);
  if (m && m[1] === "HEADER") header = m[2];
  else if (m) blocks.push({ kind: m[1], text: m[2] });
  else if (l.startsWith("## ")) blocks.push({ kind: "H2", text: l.slice(3) });
  else blocks.push({ kind: "P", text: l });
}

const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 78, bottom: 72, left: 68, right: 68 },
  info: { Title: blocks.find((b) => b.kind === "TITLE").text, Author: "Bộ Ngoại giao - Bản tin Hợp tác quốc tế",
          Subject: "Kỳ họp lần thứ 8 Ủy ban liên Chính phủ Việt Nam - Kazakhstan", CreationDate: new Date("2018-07-06T09:00:00+07:00") },
});
doc.registerFont("R", FONT);
doc.registerFont("B", BOLD);
doc.registerFont("I", ITAL);
doc.pipe(fs.createWriteStream(dst));

const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
for (const b of blocks) {
  if (b.kind === "TITLE") {
    doc.font("B").fontSize(15).text(b.text, { align: "center", lineGap: 3 });
    doc.moveDown(0.6);
  } else if (b.kind === "DATELINE") {
    doc.font("I").fontSize(10).fillColor("#444").text(b.text, { align: "center" });
    doc.fillColor("black").moveDown(1);
  } else if (b.kind === "H2") {
    doc.moveDown(0.3);
    doc.font("B").fontSize(12).text(b.text);
    doc.moveDown(0.4);
  } else if (b.kind === "BOX") {
    doc.moveDown(0.5);
    const y = doc.y;
    doc.font("I").fontSize(10);
    const h = doc.heightOfString(b.text, { width: width - 20 }) + 16;
    doc.rect(doc.page.margins.left, y, width, h).lineWidth(0.8).stroke("#777");
    doc.fillColor("#222").text(b.text, doc.page.margins.left + 10, y + 8, { width: width - 20 });
    doc.fillColor("black");
  } else {
    doc.font("R").fontSize(11.5).text(b.text, { align: "justify", lineGap: 4, indent: 18 });
    doc.moveDown(0.5);
  }
}

// running header and "Trang x/y" footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const { left, right, bottom } = doc.page.margins;
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#555");
  doc.text(header, left, 36, { width: doc.page.width - left - right, align: "left", lineBreak: false });
  doc.moveTo(left, 50).lineTo(doc.page.width - right, 50).lineWidth(0.5).stroke("#999");
  doc.text(`Trang ${i + 1}/${range.count}`, left, doc.page.height - 44,
    { width: doc.page.width - left - right, align: "center", lineBreak: false });
  doc.page.margins.bottom = bottom;
}
doc.end();
