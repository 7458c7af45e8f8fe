// Builds reports/103_hoi_nghi_ngoai_giao_28.pdf from tools/hnng28.txt with the npm package "pdfkit".
// Usage: cd tools && node make_pdf.js
// Lines: "#TITLE ..." title, "#SUB ..." subtitle, "#H ..." heading, other lines = paragraphs.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const out = path.join(__dirname, "..", "reports", "103_hoi_nghi_ngoai_giao_28.pdf");
const lines = fs.readFileSync(path.join(__dirname, "hnng28.txt"), "utf8").split("\n").filter((l) => l.trim());

const doc = new PDFDocument({
  size: "A4",
  margins: { top: 72, bottom: 72, left: 64, right: 64 },
  bufferPages: true,
  info: { Title: "Hoi nghi Ngoai giao lan thu 28 - tai lieu tong hop", Author: "Trung tam Thong tin" },
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT);
doc.registerFont("B", FONT_B);

for (const l of lines) {
  if (l.startsWith("#TITLE ")) {
    doc.font("B").fontSize(15).text(l.slice(7), { align: "center" });
    doc.moveDown(0.3);
  } else if (l.startsWith("#SUB ")) {
    doc.font("R").fontSize(9.5).fillColor("#444").text(l.slice(5), { align: "center" });
    doc.fillColor("black").moveDown(0.8);
  } else if (l.startsWith("#H ")) {
    doc.moveDown(0.3);
    doc.font("B").fontSize(11.5).text(l.slice(3));
    doc.moveDown(0.2);
  } else {
    doc.font("R").fontSize(12).text(l, { align: "justify", lineGap: 4 });
    doc.moveDown(0.5);
  }
}

// running header and page footer on every page
const range = doc.bufferedPageRange();
const total = range.count;
for (let i = range.start; i < range.start + total; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#555");
  doc.text("BỘ NGOẠI GIAO - HỘI NGHỊ NGOẠI GIAO LẦN THỨ 28 (15-19/12/2014) - TÀI LIỆU TỔNG HỢP", 64, 36, {
    width: doc.page.width - 128, align: "center", lineBreak: false,
  });
  doc.moveTo(64, 50).lineTo(doc.page.width - 64, 50).strokeColor("#999").stroke();
  doc.moveTo(64, doc.page.height - 56).lineTo(doc.page.width - 64, doc.page.height - 56).stroke();
  doc.text("Tài liệu phục vụ nghiên cứu nội bộ", 64, doc.page.height - 48, { width: 250, align: "left", lineBreak: false });
  doc.text(`Trang ${i - range.start + 1}/${total}`, doc.page.width - 64 - 150, doc.page.height - 48, {
    width: 150, align: "right", lineBreak: false,
  });
  doc.page.margins.bottom = oldBottom;
}
doc.fillColor("black");
doc.end();
console.log("wrote", out, "pages:", total);
