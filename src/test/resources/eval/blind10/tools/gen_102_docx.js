// Build the Consular Department press-information note as a Word document (npm "docx").
const fs = require("fs");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, BorderStyle, Header, Footer, PageNumber, ShadingType,
} = require("docx");

const out = process.argv[2];
const F = "Times New Roman";
const p = (text, opts = {}) => new Paragraph({
  spacing: { after: 120, line: 300 }, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 },
  children: [new TextRun({ text, font: F, size: 26, ...opts })],
});
const h2 = (text) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 },
  children: [new TextRun({ text, font: F, size: 26, bold: true })] });
const caption = (text) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160, after: 80 },
  children: [new TextRun({ text, font: F, size: 24, bold: true, italics: true })] });
const note = (text) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 60, after: 160 },
  children: [new TextRun({ text, font: F, size: 20, italics: true })] });

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };
function table(header, rows, widths) {
  const cell = (t, i, head, last) => new TableCell({
    borders, width: { size: widths[i], type: WidthType.DXA },
    shading: head ? { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } : undefined,
    children: [new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
      children: [new TextRun({ text: t, font: F, size: 24, bold: head || last })] })],
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((t, i) => cell(t, i, true, false)) }),
      ...rows.map((r, ri) => new TableRow({ children: r.map((t, i) => cell(t, i, false, ri === rows.length - 1 && r[0].startsWith("Tổng"))) })),
    ],
  });
}

// Letterhead: two-column borderless table, as the Department's Word template does it.
const nob = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const nobs = { top: nob, bottom: nob, left: nob, right: nob };
const lh = (lines, w) => new TableCell({ borders: nobs, width: { size: w, type: WidthType.DXA },
  children: lines.map(([t, o]) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, font: F, size: 26, ...o })] })) });
const letterhead = new Table({ width: { size: 9360, type: WidthType.DXA }, rows: [new TableRow({ children: [
  lh([["BỘ NGOẠI GIAO", {}], ["CỤC LÃNH SỰ", { bold: true }]], 4000),
  lh([["", {}], ["Hà Nội, ngày 16 tháng 12 năm 2022", { italics: true }]], 5360),
] })] });

