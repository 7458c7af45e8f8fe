// Build the PDF report (007) with pdfkit: running header, "Trang x/y" footers.
const fs = require("fs");
const PDFDocument = require("pdfkit");
const [src, out] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 70, right: 70 }, bufferPages: true,
  info: { Title: "Báo cáo nhanh Hội nghị Lãnh sự danh dự khu vực phía Nam lần thứ 4", Author: "Sở Ngoại vụ TP. Hồ Chí Minh", Creator: "Microsoft Word", Producer: "Microsoft: Print To PDF" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
let header = "";
for (const l of lines) {
  if (l.startsWith("#H ")) { header = l.slice(3); continue; }
  if (l.startsWith("#S ")) { doc.font("B").fontSize(12).text(l.slice(3), { align: "center" }); doc.moveDown(1); continue; }
  if (l.startsWith("## ")) { doc.moveDown(0.4); doc.font("B").fontSize(11.5).text(l.slice(3)); doc.moveDown(0.3); continue; }
  if (l.startsWith("# ")) { doc.font("B").fontSize(15).text(l.slice(2), { align: "center" }); doc.moveDown(0.3); continue; }
  doc.font("R").fontSize(12).text(l, { align: "justify", lineGap: 5.5, paragraphGap: 8 });
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font("R").fontSize(8.5).fillColor("#555").text(header, 70, 40, { width: doc.page.width - 140, align: "center" });
  doc.moveTo(70, 54).lineTo(doc.page.width - 70, 54).strokeColor("#999").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 50, { width: doc.page.width - 140, align: "center" });
  doc.page.margins = m;
  doc.fillColor("black");
}
doc.end();
