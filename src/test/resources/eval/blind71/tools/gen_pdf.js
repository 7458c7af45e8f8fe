// Build the 2-3 page PDF (report c) from src/r3_pdf.txt with npm `pdfkit` and DejaVu fonts.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const ROOT = path.resolve(__dirname, "..");
const lines = fs.readFileSync(path.join(ROOT, "src", "r3_pdf.txt"), "utf8").split("\n");
const OUT = path.join(ROOT, "reports", "KyYeu_TomTat_HoiThao_50nam_VietNam_HaLan.pdf");
const FONT_DIR = "/usr/share/fonts/truetype/dejavu";

const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 72, bottom: 72, left: 70, right: 65 },
  info: { Title: "Tóm tắt Hội thảo 50 năm quan hệ Việt Nam – Hà Lan", Author: "Học viện Ngoại giao", Creator: "Microsoft® Word for Microsoft 365", Producer: "Microsoft® Word for Microsoft 365" },
});
doc.registerFont("R", path.join(FONT_DIR, "DejaVuSerif.ttf"));
doc.registerFont("B", path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"));
doc.registerFont("S", path.join(FONT_DIR, "DejaVuSans.ttf"));
doc.pipe(fs.createWriteStream(OUT));

let header = "";
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
for (const raw of lines) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith("!header ")) { header = line.slice(8); continue; }
  if (line.startsWith("# ")) {
    doc.font("B").fontSize(13).text(line.slice(2), { align: "center", width: W });
    doc.moveDown(0.2);
  } else if (line.startsWith("## ")) {
    doc.moveDown(0.5);
    doc.font("B").fontSize(11.5).text(line.slice(3), { width: W });
    doc.moveDown(0.3);
  } else {
    doc.font("R").fontSize(11).text(line, { align: "justify", width: W, indent: 24, lineGap: 2.5, paragraphGap: 6 });
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saveBottom = doc.page.margins.bottom, saveTop = doc.page.margins.top;
  doc.page.margins.bottom = 0; doc.page.margins.top = 0;
  doc.font("S").fontSize(8.5).fillColor("#444444")
    .text(header, doc.page.margins.left, 36, { width: W, align: "center", lineBreak: false });
  doc.moveTo(doc.page.margins.left, 50).lineTo(doc.page.width - doc.page.margins.right, 50).lineWidth(0.5).strokeColor("#888888").stroke();
  doc.font("S").fontSize(9).fillColor("#000000")
    .text(`Trang ${i + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 45, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = saveBottom; doc.page.margins.top = saveTop;
}
doc.end();
console.log("wrote", OUT, "pages:", range.count);
