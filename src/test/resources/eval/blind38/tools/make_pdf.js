// Build the PDF report 007 from src/007_ngoaigiaovanhoa_hue.txt using npm "pdfkit".
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const ROOT = path.resolve(__dirname, "..");
const src = fs.readFileSync(path.join(ROOT, "src/007_ngoaigiaovanhoa_hue.txt"), "utf8").split("\n");
const out = path.join(ROOT, "reports/007_78dcb7c5078d2e53.pdf");
const FONT_DIR = "/usr/share/fonts/truetype/dejavu/";

const doc = new PDFDocument({ size: "A4", bufferPages: true,
  margins: { top: 78, bottom: 72, left: 68, right: 68 },
  info: { Title: "Hoi nghi trien khai Chien luoc Ngoai giao van hoa den nam 2030", Author: "Bo Ngoai giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT_DIR + "DejaVuSerif.ttf");
doc.registerFont("B", FONT_DIR + "DejaVuSerif-Bold.ttf");
doc.registerFont("I", FONT_DIR + "DejaVuSerif-Italic.ttf");

let header = "";
for (const raw of src) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith("HEADER:")) { header = line.slice(7).trim(); continue; }
  if (line.startsWith("TITLE:")) {
    doc.font("B").fontSize(14).text(line.slice(6).trim(), { align: "center" }); doc.moveDown(0.3); continue;
  }
  if (line.startsWith("SUBTITLE:")) {
    doc.font("I").fontSize(11).text(line.slice(9).trim(), { align: "center" }); doc.moveDown(1); continue;
  }
  if (line.startsWith("## ")) {
    doc.moveDown(0.4); doc.font("B").fontSize(12).text(line.slice(3)); doc.moveDown(0.3); continue;
  }
  doc.font("R").fontSize(11.5).text(line, { align: "justify", lineGap: 4, indent: 24 });
  doc.moveDown(0.5);
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const { top, bottom } = doc.page.margins;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0;
  doc.font("I").fontSize(8.5).fillColor("#444")
     .text(header, 68, 40, { width: doc.page.width - 136, align: "center", lineBreak: false });
  doc.moveTo(68, 54).lineTo(doc.page.width - 68, 54).lineWidth(0.5).stroke("#888");
  doc.font("R").fontSize(9).fillColor("#000")
     .text(`Trang ${i + 1}/${range.count}`, 68, doc.page.height - 48, { width: doc.page.width - 136, align: "center", lineBreak: false });
  doc.page.margins.top = top; doc.page.margins.bottom = bottom;
}
doc.end();
console.log("wrote", out, "pages:", range.count);
