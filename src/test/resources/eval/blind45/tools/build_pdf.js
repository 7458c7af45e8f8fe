// Build report 007 (.pdf) from src/007_pdf.txt with npm "pdfkit":
// running header, "Trang x/y" footer, text flowing over page breaks.
const fs = require("fs"), path = require("path");
const PDFDocument = require("pdfkit");
const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "reports", "007_5d1e7b0c93a6f248.pdf");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const SIZE = parseFloat(process.env.PDF_SIZE || "11");
const lines = fs.readFileSync(path.join(ROOT, "src/007_pdf.txt"), "utf8").split("\n");
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 68, right: 68 }, bufferPages: true,
  info: { Title: "Báo cáo tổng thuật Tọa đàm khoa học về luật biển", Author: "Ủy ban Biên giới quốc gia" } });
doc.pipe(fs.createWriteStream(OUT));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
let header = "";
const W = doc.page.width - 136;
for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line.trim()) continue;
  if (line.startsWith("@header:")) { header = line.slice(8).trim(); continue; }
  if (line.startsWith("@title:")) { doc.font("B").fontSize(15).text(line.slice(7).trim(), { align: "center" }); doc.moveDown(0.3); continue; }
  if (line.startsWith("@subtitle:")) { doc.font("B").fontSize(12.5).text(line.slice(10).trim(), { align: "center" }); doc.moveDown(0.3); continue; }
  if (line.startsWith("@meta:")) { doc.font("R").fontSize(10.5).text(line.slice(6).trim(), { align: "center" }); doc.moveDown(0.8); continue; }
  if (line.startsWith("# ")) { doc.moveDown(0.4); doc.font("B").fontSize(SIZE + 1).text(line.slice(2), { align: "left" }); doc.moveDown(0.3); continue; }
  if (line.startsWith("- ")) { doc.font("R").fontSize(SIZE).text("•  " + line.slice(2), { align: "justify", indent: 0, lineGap: 2.5 }); doc.moveDown(0.25); continue; }
  doc.font("R").fontSize(SIZE).text(line, { align: "justify", indent: 22, lineGap: 2.5 });
  doc.moveDown(0.45);
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#444").text(header, 68, 36, { width: W, align: "center", lineBreak: false });
  doc.moveTo(68, 52).lineTo(68 + W, 52).lineWidth(0.5).strokeColor("#888").stroke();
  doc.font("R").fontSize(9).fillColor("#000").text(`Trang ${i + 1}/${range.count}`, 68, doc.page.height - 48, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = bm;
}
doc.end();
console.log("wrote", OUT);
