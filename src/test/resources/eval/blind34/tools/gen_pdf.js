// Build reports/007_*.pdf from src/007_tong_ket_2023.txt with npm `pdfkit`.
// Running header on every page, footer "Trang x/y"; paragraphs flow across page breaks.
const fs = require("fs"), path = require("path"), PDFDocument = require("pdfkit");
const ROOT = path.resolve(__dirname, "..");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const lines = fs.readFileSync(path.join(ROOT, "src/007_tong_ket_2023.txt"), "utf8").split("\n").filter(l => l.trim());
const doc = new PDFDocument({ size: "A5", margins: { top: 60, bottom: 60, left: 50, right: 50 }, bufferPages: true, info: { Title: "Bản tin Đối ngoại số 02/2024", Author: "Văn phòng Bộ Ngoại giao" } });
const out = path.join(ROOT, "reports/007_6c97152e817546f5.pdf");
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
let header = "", footer = "";
for (const l of lines) {
  if (l.startsWith("@header ")) { header = l.slice(8); continue; }
  if (l.startsWith("@footer ")) { footer = l.slice(8); continue; }
  if (l.startsWith("# ")) doc.font("B").fontSize(14).text(l.slice(2), { align: "center" }).moveDown(0.6);
  else if (l.startsWith("## ")) doc.font("B").fontSize(11).text(l.slice(3)).moveDown(0.3);
  else if (l.startsWith("- ")) doc.font("R").fontSize(10).text("•  " + l.slice(2), { indent: 10, align: "justify" }).moveDown(0.2);
  else doc.font("R").fontSize(10).text(l, { align: "justify", lineGap: 2 }).moveDown(0.5);
}
doc.moveDown(1).font("B").fontSize(9).text(footer, { align: "right" });
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; const bottom = m.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8).text(header, m.left, 30, { width: doc.page.width - m.left - m.right, align: "center", lineBreak: false });
  doc.moveTo(m.left, 44).lineTo(doc.page.width - m.right, 44).lineWidth(0.5).stroke();
  doc.font("R").fontSize(8).text(`Trang ${i + 1}/${range.count}`, m.left, doc.page.height - 40, { width: doc.page.width - m.left - m.right, align: "center", lineBreak: false });
  doc.page.margins.bottom = bottom;
}
doc.end();
console.log("wrote", out);
