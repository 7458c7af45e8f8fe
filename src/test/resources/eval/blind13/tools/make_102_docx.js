// Builds report 102: a Word summary report of the protocol review meeting (npm "docx").
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
        WidthType, BorderStyle } = require("docx");

const out = process.argv[2] || path.join(__dirname, "..", "reports", "102_le_tan_tham_cap_nha_nuoc_2024.docx");
const P = (text, opts = {}) => new Paragraph({ spacing: { after: 120 }, alignment: opts.align || AlignmentType.JUSTIFIED,
  children: [new TextRun({ text, bold: !!opts.bold, italics: !!opts.italics, size: 26, font: "Times New Roman" })] });
const H = (text, level) => new Paragraph({ heading: level, spacing: { before: 200, after: 120 },
  children: [new TextRun({ text, font: "Times New Roman" })] });
const cell = (t, bold) => new TableCell({ width: { size: 3000, type: WidthType.DXA },
  children: [new Paragraph({ children: [new TextRun({ text: String(t), bold: !!bold, size: 24, font: "Times New Roman" })] })] });
const table = (head, rows) => new Table({ width: { size: 9000, type: WidthType.DXA },
  rows: [new TableRow({ tableHeader: true, children: head.map(h => cell(h, true)) }),
         ...rows.map(r => new TableRow({ children: r.map(c => cell(c)) }))] });

