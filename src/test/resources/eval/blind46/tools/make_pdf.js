// Build a 2-3 page PDF report from src/007_*.txt with npm "pdfkit" and DejaVu fonts.
// Running header on every page, "Trang x/y" footer; text flows freely so a
// paragraph is split over a page break (tools/check_questions.py checks that
// page 1 ends in the middle of a sentence).
// usage: node make_pdf.js SRC OUT
const fs = require("fs");
const PDFDocument = require("pdfkit");
const { parse } = require("./srcparse");

const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
const doc = new PDFDocument({ size: "A4", bufferPages: true,
  margins: { top: 80, bottom: 80, left: 70, right: 70 },
  info: { Title: "Báo cáo tóm tắt Diễn đàn hợp tác địa phương Việt Nam - Lào lần thứ ba",
          Author: "Cục Ngoại vụ - Bộ Ngoại giao", CreationDate: new Date("2024-07-09T09:00:00+07:00") } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT_DIR + "DejaVuSerif.ttf");
doc.registerFont("B", FONT_DIR + "DejaVuSerif-Bold.ttf");
doc.registerFont("I", FONT_DIR + "DejaVuSerif-Italic.ttf");
const W = doc.page.width - 140;
const SIZE = 11.5, GAP = 3.5;

for (const [kind, text] of blocks) {
  if (kind === "h1") {
    doc.font("B").fontSize(13).text(text, { align: "center", width: W });
  } else if (kind === "subtitle") {
    doc.font("I").fontSize(11.5).text(text, { align: "center", width: W });
    doc.moveDown(1);
  } else if (kind === "h2") {
    doc.moveDown(0.4);
    doc.font("B").fontSize(12).text(text, { width: W });
    doc.moveDown(0.3);
  } else if (kind === "p") {
    doc.font("R").fontSize(SIZE).text(text, { align: "justify", indent: 24, lineGap: GAP, width: W });
    doc.moveDown(0.5);
  } else if (kind === "li") {
    doc.font("R").fontSize(SIZE).text("- " + text, { align: "justify", indent: 12, lineGap: GAP, width: W });
  }
}

const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const top = doc.page.margins.top, bottom = doc.page.margins.bottom;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0;
  doc.font("I").fontSize(8.5).fillColor("#333333")
    .text(meta.header, 70, 40, { width: W, align: "center", lineBreak: false });
  doc.moveTo(70, 54).lineTo(70 + W, 54).lineWidth(0.5).strokeColor("#666666").stroke();
  const fy = doc.page.height - 50;
  doc.moveTo(70, fy - 6).lineTo(70 + W, fy - 6).lineWidth(0.5).stroke();
  doc.font("I").fontSize(8.5).text(meta.footer_left, 70, fy, { width: W / 2, align: "left", lineBreak: false });
  doc.font("R").fontSize(9).text(`Trang ${i + 1}/${range.count}`, 70 + W / 2, fy, { width: W / 2, align: "right", lineBreak: false });
  doc.page.margins.top = top; doc.page.margins.bottom = bottom;
  doc.fillColor("black");
}
doc.end();
