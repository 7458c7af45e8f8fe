// Build reports/007_*.pdf from src/007_ngoai_giao_kinh_te.txt with the npm package `pdfkit`
// and DejaVu fonts: running header on every page, "Trang x/y" footer on every page.
// Markup: "@header", "@footer_note", "# " title, "## " section heading, else paragraph.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const ROOT = path.resolve(__dirname, "..");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const FONT_S = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const src = fs.readFileSync(path.join(ROOT, "src", "007_ngoai_giao_kinh_te.txt"), "utf8");
const out = path.join(ROOT, "reports", "007_ngoai_giao_kinh_te_2024.pdf");

const M = { top: 80, bottom: 80, left: 72, right: 72 };
const doc = new PDFDocument({ size: "A4", margins: M, bufferPages: true,
  info: { Title: "Hội nghị Ngoại giao kinh tế năm 2024", Author: "Vụ Tổng hợp kinh tế" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("body", FONT); doc.registerFont("bold", FONT_B); doc.registerFont("sans", FONT_S);

let header = "", footNote = "";
for (const raw of src.split("\n")) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith("@header ")) { header = line.slice(8); continue; }
  if (line.startsWith("@footer_note ")) { footNote = line.slice(13); continue; }
  if (line.startsWith("# ")) {
    doc.font("bold").fontSize(15).text(line.slice(2), { align: "center", lineGap: 3 });
    doc.moveDown(1);
  } else if (line.startsWith("## ")) {
    doc.moveDown(0.4);
    doc.font("bold").fontSize(12.5).text(line.slice(3), { lineGap: 2 });
    doc.moveDown(0.4);
  } else {
    doc.font("body").fontSize(12).text(line, { align: "justify", lineGap: 5, indent: 28 });
    doc.moveDown(0.6);
  }
}
if (footNote) { doc.moveDown(1); doc.font("sans").fontSize(9).text(footNote, { align: "center" }); }

// running header and footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const w = doc.page.width;
  const saveB = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  const [left, right] = header.split(" | ");
  doc.font("sans").fontSize(8.5).fillColor("#444");
  doc.text(left, M.left, 40, { width: (w - M.left - M.right) / 2, align: "left", lineBreak: false });
  doc.text(right, w / 2, 40, { width: (w - M.left - M.right) / 2, align: "right", lineBreak: false });
  doc.moveTo(M.left, 55).lineTo(w - M.right, 55).lineWidth(0.5).strokeColor("#888").stroke();
  doc.moveTo(M.left, doc.page.height - 55).lineTo(w - M.right, doc.page.height - 55).stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, M.left, doc.page.height - 48,
    { width: w - M.left - M.right, align: "center", lineBreak: false });
  doc.page.margins.bottom = saveB;
  doc.fillColor("black");
}
doc.end();
console.log("wrote", out, "pages:", range.count);
