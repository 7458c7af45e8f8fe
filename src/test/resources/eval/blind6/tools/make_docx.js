// Builds reports/102_so_ket_6_thang_2017.docx with the npm package "docx".
// Usage: cd tools && node make_docx.js
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType,
  Table, TableRow, TableCell, WidthType, BorderStyle,
} = require("docx");

const FONT = "Times New Roman";
const p = (text, opts = {}) =>
  new Paragraph({
    alignment: opts.align || AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun({ text, font: FONT, size: 26, bold: !!opts.bold, italics: !!opts.italic })],
  });

const cell = (text, bold = false) =>
  new TableCell({
    width: { size: 25, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: 22, bold })] })],
  });

const rows = [
  ["Lĩnh vực", "Chỉ tiêu", "6 tháng đầu năm 2017", "Cùng kỳ năm 2016"],
  ["Đối ngoại cấp cao", "Chuyến thăm cấp cao ra nước ngoài", "14", "11"],
  ["Đối ngoại cấp cao", "Đoàn cấp cao nước ngoài thăm Việt Nam", "21", "17"],
  ["Năm APEC 2017", "Hội nghị, sự kiện APEC đã tổ chức", "97", "Không áp dụng"],
  ["Hợp tác quốc tế", "Văn kiện, thỏa thuận hợp tác được ký kết", "112", "86"],
  ["Bảo hộ công dân", "Vụ việc bảo hộ công dân được xử lý", "3.650", "3.120"],
  ["Bảo hộ công dân", "Ngư dân bị nước ngoài bắt giữ được hỗ trợ về nước", "289", "341"],
  ["Lãnh sự", "Hộ chiếu ngoại giao, công vụ được cấp", "15.400", "14.900"],
];

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => cell(c, i === 0)) })),
});

