// Builds report 103: an A4 PDF bulletin (npm "pdfkit", DejaVu fonts) with running header and "Trang x/y" footers.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");
const out = process.argv[2] || path.join(__dirname, "..", "reports", "103_hoi_thao_an_ninh_nguon_nuoc_me_cong_2025.pdf");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const doc = new PDFDocument({ size: "A4", bufferPages: true, margins: { top: 80, bottom: 80, left: 72, right: 72 },
  info: { Title: "Hoi thao quoc te An ninh nguon nuoc tieu vung Me Cong 2025", Author: "Hoc vien Ngoai giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
const lines = fs.readFileSync(path.join(__dirname, "src", "103_body.txt"), "utf8").split("\n").filter(l => l.trim());
for (const l of lines) {
  if (l.startsWith("##TITLE ")) doc.font("B").fontSize(17).text(l.slice(8), { align: "center" }).moveDown(0.4);
  else if (l.startsWith("##SUB ")) doc.font("R").fontSize(10.5).fillColor("#444").text(l.slice(6), { align: "center" }).fillColor("black").moveDown(0.8);
  else if (l.startsWith("##H ")) doc.font("B").fontSize(12).text(l.slice(4)).moveDown(0.3);
  else doc.font("R").fontSize(11.5).text(l, { align: "justify", lineGap: 3 }).moveDown(0.5);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const top = doc.page.margins.top, bottom = doc.page.margins.bottom;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#555")
     .text("HỌC VIỆN NGOẠI GIAO  |  Bản tin Hội thảo An ninh nguồn nước Mê Công 2025", 72, 40, { width: 451, align: "center" });
  doc.moveTo(72, 55).lineTo(523, 55).lineWidth(0.5).stroke("#999");
  doc.text(`Trang ${i + 1}/${range.count}`, 72, 800, { width: 451, align: "center" });
  doc.page.margins.top = top; doc.page.margins.bottom = bottom;
}
doc.end();
console.log("wrote", out);