const children = [
  letterhead,
  new Paragraph({ spacing: { before: 360 }, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: "THÔNG TIN BÁO CHÍ", font: F, size: 32, bold: true })] }),
  new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { after: 240 },
    children: [new TextRun({ text: "Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân giai đoạn 2020–2022", font: F, size: 28, bold: true })] }),

  h2("I. Thông tin chung"),
  p("Ngày 15/12/2022, tại Học viện Ngoại giao (69 Chùa Láng, Hà Nội), Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân giai đoạn 2020–2022 theo hình thức trực tiếp kết hợp trực tuyến với 94 cơ quan đại diện Việt Nam ở nước ngoài. Thứ trưởng Ngoại giao Trịnh Quốc Bảo chủ trì Hội nghị."),
  p("Tham dự Hội nghị có đại diện Bộ Công an, Bộ Y tế, Bộ Giao thông vận tải, Bộ Lao động – Thương binh và Xã hội, Cục Hàng không Việt Nam, Tổng công ty Hàng không Việt Nam (Vietnam Airlines) cùng khoảng 180 đại biểu là cán bộ làm công tác lãnh sự trong và ngoài nước. Cục trưởng Cục Lãnh sự Ngô Trọng Tín trình bày báo cáo tổng kết."),

  h2("II. Kết quả nổi bật giai đoạn 2020–2022"),
  p("Báo cáo nêu rõ giai đoạn 2020–2022 là thời kỳ công tác bảo hộ công dân chịu áp lực chưa từng có do đại dịch COVID-19 và xung đột ở một số khu vực. Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Ngoại giao đã chủ trì, phối hợp với các bộ, ngành tổ chức 800 chuyến bay đưa hơn 200.000 công dân từ 63 quốc gia và vùng lãnh thổ về nước an toàn. Kết quả theo từng địa bàn được tổng hợp tại Bảng 1."),
  caption("Bảng 1. Kết quả bảo hộ công dân theo địa bàn, giai đoạn 2020–2022"),
  table(["Địa bàn", "Vụ việc bảo hộ đã xử lý", "Công dân được đưa về nước", "Số chuyến bay"], [
    ["Châu Á – Thái Bình Dương", "4.862", "118.540", "512"],
    ["Châu Âu", "1.937", "41.205", "168"],
    ["Châu Mỹ", "845", "22.310", "71"],
    ["Trung Đông – châu Phi", "1.204", "19.876", "49"],
    ["Tổng cộng", "8.848", "201.931", "800"],
  ], [3360, 2000, 2200, 1800]),
  note("Nguồn: Cục Lãnh sự tổng hợp từ báo cáo của các cơ quan đại diện, số liệu đến ngày 30/11/2022."),
  p("Khi xung đột bùng phát tại Ukraine cuối tháng 2/2022, các cơ quan đại diện tại Ukraine và các nước láng giềng đã hỗ trợ sơ tán hơn 6.000 công dân; 294 người có nguyện vọng được đưa về nước trên 4 chuyến bay miễn phí. Trong năm 2022, các cơ quan chức năng cũng đã giải cứu, tiếp nhận hơn 1.600 công dân bị lừa đi lao động tại Campuchia."),
  p("Công tác cấp giấy tờ lãnh sự tiếp tục được duy trì thông suốt, kể cả trong thời gian giãn cách. Từ ngày 1/7/2022, các cơ quan đại diện bắt đầu cấp hộ chiếu mẫu mới. Tổng đài bảo hộ công dân (+84 981 84 84 84) đã tiếp nhận hơn 42.000 cuộc gọi trong cả giai đoạn."),
  caption("Bảng 2. Giấy tờ lãnh sự do các cơ quan đại diện cấp"),
  table(["Năm", "Hộ chiếu", "Thị thực", "Hợp pháp hóa, chứng nhận lãnh sự"], [
    ["2020", "142.300", "38.650", "96.120"],
    ["2021", "156.780", "21.400", "104.560"],
    ["2022", "210.450", "187.900", "131.270"],
  ], [1800, 2200, 2200, 3160]),

  h2("III. Ý kiến tại Hội nghị"),
  p("Đại sứ Việt Nam tại Ba Lan Đinh Quang Tuấn chia sẻ kinh nghiệm tiếp nhận công dân sơ tán từ Ukraine qua cửa khẩu biên giới và đề xuất xây dựng cơ chế sử dụng Quỹ bảo hộ công dân linh hoạt hơn trong tình huống khẩn cấp."),
  p("Đại sứ Việt Nam tại Campuchia Lưu Văn Thịnh kiến nghị tăng cường phối hợp với Bộ Công an và các cơ quan truyền thông để cảnh báo sớm thủ đoạn tuyển dụng “việc nhẹ, lương cao”, ngăn chặn tình trạng công dân bị lừa sang làm việc cho các cơ sở cờ bạc, lừa đảo trực tuyến."),
  p("Phó Cục trưởng Cục Quản lý xuất nhập cảnh (Bộ Công an) Phạm Đăng Khoa thông tin về lộ trình cấp hộ chiếu gắn chíp điện tử, trong khi Phó Tổng giám đốc Vietnam Airlines Đặng Anh Tuấn nhìn lại quá trình phối hợp tổ chức các chuyến bay đặc biệt trong đại dịch."),

  h2("IV. Kết luận của Thứ trưởng Trịnh Quốc Bảo"),
  p("Kết luận Hội nghị, Thứ trưởng Trịnh Quốc Bảo đánh giá cao tinh thần trách nhiệm của đội ngũ cán bộ lãnh sự, nhấn mạnh: “Bảo hộ công dân không có giờ hành chính”. Thứ trưởng yêu cầu trong thời gian tới tập trung vào bốn nhiệm vụ:"),
  p("Một là, hoàn thiện thể chế, nghiên cứu đề xuất xây dựng Luật Lãnh sự. Hai là, đẩy mạnh số hóa, mở rộng dịch vụ công trực tuyến trong lĩnh vực lãnh sự. Ba là, chủ động cảnh báo sớm và xây dựng kịch bản sơ tán công dân tại các địa bàn có nguy cơ xung đột, thiên tai. Bốn là, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác lãnh sự, nhất là cán bộ trẻ."),
  p("Cũng tại Hội nghị, Bộ Ngoại giao đã trao Bằng khen của Bộ trưởng Bộ Ngoại giao cho 26 tập thể và 31 cá nhân có thành tích xuất sắc trong công tác bảo hộ công dân giai đoạn 2020–2022."),
  new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: "CỤC LÃNH SỰ – BỘ NGOẠI GIAO", font: F, size: 24, bold: true })] }),
];

const doc = new Document({
  creator: "Cục Lãnh sự",
  title: "Thông tin báo chí Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân 2020-2022",
  description: "Tài liệu phát cho phóng viên",
  styles: { default: { document: { run: { font: F, size: 26 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: "Cục Lãnh sự – Thông tin báo chí", font: F, size: 18, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ font: F, size: 18, children: ["Trang ", PageNumber.CURRENT] })] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(out, buf); console.log("wrote", out); });
