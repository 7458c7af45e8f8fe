// Build report 007 (.pdf) from src/007_ngoai_giao_so_pdf.txt with pdfkit:
// running header, "Trang x/y" footers, text flowing across pages (a paragraph splits at a page break).
const fs = require("fs"), path = require("path");
const PDFDocument = require("pdfkit");
const parse = require("./srcparse");
const ROOT = path.resolve(__dirname, "..");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const { meta, blocks } = parse(path.join(ROOT, "src", "007_ngoai_giao_so_pdf.txt"));
const out = path.join(ROOT, "reports", "007_5c2d8e71f0b4a93e.pdf");
const doc = new PDFDocument({ size: "A4", margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true,
                              info: { Title: meta.title, Author: "Học viện Ngoại giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
doc.font("B").fontSize(14).text(meta.title, { align: "center" });
doc.font("R").fontSize(11).text(meta.subtitle, { align: "center" }).moveDown(1);
for (const [kind, val] of blocks) {
  if (kind === "h1") doc.moveDown(0.4).font("B").fontSize(12).text(val).moveDown(0.3);
  else if (kind === "p") doc.font("R").fontSize(12).text(val, { align: "justify", lineGap: 3, features: { kern: false, liga: false } }).moveDown(0.6);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#555")
     .text(meta.header, 72, 40, { width: doc.page.width - 144, align: "center", lineBreak: false, features: { kern: false } });
  doc.moveTo(72, 55).lineTo(doc.page.width - 72, 55).strokeColor("#999").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: "center", lineBreak: false });
  doc.page.margins.bottom = bm; doc.fillColor("black");
}
doc.end();
console.log("built", out, "pages:", range.count);
