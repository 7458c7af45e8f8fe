// Build report 007 (PDF, 2-3 pages) from src/007_pdf_report.txt with pdfkit.
// Running header on every page, "Trang x/y" footer, body text flows over page breaks.
// Usage: node make_pdf.js SRC OUT
const fs = require("fs");
const PDFDocument = require("pdfkit");
const [src, out] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const ITAL = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";
const lines = fs.readFileSync(src, "utf8").split("\n").filter(l => l.trim());
const header = lines.find(l => l.startsWith("HEADER: ")).slice(8);
const doc = new PDFDocument({ size: "A4", bufferPages: true, margins: { top: 72, bottom: 64, left: 62, right: 62 },
  info: { Title: "Báo cáo tổng hợp Hội thảo quốc tế về Biển Đông lần thứ 8", Author: "Học viện Ngoại giao" } });
doc.registerFont("R", FONT); doc.registerFont("B", BOLD); doc.registerFont("I", ITAL);
doc.pipe(fs.createWriteStream(out));
function drawHeader() {
  const { x, y } = doc; const f = doc._font, fs_ = doc._fontSize;
  doc.font("I").fontSize(8).fillColor("#555")
     .text(header, 62, 34, { width: doc.page.width - 124, align: "center", lineBreak: false });
  doc.moveTo(62, 48).lineTo(doc.page.width - 62, 48).lineWidth(0.5).strokeColor("#999").stroke();
  doc.fillColor("black"); doc._font = f; doc.fontSize(fs_); doc.x = x; doc.y = y;
}
drawHeader();
doc.on("pageAdded", drawHeader);
for (const l of lines) {
  const [k, ...rest] = l.split(": "); const v = rest.join(": ");
  if (k === "HEADER") continue;
  if (k === "TITLE") doc.font("B").fontSize(13).text(v, { align: "center" });
  else if (k === "SUBTITLE") doc.font("I").fontSize(10).text(v, { align: "center" });
  else if (k === "H") { doc.moveDown(0.6); doc.font("B").fontSize(11).text(v); doc.moveDown(0.2); }
  else if (k === "P") doc.font("R").fontSize(10.5).text(v, { align: "justify", lineGap: 3.5, paragraphGap: 5 });
  else if (k === "SIGN") { if (v.startsWith("Nha Trang")) doc.moveDown(1); doc.font(v.startsWith("Nha") ? "I" : "B").fontSize(10.5).text(v, { align: "right" }); }
  else throw new Error("unknown line " + l);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(range.start + i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#333")
     .text(`Trang ${i + 1}/${range.count}`, 62, doc.page.height - 40, { width: doc.page.width - 124, align: "center", lineBreak: false });
  doc.page.margins.bottom = bm;
}
doc.end();
console.log("wrote", out, "pages:", range.count);
