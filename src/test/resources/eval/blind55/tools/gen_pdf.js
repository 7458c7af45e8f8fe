// Render src/007_*.txt into a 2-3 page PDF that looks printed from a word processor (npm "pdfkit").
const fs = require("fs");
const PDFDocument = require("pdfkit");
const [src, out] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());

const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 78, right: 64 }, bufferPages: true,
  info: { Title: "Hội nghị trực tuyến toàn quốc về công tác bảo hộ ngư dân", Author: "Cục Lãnh sự", Creator: "Microsoft Word", Producer: "Microsoft Word for Microsoft 365" } });
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width - 78 - 64;
let header = "", end = "";
for (const l of lines) {
  if (l.startsWith("@header ")) { header = l.slice(8); continue; }
  if (l.startsWith("@end ")) { end = l.slice(5); continue; }
  if (l.startsWith("# ")) { doc.font("B").fontSize(13).text(l.slice(2), { align: "center", width: W }); if (!lines[lines.indexOf(l) + 1].startsWith("# ")) doc.moveDown(0.8); continue; }
  if (l.startsWith("## ")) { doc.moveDown(0.3).font("B").fontSize(11.5).text(l.slice(3), { width: W }).moveDown(0.3); continue; }
  const num = /^\d+\. /.test(l);
  doc.font("R").fontSize(11.5).text(l, num ? 98 : 78, doc.y, { width: num ? W - 20 : W, align: "justify", indent: num ? 0 : 28, lineGap: 3.2, paragraphGap: 6 });
}
doc.moveDown(1).font("B").fontSize(11.5).text(end, 78, doc.y, { align: "right", width: W });

const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font("R").fontSize(8.5).fillColor("#444").text(header, 78, 40, { width: W, lineBreak: false });
  doc.moveTo(78, 54).lineTo(78 + W, 54).lineWidth(0.5).strokeColor("#888").stroke();
  doc.font("R").fontSize(9).text(`Trang ${i + 1}/${range.count}`, 78, doc.page.height - 48, { width: W, align: "center", lineBreak: false });
  doc.page.margins = m; doc.fillColor("black");
}
doc.end();
