// Builds reports/102_tong_ket_lanh_su_bao_ho_2024.docx with the npm "docx" package.
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType,
} = require("docx");

const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });
const H = (text, level) => new Paragraph({ text, heading: level, spacing: { before: 200, after: 120 } });
const B = (text) => new Paragraph({ text, bullet: { level: 0 } });

const rows = [
  ["Chỉ tiêu", "Năm 2023", "Năm 2024", "Tăng/giảm"],
  ["Hộ chiếu ngoại giao, công vụ đã cấp", "14.250", "16.870", "+18,4%"],
  ["Hồ sơ chứng nhận, hợp pháp hóa lãnh sự", "482.300", "531.600", "+10,2%"],
  ["Thị thực cấp tại các cơ quan đại diện", "215.400", "248.900", "+15,6%"],
  ["Vụ việc bảo hộ công dân đã xử lý", "3.120", "3.645", "+16,8%"],
  ["Công dân được hỗ trợ về nước", "1.870", "2.140", "+14,4%"],
  ["Ngư dân được bảo hộ", "312", "265", "-15,1%"],
];

const cell = (t, bold) => new TableCell({
  width: { size: 25, type: WidthType.PERCENTAGE },
  children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })],
});
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r, i) => new TableRow({ children: r.map((t) => cell(t, i === 0)) })),
});

