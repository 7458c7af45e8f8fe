// Typeset "Bản tin Đối ngoại số 02/2021" as an A4 PDF with pdfkit and DejaVu fonts.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const out = process.argv[2];
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf";
const SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

const raw = fs.readFileSync(path.join(__dirname, "src", "103_bantin.txt"), "utf8")
  .split("\n").filter((l) => !l.startsWith("# ")).join("\n");
const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);

const doc = new PDFDocument({ size: "A4", bufferPages: true, autoFirstPage: false,
  margins: { top: 85, bottom: 80, left: 70, right: 70 },
  info: { Title: "Tổng kết Năm Chủ tịch ASEAN 2020", Author: "Bộ Ngoại giao - Bản tin Đối ngoại", Subject: "Bản tin Đối ngoại số 02/2021" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("serif", FONT); doc.registerFont("serif-b", FONT_B);
doc.registerFont("serif-i", FONT_I); doc.registerFont("sans-b", SANS_B);
doc.addPage();

// Headline block
doc.font("sans-b").fontSize(9).fillColor("#8a1c1c").text("TIN HOẠT ĐỘNG", { characterSpacing: 1 });
doc.moveDown(0.3);
doc.font("sans-b").fontSize(19).fillColor("#000")
  .text("Tổng kết Năm Chủ tịch ASEAN 2020: Việt Nam “gắn kết và chủ động thích ứng”", { lineGap: 2 });
doc.moveDown(0.4);
doc.font("serif-i").fontSize(9.5).fillColor("#444").text("Hà Nội, 21/01/2021 — Ban Biên tập Bản tin Đối ngoại");
doc.moveDown(0.8);

for (const b of blocks) {
  if (b.startsWith("## ")) {
    doc.moveDown(0.4);
    doc.font("serif-b").fontSize(12.5).fillColor("#000").text(b.slice(3));
    doc.moveDown(0.3);
  } else {
    doc.font("serif").fontSize(11.5).fillColor("#000")
      .text(b.replace(/\s*\n\s*/g, " "), { align: "justify", lineGap: 3.2, indent: 18 });
    doc.moveDown(0.55);
  }
}

// Running header and "Trang x/y" footer on every page.
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const w = doc.page.width, m = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }; // allow drawing in margins
  doc.font("serif-b").fontSize(8.5).fillColor("#333")
    .text("BỘ NGOẠI GIAO · BẢN TIN ĐỐI NGOẠI SỐ 02/2021", m.left, 40, { width: w - m.left - m.right, align: "left", lineBreak: false });
  doc.font("serif-i").fontSize(8.5)
    .text("Lưu hành nội bộ", m.left, 40, { width: w - m.left - m.right, align: "right", lineBreak: false });
  doc.moveTo(m.left, 55).lineTo(w - m.right, 55).lineWidth(0.6).strokeColor("#8a1c1c").stroke();
  doc.font("serif").fontSize(9).fillColor("#333")
    .text(`Trang ${i + 1}/${range.count}`, m.left, doc.page.height - 50, { width: w - m.left - m.right, align: "center", lineBreak: false });
  doc.page.margins = m;
}
doc.end();
console.log("wrote", out, "pages:", range.count);