const children = [
  P("BỘ NGOẠI GIAO", { bold: true, align: AlignmentType.LEFT }),
  P("CỤC LỄ TÂN NHÀ NƯỚC", { bold: true, align: AlignmentType.LEFT }),
  H("BÁO CÁO TỔNG HỢP", HeadingLevel.TITLE),
  P("Hội nghị rút kinh nghiệm công tác lễ tân phục vụ chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Cộng hòa Indonesia", { bold: true, align: AlignmentType.CENTER }),
  H("1. Thông tin chung về Hội nghị", HeadingLevel.HEADING_1),
  P("Chiều 26/1/2024, tại Trụ sở Bộ Ngoại giao (số 1 Tôn Thất Đàm, Hà Nội), Cục Lễ tân Nhà nước tổ chức Hội nghị rút kinh nghiệm công tác lễ tân phục vụ chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Cộng hòa Indonesia Joko Widodo và Phu nhân, diễn ra từ ngày 11 đến ngày 13/1/2024."),
  P("Thứ trưởng Ngoại giao Đỗ Hùng Việt chủ trì Hội nghị. Tham dự có Cục trưởng Cục Lễ tân Nhà nước Phạm Thanh Bình, đại diện Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Bộ Tư lệnh Cảnh vệ (Bộ Công an), Bộ Tư lệnh Thủ đô Hà Nội, Sở Ngoại vụ Hà Nội, Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương và các đơn vị liên quan, tổng cộng 46 đại biểu."),
  H("2. Kết quả công tác phục vụ chuyến thăm", HeadingLevel.HEADING_1),
  P("Báo cáo do Cục trưởng Phạm Thanh Bình trình bày cho biết, đây là chuyến thăm cấp Nhà nước đầu tiên của một nguyên thủ nước ngoài tới Việt Nam trong năm 2024. Lễ đón chính thức được tổ chức sáng 12/1/2024 tại Phủ Chủ tịch, do Chủ tịch nước Võ Văn Thưởng chủ trì. Trong chương trình, Tổng thống Joko Widodo đã hội đàm với Chủ tịch nước, hội kiến Tổng Bí thư Nguyễn Phú Trọng, gặp Thủ tướng Chính phủ Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ, dự Diễn đàn Doanh nghiệp Việt Nam - Indonesia."),
  P("Công tác lễ tân được chuẩn bị từ sớm với 3 vòng khảo sát chung cùng phía Indonesia. Toàn bộ 9 hoạt động chính trong chương trình chính thức được thực hiện đúng nghi lễ, an toàn, trang trọng. Bạn đánh giá cao sự chu đáo của nước chủ nhà. Số liệu chính được tổng hợp tại Bảng 1."),
  P("Bảng 1. Một số số liệu phục vụ chuyến thăm", { italics: true, align: AlignmentType.CENTER }),
  table(["Hạng mục", "Số lượng", "Ghi chú"], [
    ["Thành viên đoàn chính thức", "14", "Gồm 5 bộ trưởng"],
    ["Doanh nghiệp tháp tùng", "42", ""],
    ["Phóng viên nước ngoài được cấp thẻ tác nghiệp", "63", "Chủ yếu từ Indonesia"],
    ["Xe phục vụ đoàn", "118", ""],
    ["Cán bộ lễ tân tham gia phục vụ", "30", "Cục Lễ tân Nhà nước và Sở Ngoại vụ Hà Nội"],
    ["Hoạt động chính trong chương trình", "9", ""],
    ["Văn kiện hợp tác được ký kết, trao đổi", "8", "Trong đó 3 bản ghi nhớ"],
  ]),
  P(""),
  P("Để so sánh, Bảng 2 tổng hợp khối lượng công tác lễ tân phục vụ hoạt động đối ngoại cấp cao của Cục trong năm 2023.", {}),
  P("Bảng 2. Khối lượng công tác lễ tân cấp cao năm 2023", { italics: true, align: AlignmentType.CENTER }),
  table(["Loại hoạt động", "Năm 2023", "So với năm 2022"], [
    ["Đoàn cấp cao nước ngoài thăm Việt Nam", "27", "tăng 9 đoàn"],
    ["Đoàn lãnh đạo cấp cao Việt Nam thăm nước ngoài", "31", "tăng 12 đoàn"],
    ["Hội nghị, sự kiện quốc tế cấp cao", "12", "tương đương"],
  ]),
  H("3. Ý kiến tại Hội nghị", HeadingLevel.HEADING_1),
  P("Phó Chủ nhiệm Văn phòng Chủ tịch nước Phạm Thanh Hà đánh giá cao sự phối hợp giữa các lực lượng, đồng thời lưu ý một số hoạt động trong ngày 12/1 bị chậm khoảng 12 phút so với kịch bản do thời gian hội đàm kéo dài, cần dự phòng thời gian hợp lý hơn giữa các hoạt động."),
  P("Đại diện Bộ Tư lệnh Cảnh vệ, Đại tá Nguyễn Văn Quân cho biết công tác bảo đảm an ninh, an toàn tuyệt đối; đề nghị thông tin danh sách đoàn và phương tiện được chuyển sớm hơn ít nhất 72 giờ để thuận lợi cho việc cấp phép."),
  P("Giám đốc Sở Ngoại vụ Hà Nội Lê Minh Thùy đề xuất số hóa quy trình cấp thẻ cho phóng viên, vì việc cấp thẻ thủ công cho 63 phóng viên nước ngoài đã gây ùn tắc tại Trung tâm báo chí vào tối 11/1."),
  P("Một số ý kiến cũng cho rằng việc bố trí phiên dịch tiếng Indonesia còn thiếu; trong lễ đón do trời mưa nhỏ, phương án che mưa cho đội danh dự được triển khai kịp thời nhưng cần bổ sung vào quy trình chuẩn."),
  H("4. Kết luận của Thứ trưởng Đỗ Hùng Việt", HeadingLevel.HEADING_1),
  P("Kết luận Hội nghị, Thứ trưởng Đỗ Hùng Việt biểu dương tinh thần trách nhiệm của các lực lượng, khẳng định chuyến thăm đã thành công tốt đẹp, góp phần đưa quan hệ Đối tác chiến lược Việt Nam - Indonesia đi vào chiều sâu. Thứ trưởng nhấn mạnh: \"Lễ tân là bộ mặt đầu tiên của quốc gia; mỗi phút chậm trễ, mỗi chi tiết sơ suất đều có thể ảnh hưởng đến hình ảnh đất nước\"."),
  P("Thứ trưởng giao Cục Lễ tân Nhà nước: (i) trong quý I/2024 hoàn thiện Quy trình chuẩn phục vụ chuyến thăm cấp Nhà nước; (ii) phối hợp với Sở Ngoại vụ Hà Nội triển khai hệ thống cấp thẻ phóng viên trực tuyến; (iii) xây dựng đội ngũ phiên dịch các ngôn ngữ hiếm; (iv) tổ chức tập huấn nghiệp vụ lễ tân cho các địa phương trước mùa hoạt động đối ngoại cao điểm."),
  P("Cục Lễ tân Nhà nước", { bold: true, align: AlignmentType.RIGHT }),
];
const doc = new Document({ creator: "Cuc Le tan Nha nuoc", title: "Bao cao tong hop hoi nghi rut kinh nghiem le tan",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{ properties: {}, children }] });
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log("wrote", out); });
