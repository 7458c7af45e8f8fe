#!/usr/bin/env node
// Build a 2–3 page PDF bulletin from a plain-text source (src/007_*.txt) with npm `pdfkit`.
// Running header on every page, "Trang x/y" footers, paragraphs flow freely so that one
// paragraph is split over a page break.
// Source markup: @out, @header; "# " title; "!sub " subtitle; "## " section heading;
// "- " bullet; "!right " right-aligned signature line; other lines = paragraphs.
// Usage: node build_pdf.js SRC OUTDIR
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const [src, outdir] = process.argv.slice(2);
const FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
const lines = fs.readFileSync(src, "utf8").split(/\r?\n/);
const meta = {};
for (const l of lines) {
  const m = l.match(/^@(\w+):\s*(.*)$/);
  if (m) meta[m[1]] = m[2];
}

const doc = new PDFDocument({
  size: "A4",
  margins: { top: 78, bottom: 78, left: 70, right: 70 },
  bufferPages: true,
  info: { Title: "Hội nghị tổng kết công tác biên giới lãnh thổ năm 2018", Author: "Ủy ban Biên giới quốc gia" },
});
const out = path.join(outdir, meta.out);
doc.pipe(fs.createWriteStream(out));
doc.registerFont("body", FONT_DIR + "DejaVuSerif.ttf");
doc.registerFont("bold", FONT_DIR + "DejaVuSerif-Bold.ttf");
doc.registerFont("italic", FONT_DIR + "DejaVuSerif-Italic.ttf");
doc.registerFont("sans", FONT_DIR + "DejaVuSans.ttf");

const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line || line.startsWith("@")) continue;
  if (line.startsWith("# ")) {
    doc.font("bold").fontSize(14).text(line.slice(2), { align: "center", width: W });
    doc.moveDown(0.3);
  } else if (line.startsWith("!sub ")) {
    doc.font("italic").fontSize(11).text(line.slice(5), { align: "center", width: W });
    doc.moveDown(0.8);
  } else if (line.startsWith("## ")) {
    doc.moveDown(0.3);
    doc.font("bold").fontSize(11.5).text(line.slice(3), { width: W });
    doc.moveDown(0.3);
  } else if (line.startsWith("- ")) {
    doc.font("body").fontSize(11.5).text("•  " + line.slice(2), { indent: 0, align: "justify", width: W - 18, continued: false,
      paragraphGap: 3 , lineGap: 2});
  } else if (line.startsWith("!right ")) {
    doc.moveDown(0.6);
    doc.font("italic").fontSize(11).text(line.slice(7), { align: "right", width: W });
  } else {
    doc.font("body").fontSize(11.5).text(line, { align: "justify", width: W, indent: 20, paragraphGap: 6, lineGap: 3 });
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("sans").fontSize(8.5).fillColor("#444")
    .text(meta.header, 70, 40, { width: W, align: "center", lineBreak: false });
  doc.moveTo(70, 55).lineTo(70 + W, 55).lineWidth(0.5).strokeColor("#888").stroke();
  doc.moveTo(70, doc.page.height - 58).lineTo(70 + W, doc.page.height - 58).stroke();
  doc.font("sans").fontSize(9).fillColor("#444")
    .text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 50, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = bottom;
  doc.fillColor("black");
}
doc.end();
console.log("wrote", out, "pages:", range.count);
