// Render src/007_*.src.txt into a 2-3 page PDF looking like a word-processor printout.
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [src, dst] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const lines = fs.readFileSync(src, "utf8").split("\n");
const meta = {};

const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 80, bottom: 80, left: 72, right: 72 },
  info: { Title: "Báo cáo tóm tắt Hội thảo UNCLOS 1982", Author: "Học viện Ngoại giao", Creator: "Microsoft® Word 2016", Producer: "Microsoft® Word 2016" },
});
doc.info.CreationDate = new Date(Date.UTC(2024, 5, 24, 9, 0, 0));
doc.info.ModDate = doc.info.CreationDate;
doc.pipe(fs.createWriteStream(dst));
doc.registerFont("R", FONT);
doc.registerFont("B", FONT_B);
const W = doc.page.width - 144;

for (const raw of lines) {
  const ln = raw.trim();
  if (ln.startsWith("@")) { const i = ln.indexOf(":"); meta[ln.slice(1, i)] = ln.slice(i + 1).trim(); continue; }
  if (!ln) continue;
  if (ln.startsWith("# ")) {
    doc.font("B").fontSize(15).text(ln.slice(2), { align: "center", width: W }); doc.moveDown(0.3);
  } else if (ln.startsWith("## ")) {
    doc.font("B").fontSize(12).text(ln.slice(3), { align: "center", width: W }); doc.moveDown(0.8);
  } else if (ln.startsWith("### ")) {
    doc.moveDown(0.3); doc.font("B").fontSize(11.5).text(ln.slice(4), { width: W }); doc.moveDown(0.3);
  } else {
    doc.font("R").fontSize(11).text(ln, { align: "justify", width: W, indent: 24, lineGap: 3 }); doc.moveDown(0.5);
  }
}

const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(range.start + i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#555555");
  doc.text(meta.header, 72, 40, { width: W, align: "center", lineBreak: false });
  doc.moveTo(72, 55).lineTo(72 + W, 55).lineWidth(0.5).strokeColor("#888888").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = bm;
  doc.fillColor("black");
}
doc.end();
