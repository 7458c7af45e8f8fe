// Build reports/007_hoi_thao_bien_dong_2024.pdf from src/007_hoi_thao_bien_dong.txt
// with pdfkit, as if printed from a word processor: A4, DejaVu fonts, a running
// header on every page, "Trang x/y" footers, text flowing across page breaks.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src", "007_hoi_thao_bien_dong.txt");
const OUT = path.join(ROOT, "reports", "007_hoi_thao_bien_dong_2024.pdf");
const REG = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

const raw = fs.readFileSync(SRC, "utf8");
const [head, rest] = raw.split("\n---\n");
const meta = {};
for (const line of head.split("\n")) {
  const i = line.indexOf(":");
  meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
}

const M = { top: 78, bottom: 72, left: 70, right: 70 };
const doc = new PDFDocument({
  size: "A4", margins: M, bufferPages: true,
  info: { Title: meta.title, Author: meta.author, Creator: "Microsoft® Word 2016", Producer: "Microsoft® Word 2016",
    CreationDate: new Date("2024-02-01T09:12:00+07:00") },
});
doc.registerFont("R", REG);
doc.registerFont("B", BOLD);
doc.pipe(fs.createWriteStream(OUT));

const W = doc.page.width - M.left - M.right;
const BODY = { size: 11, lineGap: Number(process.env.LG || 8), paraGap: Number(process.env.PG || 9) };

doc.font("B").fontSize(14).text(meta.title, { align: "center" });
doc.moveDown(0.3);
doc.font("B").fontSize(12).text(meta.subtitle, { align: "center" });
doc.moveDown(0.3);
doc.font("R").fontSize(10.5).fillColor("#444444").text(meta.dateline, { align: "center" });
doc.fillColor("black").moveDown(1);

for (const block of rest.trim().split(/\n\s*\n/)) {
  if (block.startsWith("## ")) {
    doc.moveDown(0.3);
    doc.font("B").fontSize(11.5).text(block.slice(3), { lineGap: 4 });
    doc.moveDown(0.35);
  } else {
    doc.font("R").fontSize(BODY.size).text(block.replace(/\n/g, " "), {
      align: "justify", lineGap: BODY.lineGap, indent: 22, paragraphGap: BODY.paraGap, width: W,
    });
  }
}
doc.moveDown(0.6);
doc.font("R").fontSize(10).fillColor("#444444").text(meta.author, { align: "right" });
doc.fillColor("black");

// running header and footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saved = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font("R").fontSize(8.5).fillColor("#555555")
    .text(meta.header, M.left, 40, { width: W, align: "left", lineBreak: false });
  doc.moveTo(M.left, 54).lineTo(M.left + W, 54).lineWidth(0.5).strokeColor("#999999").stroke();
  doc.font("R").fontSize(9).fillColor("#333333")
    .text(`Trang ${i + 1}/${range.count}`, M.left, doc.page.height - 45, { width: W, align: "center", lineBreak: false });
  doc.page.margins = saved;
}
doc.fillColor("black");
doc.end();
console.log("wrote", OUT, "pages:", range.count);