const body = [
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: "BỘ NGOẠI GIAO - TỔ THÔNG TIN VĂN PHÒNG BỘ", font: FONT, size: 24, bold: true })],
  }),
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text: "TIN HOẠT ĐỘNG (dùng cho bản tin nội bộ và Cổng thông tin điện tử)", font: FONT, size: 22, italics: true })],
  }),
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: "Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2017: Dồn sức cho Năm APEC", font: FONT, size: 30, bold: true })],
  }),
  p("Hà Nội, ngày 14/7/2017 - Sáng nay, tại trụ sở Bộ Ngoại giao, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2017. Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì Hội nghị. Tham dự có các Thứ trưởng Bùi Thanh Sơn, Lê Hoài Trung, Hà Kim Ngọc, Nguyễn Quốc Cường cùng hơn 200 cán bộ chủ chốt là thủ trưởng, cấp phó các vụ, cục, đơn vị trong Bộ.", { bold: false }),
  p("Trình bày báo cáo sơ kết, Thứ trưởng Lê Hoài Trung cho biết 6 tháng đầu năm 2017, tình hình thế giới và khu vực tiếp tục biến động nhanh, khó lường, nổi bật là xu hướng bảo hộ thương mại gia tăng và những điều chỉnh chính sách của một số nước lớn. Trong bối cảnh đó, ngành Ngoại giao đã triển khai đồng bộ các nhiệm vụ theo tinh thần Nghị quyết Hội nghị Ngoại giao lần thứ 29, góp phần giữ vững môi trường hòa bình, ổn định và tranh thủ nguồn lực bên ngoài cho phát triển."),
  p("Hoạt động đối ngoại cấp cao diễn ra sôi động, với các chuyến thăm quan trọng như chuyến thăm chính thức Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng hồi tháng 1, chuyến thăm Trung Quốc và dự Diễn đàn Vành đai và Con đường của Chủ tịch nước Trần Đại Quang hồi tháng 5, và chuyến thăm chính thức Hoa Kỳ của Thủ tướng Nguyễn Xuân Phúc cuối tháng 5. Thủ tướng Nguyễn Xuân Phúc là nhà lãnh đạo Đông Nam Á đầu tiên được Tổng thống Donald Trump đón tiếp tại Nhà Trắng, qua đó các doanh nghiệp hai nước đã ký kết các hợp đồng thương mại trị giá khoảng 15 tỷ USD."),
  p("Với vai trò nước chủ nhà Năm APEC 2017, Việt Nam đã tổ chức thành công Hội nghị Quan chức cao cấp APEC lần thứ nhất (SOM 1) tại Nha Trang, SOM 2 và Hội nghị Bộ trưởng Thương mại APEC (MRT) tại Hà Nội, cùng nhiều hội nghị chuyên ngành. Báo cáo đánh giá công tác bảo vệ chủ quyền biển, đảo được triển khai kiên quyết, kiên trì; công tác bảo hộ công dân, nhất là hỗ trợ ngư dân bị nước ngoài bắt giữ, được thực hiện kịp thời. Một số kết quả chủ yếu được tổng hợp tại Bảng 1 dưới đây."),
  new Paragraph({
    spacing: { before: 120, after: 80 },
    children: [new TextRun({ text: "Bảng 1. Một số kết quả chủ yếu của ngành Ngoại giao 6 tháng đầu năm 2017", font: FONT, size: 24, bold: true })],
  }),
  table,
  new Paragraph({
    spacing: { before: 80, after: 160 },
    children: [new TextRun({ text: "Nguồn: Báo cáo sơ kết 6 tháng đầu năm 2017 do Văn phòng Bộ tổng hợp từ số liệu của các đơn vị.", font: FONT, size: 20, italics: true })],
  }),
  p("Thứ trưởng Bùi Thanh Sơn, Chủ tịch các cuộc họp Quan chức cao cấp APEC 2017, báo cáo tiến độ chuẩn bị Tuần lễ Cấp cao APEC diễn ra vào tháng 11/2017 tại thành phố Đà Nẵng. Theo Thứ trưởng, công tác chuẩn bị nội dung đã hoàn thành khoảng 70%, trong đó chủ đề năm APEC \"Tạo động lực mới, cùng vun đắp tương lai chung\" nhận được sự ủng hộ rộng rãi của các nền kinh tế thành viên. Thứ trưởng đề nghị các đơn vị sớm hoàn tất phương án lễ tân, an ninh và thông tin tuyên truyền, bảo đảm Tuần lễ Cấp cao diễn ra an toàn, trọng thị."),
  p("Thảo luận tại Hội nghị, Vụ trưởng Vụ Biển Đông (Ủy ban Biên giới quốc gia) đề xuất tăng cường phối hợp liên ngành trong xử lý các vụ việc ngư dân bị bắt giữ; đại diện Cục Lãnh sự kiến nghị bổ sung nhân lực cho các cơ quan đại diện tại những địa bàn có đông lao động Việt Nam. Các ý kiến cũng nhất trí cho rằng số vụ việc ngư dân bị bắt giữ đã giảm so với cùng kỳ, song vẫn diễn biến phức tạp."),
  p("Phát biểu kết luận, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh biểu dương tinh thần trách nhiệm của tập thể cán bộ, công chức toàn ngành. Phó Thủ tướng nhấn mạnh APEC 2017 là \"phép thử\" về năng lực tổ chức và bản lĩnh của ngành Ngoại giao, đồng thời yêu cầu 6 tháng cuối năm tập trung 4 trọng tâm: một là, tổ chức thành công Tuần lễ Cấp cao APEC 2017 tại Đà Nẵng; hai là, chuẩn bị chu đáo các hoạt động đối ngoại cấp cao và các sự kiện của Năm Đoàn kết hữu nghị Việt Nam - Lào 2017, kỷ niệm 55 năm thiết lập quan hệ ngoại giao hai nước; ba là, kiên quyết, kiên trì đấu tranh bảo vệ chủ quyền biển, đảo, làm tốt công tác bảo hộ ngư dân; bốn là, đẩy mạnh xây dựng ngành, siết chặt kỷ luật, kỷ cương và cải cách thủ tục hành chính trong lĩnh vực lãnh sự."),
  p("Phó Thủ tướng cũng lưu ý các đơn vị không để xảy ra sai sót về lễ tân, an ninh trong các hoạt động đón tiếp khách cấp cao, coi đây là yêu cầu xuyên suốt của năm 2017. Dịp này, Bộ trưởng trao Bằng khen cho 15 tập thể và 32 cá nhân có thành tích xuất sắc trong công tác chuẩn bị và tổ chức các hội nghị APEC 6 tháng đầu năm."),
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: "Tổ Thông tin - Văn phòng Bộ", font: FONT, size: 24, bold: true, italics: true })],
  }),
];

const doc = new Document({
  creator: "To Thong tin - Van phong Bo",
  title: "So ket cong tac 6 thang dau nam 2017 - Bo Ngoai giao",
  sections: [{ children: body }],
});

Packer.toBuffer(doc).then((buf) => {
  const out = path.join(__dirname, "..", "reports", "102_so_ket_6_thang_2017.docx");
  fs.writeFileSync(out, buf);
  console.log("wrote", out, buf.length, "bytes");
});
