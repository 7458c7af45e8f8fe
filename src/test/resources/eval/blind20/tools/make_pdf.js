// Build reports/007_*.pdf from src/007_bulletin.txt with the npm package `pdfkit` and DejaVu fonts.
// Markup: "H " running header text, "# " title line, "S " subtitle, "## " section heading,
// "F " closing note, plain line = justified paragraph. Running header + "Trang x/y" footer on every page.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const root = path.resolve(__dirname, "..");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const ITAL = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf";
const out = path.join(root, "reports/007_ban_tin_hn_ngoai_giao_kinh_te_2024.pdf");

const doc = new PDFDocument({ size: "A4", margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true,
  info: { Title: "Bản tin tổng hợp Hội nghị Ngoại giao kinh tế 2024", Author: "Vụ Tổng hợp kinh tế - Bộ Ngoại giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("r", FONT); doc.registerFont("b", BOLD); doc.registerFont("i", ITAL);

let header = "";
for (const raw of fs.readFileSync(path.join(root, "src/007_bulletin.txt"), "utf8").split("\n")) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith("H ")) { header = line.slice(2); continue; }
  if (line.startsWith("# ")) doc.font("b").fontSize(14).text(line.slice(2), { align: "center" });
  else if (line.startsWith("S ")) { doc.font("i").fontSize(12).text(line.slice(2), { align: "center" }); doc.moveDown(1); }
  else if (line.startsWith("## ")) { doc.moveDown(0.3); doc.font("b").fontSize(12).text(line.slice(3)); doc.moveDown(0.3); }
  else if (line.startsWith("F ")) { doc.moveDown(1); doc.font("i").fontSize(10).text(line.slice(2), { align: "right" }); }
  else { doc.font("r").fontSize(11.5).text(line, { align: "justify", lineGap: 3, indent: 24, paragraphGap: 6 }); }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("i").fontSize(9).fillColor("#444").text(header, 72, 40, { width: doc.page.width - 144, align: "center", lineBreak: false });
  doc.moveTo(72, 56).lineTo(doc.page.width - 72, 56).lineWidth(0.5).stroke("#888");
  doc.font("r").fontSize(9).text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: "center", lineBreak: false });
  doc.page.margins.bottom = oldBottom;
}
doc.end();
console.log("wrote", out);
