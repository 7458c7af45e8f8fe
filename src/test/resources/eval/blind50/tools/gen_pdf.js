#!/usr/bin/env node
// Render a plain-text source (@header/@kicker/@title/@meta lines, "## " headings,
// "- " bullets, paragraphs) as an A4 PDF with pdfkit: running header on every page,
// "Trang x/y" footers, text flowing over page breaks (a paragraph is split across pages).
// usage: node gen_pdf.js SRC OUT
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const [src, out] = process.argv.slice(2);
const FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
const meta = {};
const blocks = [];
for (const raw of fs.readFileSync(src, "utf8").split("\n")) {
  const line = raw.trim();
  if (!line) continue;
  let m;
  if ((m = line.match(/^@(\w+):\s*(.*)$/))) meta[m[1]] = m[2];
  else if (line.startsWith("## ")) blocks.push({ type: "h", text: line.slice(3) });
  else if (line.startsWith("- ")) blocks.push({ type: "li", text: line.slice(2) });
  else blocks.push({ type: "p", text: line });
}

const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 78, bottom: 72, left: 70, right: 62 },
  info: { Title: meta.title, Author: "Ủy ban Biên giới quốc gia", Subject: meta.kicker, CreationDate: new Date(Date.UTC(2016, 6, 22, 10, 0, 0)) },
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT_DIR + "DejaVuSerif.ttf");
doc.registerFont("B", FONT_DIR + "DejaVuSerif-Bold.ttf");
doc.registerFont("I", FONT_DIR + "DejaVuSerif-Italic.ttf");
doc.registerFont("S", FONT_DIR + "DejaVuSans.ttf");

const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
doc.font("B").fontSize(10).fillColor("#8a1c1c").text(meta.kicker, { align: "center" });
doc.moveDown(0.4);
doc.font("B").fontSize(15).fillColor("black").text(meta.title, { align: "center" });
doc.moveDown(0.3);
doc.font("I").fontSize(10.5).text(meta.meta, { align: "center" });
doc.moveDown(1);

for (const b of blocks) {
  if (b.type === "h") {
    doc.moveDown(0.4);
    doc.font("B").fontSize(11.5).text(b.text, { width: W });
    doc.moveDown(0.3);
  } else if (b.type === "li") {
    doc.font("R").fontSize(11).text("•  " + b.text, doc.page.margins.left + 14, doc.y, { width: W - 14, align: "justify", lineGap: 2.5, indent: 0 });
    doc.moveDown(0.25);
    doc.x = doc.page.margins.left;
  } else {
    doc.font("R").fontSize(11).text(b.text, doc.page.margins.left, doc.y, { width: W, align: "justify", indent: 22, lineGap: 2.5 });
    doc.moveDown(0.5);
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const { left, right, top, bottom } = doc.page.margins;
  const pw = doc.page.width;
  const ph = doc.page.height;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0; // allow writing in the margins
  doc.font("S").fontSize(8.5).fillColor("#555555")
    .text(meta.header, left, 36, { width: pw - left - right, align: "center", lineBreak: false });
  doc.moveTo(left, 52).lineTo(pw - right, 52).lineWidth(0.5).strokeColor("#999999").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, left, ph - 48, { width: pw - left - right, align: "center", lineBreak: false });
  doc.page.margins.top = top; doc.page.margins.bottom = bottom;
  doc.fillColor("black");
}
doc.end();
