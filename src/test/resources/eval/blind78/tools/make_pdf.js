// Build reports/007_*.pdf (as if printed from a word processor) from
// src/007_hoinghi_truongcqdd_chauau_2024.txt with pdfkit and DejaVu fonts.
// Running header on every page, "Trang x/y" footer, text flows over page breaks.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");
const { parse } = require("./srcparse");

const ROOT = path.resolve(__dirname, "..");
const { meta, body } = parse(path.join(ROOT, "src", "007_hoinghi_truongcqdd_chauau_2024.txt"));
const OUT = path.join(ROOT, "reports", "007_hoinghi_truongcqdd_chauau_2024.pdf");
const REG = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

const FONT_SIZE = +(process.env.PDF_FONT_SIZE || 11.5);
const LINE_GAP = +(process.env.PDF_LINE_GAP || 5);
const M = { top: 90, bottom: 80, left: 72, right: 72 };

const doc = new PDFDocument({
  size: "A4", margins: M, bufferPages: true,
  info: { Title: meta.title, Author: meta.author, Creator: "Microsoft® Word 2016", Producer: "Microsoft® Word 2016",
          CreationDate: new Date("2024-07-24T16:05:00+07:00"), ModDate: new Date("2024-07-24T16:05:00+07:00") },
});
doc.pipe(fs.createWriteStream(OUT));
doc.registerFont("R", REG);
doc.registerFont("B", BOLD);
const W = doc.page.width - M.left - M.right;

doc.font("B").fontSize(13.5).text(meta.title, { align: "center", width: W, lineGap: 3 });
doc.moveDown(1);
for (const b of body) {
  if (b.type === "h2") {
    doc.moveDown(0.3);
    doc.font("B").fontSize(FONT_SIZE + 0.5).text(b.text, { width: W, lineGap: LINE_GAP });
    doc.moveDown(0.3);
  } else if (b.type === "p") {
    doc.font("R").fontSize(FONT_SIZE).text(b.text, { width: W, align: "justify", indent: 28, lineGap: LINE_GAP, paragraphGap: 7 });
  } else if (b.type === "sign") {
    const [place, who] = b.text.split("|").map((s) => s.trim());
    doc.moveDown(0.8);
    doc.font("R").fontSize(FONT_SIZE).text(place, { width: W, align: "right" });
    doc.font("B").fontSize(FONT_SIZE).text(who, { width: W, align: "right" });
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0; // allow writing inside the margin without a new page
  doc.font("R").fontSize(8.5).fillColor("#555555")
    .text(meta.header, M.left, 40, { width: W, align: "center", lineBreak: false });
  doc.moveTo(M.left, 56).lineTo(M.left + W, 56).lineWidth(0.5).strokeColor("#888888").stroke();
  doc.font("R").fontSize(9).fillColor("#333333")
    .text(`Trang ${i + 1}/${range.count}`, M.left, doc.page.height - 50, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = bottom;
  doc.fillColor("black");
}
doc.end();
console.log("wrote", OUT, "pages:", range.count);