const doc = new Document({
  creator: "Cục Lãnh sự - Bộ Ngoại giao",
  title: "Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2024",
  sections: [{
    children: [
      new Paragraph({ text: "Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2024, triển khai nhiệm vụ năm 2025", heading: HeadingLevel.TITLE }),
      P("Ngày 21/2/2025, tại Trụ sở Bộ Ngoại giao, số 1 Tôn Thất Đàm, Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2024, triển khai nhiệm vụ năm 2025. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối với 94 cơ quan đại diện Việt Nam ở nước ngoài.", { italics: true }),

      H("1. Thành phần tham dự", HeadingLevel.HEADING_1),
      P("Thứ trưởng Ngoại giao Phan Đức Thịnh chủ trì Hội nghị. Tham dự Hội nghị có khoảng 180 đại biểu tại điểm cầu chính, gồm lãnh đạo Cục Lãnh sự, Cục Quản trị tài vụ, Vụ Tổ chức cán bộ, Ủy ban Nhà nước về người Việt Nam ở nước ngoài; đại diện Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Bộ Tư pháp, Bộ Quốc phòng và một số địa phương có đông lao động đi làm việc ở nước ngoài."),
      P("Phó Cục trưởng Cục Quản lý xuất nhập cảnh (Bộ Công an) Vương Thị Hạnh tham dự và có tham luận về phối hợp xác minh nhân thân công dân. Cục trưởng Cục Lãnh sự Lê Hữu Phước trình bày báo cáo tổng kết."),

      H("2. Kết quả công tác năm 2024", HeadingLevel.HEADING_1),
      P("Theo báo cáo do Cục trưởng Lê Hữu Phước trình bày, năm 2024 khối lượng công việc lãnh sự tiếp tục tăng mạnh, phản ánh nhu cầu đi lại, học tập, lao động và du lịch ngày càng lớn của người dân. Tổng số hồ sơ lãnh sự các loại do Cục Lãnh sự, Sở Ngoại vụ TP Hồ Chí Minh và các cơ quan đại diện tiếp nhận tăng khoảng 12% so với năm 2023."),
      P("Việc chuyển đổi số được đẩy mạnh: Cổng dịch vụ công lãnh sự đã cung cấp 18 thủ tục trực tuyến toàn trình, tỷ lệ hồ sơ nộp trực tuyến đạt 68%, tăng 21 điểm phần trăm so với năm trước. Thời gian trả kết quả hợp pháp hóa lãnh sự trung bình giảm từ 3 ngày xuống còn 1,5 ngày làm việc."),
      P("Một số số liệu chính được tổng hợp tại bảng dưới đây:"),
      table,
      P("Nguồn: Báo cáo tổng kết của Cục Lãnh sự, tháng 2/2025.", { italics: true }),
      P("Về bảo hộ công dân, năm 2024 các cơ quan đại diện và Cục Lãnh sự đã xử lý 3.645 vụ việc, trong đó có nhiều vụ việc phức tạp liên quan đến công dân bị lừa đi làm việc trái phép tại các cơ sở lừa đảo trực tuyến, tai nạn giao thông, thiên tai và xung đột. Đáng chú ý, đã phối hợp đưa 2.140 công dân về nước an toàn. Số ngư dân được bảo hộ giảm còn 265 người, phản ánh hiệu quả của công tác tuyên truyền và phối hợp với các địa phương ven biển."),
      P("Báo cáo cũng nêu một số tồn tại: nhân lực làm công tác lãnh sự tại một số cơ quan đại diện còn mỏng; cơ chế chia sẻ dữ liệu giữa các bộ, ngành chưa đồng bộ; kinh phí cho Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài còn hạn chế so với nhu cầu."),

      H("3. Ý kiến tại Hội nghị", HeadingLevel.HEADING_1),
      P("Tham luận tại Hội nghị, Phó Cục trưởng Vương Thị Hạnh cho biết năm 2024 Cục Quản lý xuất nhập cảnh đã phối hợp với Bộ Ngoại giao xác minh nhân thân cho hơn 4.000 trường hợp, rút ngắn thời gian xác minh từ 10 ngày xuống còn 5 ngày. Bà đề nghị sớm kết nối Cổng dịch vụ công lãnh sự với Cơ sở dữ liệu quốc gia về dân cư."),
      P("Đại sứ Việt Nam tại Malaysia Tôn Thất Huy, phát biểu từ điểm cầu Kuala Lumpur, chia sẻ kinh nghiệm thiết lập đường dây nóng bảo hộ công dân hoạt động 24/7 và mạng lưới cộng tác viên trong cộng đồng. Theo Đại sứ, riêng năm 2024, đường dây nóng của Đại sứ quán đã tiếp nhận hơn 2.600 cuộc gọi."),
      P("Kết luận Hội nghị, Thứ trưởng Phan Đức Thịnh biểu dương những nỗ lực của đội ngũ cán bộ làm công tác lãnh sự, bảo hộ công dân trong và ngoài nước. \"Bảo hộ công dân không chỉ là nghiệp vụ mà là mệnh lệnh từ trái tim. Ở đâu có công dân Việt Nam gặp nạn, ở đó phải có sự hiện diện của Nhà nước\", Thứ trưởng nhấn mạnh."),
      P("Thứ trưởng lưu ý tình hình thế giới năm 2025 được dự báo tiếp tục có nhiều biến động, xung đột và thiên tai khó lường; số lượng công dân ra nước ngoài dự kiến tiếp tục tăng, đòi hỏi công tác lãnh sự phải chủ động hơn, nhanh hơn và chuyên nghiệp hơn."),

      H("4. Nhiệm vụ trọng tâm năm 2025", HeadingLevel.HEADING_1),
      P("Thứ trưởng Phan Đức Thịnh giao Cục Lãnh sự chủ trì, phối hợp với các đơn vị triển khai năm nhiệm vụ trọng tâm:"),
      B("Hoàn thiện hồ sơ đề xuất xây dựng Luật Bảo hộ công dân, trình Chính phủ trong năm 2025;"),
      B("Nâng tỷ lệ hồ sơ lãnh sự nộp trực tuyến lên ít nhất 80% và kết nối với Cơ sở dữ liệu quốc gia về dân cư;"),
      B("Xây dựng kịch bản ứng phó và sơ tán công dân tại các địa bàn có nguy cơ xung đột, thiên tai;"),
      B("Tăng cường tuyên truyền, cảnh báo người dân về các thủ đoạn tuyển dụng lao động lừa đảo ra nước ngoài;"),
      B("Tổ chức tập huấn nghiệp vụ lãnh sự cho ít nhất 150 cán bộ trước khi đi nhiệm kỳ."),

      H("5. Khen thưởng", HeadingLevel.HEADING_1),
      P("Tại Hội nghị, Thứ trưởng Phan Đức Thịnh đã trao Bằng khen của Bộ trưởng Bộ Ngoại giao cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác lãnh sự và bảo hộ công dân năm 2024, trong đó có Đại sứ quán Việt Nam tại Malaysia và Tổng Lãnh sự quán Việt Nam tại Osaka."),
      P("Hội nghị kết thúc cùng ngày."),
    ],
  }],
});

const out = path.join(__dirname, "..", "reports", "102_tong_ket_lanh_su_bao_ho_2024.docx");
Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(out, buf); console.log("wrote", out); });
