// Build report c (PDF bulletin) with npm `pdfkit` and the DejaVu Sans TTF font.
// Running header on every page, "Trang x/y" footer, text flows across pages.
// Usage: node tools/make_pdf.js  (run from /work/sealed/blind17)
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");
const content = require(path.join(__dirname, "..", "src", "reports", "c_content.js"));

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";
const out = path.join(__dirname, "..", "reports", "103_ban_tin_hoc_vien_ngoai_giao_so9_2024.pdf");

const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 62, right: 62 }, bufferPages: true,
  info: { Title: "Bản tin Học viện Ngoại giao số 9/2024", Author: "Học viện Ngoại giao" } });
doc.registerFont("R", FONT); doc.registerFont("B", FONT_B); doc.registerFont("I", FONT_I);
doc.pipe(fs.createWriteStream(out));

const W = doc.page.width - 124;
for (const [kind, text] of content) {
  if (kind === "masthead") doc.font("B").fontSize(20).fillColor("#7a0000").text(text, { align: "center" });
  else if (kind === "sub") { doc.font("I").fontSize(9).fillColor("#444").text(text, { align: "center" }); doc.moveDown(0.8); }
  else if (kind === "h1") { doc.moveDown(0.5); doc.font("B").fontSize(13).fillColor("#000").text(text, { width: W }); doc.moveDown(0.3); }
  else if (kind === "h2") { doc.moveDown(0.2); doc.font("B").fontSize(11).fillColor("#222").text(text, { width: W }); doc.moveDown(0.2); }
  else if (kind === "p") { doc.font("R").fontSize(10.5).fillColor("#000").text(text, { width: W, align: "justify", lineGap: 2.5 }); doc.moveDown(0.5); }
  else if (kind === "li") { doc.font("R").fontSize(10.5).fillColor("#000").text("•  " + text, { width: W - 14, indent: 0, lineGap: 2.5 }); doc.moveDown(0.15); }
  else if (kind === "caption") { doc.font("I").fontSize(9).fillColor("#555").text(text, { width: W, align: "center" }); doc.moveDown(0.6); }
}

// running header and "Trang x/y" footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("I").fontSize(8.5).fillColor("#7a0000")
     .text("Bản tin Học viện Ngoại giao – Số 9 (tháng 9/2024)", 62, 36, { width: W, align: "left", lineBreak: false });
  doc.moveTo(62, 50).lineTo(62 + W, 50).strokeColor("#7a0000").lineWidth(0.6).stroke();
  doc.font("R").fontSize(8.5).fillColor("#333")
     .text(`Trang ${i + 1}/${range.count}`, 62, doc.page.height - 45, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = oldBottom;
}
doc.end();
console.log("wrote", out, "pages", range.count);
