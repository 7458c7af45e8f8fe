// Builds the Word report (102) with the `docx` package.
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell, WidthType, BorderStyle } = require('docx');
const out = process.argv[2] || '../reports/102_bao-cao-hoi-nghi-tong-ket-cong-tac-pcpnn-2023.docx';

const P = (t, o = {}) => new Paragraph({ spacing: { after: 120 }, alignment: o.align || AlignmentType.JUSTIFIED, children: [new TextRun({ text: t, bold: o.bold, italics: o.italics, size: o.size || 26, font: 'Times New Roman' })] });
const H = (t, lvl) => new Paragraph({ heading: lvl, spacing: { before: 200, after: 120 }, children: [new TextRun({ text: t, font: 'Times New Roman', bold: true })] });
const cell = (t, head) => new TableCell({ width: { size: 2200, type: WidthType.DXA }, children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.RIGHT, children: [new TextRun({ text: t, bold: !!head, size: 24, font: 'Times New Roman' })] })] });
const table = (rows) => new Table({ width: { size: 9000, type: WidthType.DXA }, rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c, j) => i === 0 ? cell(c, true) : (j === 0 && isNaN(parseFloat(c)) ? new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, size: 24, font: 'Times New Roman' })] })] }) : cell(c))) })) });

const children = [
  P('BỘ NGOẠI GIAO', { bold: true, align: AlignmentType.LEFT }),
  P('ỦY BAN CÔNG TÁC VỀ CÁC TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI', { bold: true, align: AlignmentType.LEFT, size: 22 }),
  P('Hà Nội, ngày 26 tháng 12 năm 2023', { italics: true, align: AlignmentType.RIGHT }),
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BÁO CÁO TÓM TẮT', bold: true, font: 'Times New Roman' })] }),
  P('Hội nghị tổng kết công tác về các tổ chức phi chính phủ nước ngoài năm 2023 và triển khai phương hướng năm 2024', { bold: true, align: AlignmentType.CENTER }),
  H('I. THÔNG TIN CHUNG', HeadingLevel.HEADING_1),
  P('Ngày 21/12/2023, tại Hội trường A, Trụ sở Bộ Ngoại giao, số 2 Lê Quang Đạo, Hà Nội, Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài (PCPNN) tổ chức Hội nghị tổng kết công tác về các tổ chức PCPNN năm 2023 và triển khai phương hướng năm 2024 theo hình thức trực tiếp kết hợp trực tuyến.'),
  P('Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt, Chủ nhiệm Ủy ban Công tác về các tổ chức PCPNN, chủ trì Hội nghị. Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Phan Anh Sơn đồng chủ trì. Tham dự Hội nghị có khoảng 180 đại biểu, đại diện 35 bộ, ngành, cơ quan Trung ương và 47 tỉnh, thành phố, cùng đại diện một số tổ chức PCPNN đang hoạt động tại Việt Nam.'),
  H('II. KẾT QUẢ CÔNG TÁC NĂM 2023', HeadingLevel.HEADING_1),
  P('Ông Nguyễn Ngọc Hùng, Phó Chủ tịch kiêm Tổng Thư ký VUFO, trình bày báo cáo tổng kết. Năm 2023, việc triển khai Nghị định 58/2022/NĐ-CP về đăng ký và quản lý hoạt động của tổ chức PCPNN tại Việt Nam tiếp tục đi vào nề nếp. Tổng giá trị giải ngân viện trợ của các tổ chức PCPNN đạt 294,6 triệu USD, tăng 14,6% so với năm 2022, thông qua hơn 700 dự án và phi dự án. Hiện có 508 tổ chức PCPNN có giấy đăng ký hoạt động còn hiệu lực; trong năm, 27 tổ chức được cấp mới giấy đăng ký.'),
  H('1. Giá trị giải ngân giai đoạn 2019-2023', HeadingLevel.HEADING_2),
  P('Bảng 1. Giá trị giải ngân viện trợ PCPNN và số tổ chức, dự án giai đoạn 2019-2023', { italics: true, align: AlignmentType.CENTER }),
  table([
    ['Năm', 'Giải ngân (triệu USD)', 'Số tổ chức có giấy đăng ký', 'Số dự án, phi dự án'],
    ['2019', '290,1', '525', '846'],
    ['2020', '232,4', '512', '655'],
    ['2021', '225,8', '498', '631'],
    ['2022', '257,1', '503', '688'],
    ['2023', '294,6', '508', '712'],
  ]),
  P('Nguồn: Ban Điều phối viện trợ nhân dân (PACCOM), VUFO.', { italics: true, size: 22 }),
  H('2. Cơ cấu viện trợ theo lĩnh vực năm 2023', HeadingLevel.HEADING_2),
  P('Bảng 2. Cơ cấu giá trị giải ngân theo lĩnh vực', { italics: true, align: AlignmentType.CENTER }),
  table([
    ['Lĩnh vực', 'Tỷ trọng (%)'],
    ['Y tế', '27,3'],
    ['Giáo dục - đào tạo', '18,5'],
    ['Phát triển kinh tế - xã hội', '16,2'],
    ['Ứng phó biến đổi khí hậu, môi trường', '14,1'],
    ['Khắc phục hậu quả bom mìn', '9,6'],
    ['Lĩnh vực khác', '14,3'],
  ]),
  P('Y tế tiếp tục là lĩnh vực nhận viện trợ lớn nhất. Các khoản viện trợ tập trung vào các tỉnh miền núi phía Bắc, Tây Nguyên và miền Trung, hướng tới các nhóm dễ bị tổn thương như trẻ em, phụ nữ, người khuyết tật và đồng bào dân tộc thiểu số.'),
  H('III. Ý KIẾN TẠI HỘI NGHỊ', HeadingLevel.HEADING_1),
  P('Bà Nguyễn Thị Kim Chi, Giám đốc Sở Ngoại vụ tỉnh Quảng Trị, cho biết năm 2023 tỉnh tiếp nhận 38,7 triệu USD viện trợ PCPNN, dẫn đầu cả nước, chủ yếu cho rà phá bom mìn và hỗ trợ nạn nhân. Bà đề nghị đơn giản hóa thủ tục phê duyệt các khoản viện trợ nhỏ dưới 2 tỷ đồng.'),
  P('Đại tá Lê Quang Thịnh, Phó Cục trưởng Cục An ninh đối ngoại, Bộ Công an, đề nghị tăng cường chia sẻ thông tin giữa các cơ quan chủ quản và cơ quan an ninh trong quản lý hoạt động của các tổ chức PCPNN tại địa bàn.'),
  P('Bà Sarah Whitfield, Giám đốc quốc gia Tổ chức Hỗ trợ phát triển cộng đồng Bắc Âu (NCDA), đại diện các tổ chức PCPNN, đánh giá cao sự hỗ trợ của các cơ quan Việt Nam và mong muốn thời gian gia hạn giấy đăng ký được rút ngắn. Bà nói: “Việt Nam là một trong những nơi chúng tôi nhìn thấy rõ nhất hiệu quả của từng đồng viện trợ”.'),
  P('Đồng chủ trì Hội nghị, Chủ tịch VUFO Phan Anh Sơn nhấn mạnh vai trò của các tổ chức PCPNN như “nhịp cầu hữu nghị” giữa nhân dân Việt Nam và nhân dân các nước, đề nghị các địa phương coi vận động viện trợ PCPNN là một nhiệm vụ của công tác đối ngoại nhân dân.'),
  H('IV. PHƯƠNG HƯỚNG NĂM 2024', HeadingLevel.HEADING_1),
  P('Kết luận Hội nghị, Thứ trưởng Đỗ Hùng Việt đánh giá công tác PCPNN năm 2023 đạt nhiều kết quả, vừa thu hút nguồn lực vừa bảo đảm an ninh, trật tự. Thứ trưởng yêu cầu năm 2024 tập trung vào 5 nhóm nhiệm vụ:'),
  P('(1) Tổng kết, đề xuất sửa đổi, bổ sung Nghị định 58/2022/NĐ-CP cho phù hợp với thực tiễn;'),
  P('(2) Đẩy mạnh vận động viện trợ cho các lĩnh vực y tế, giáo dục, ứng phó biến đổi khí hậu và khắc phục hậu quả bom mìn;'),
  P('(3) Hoàn thiện cơ sở dữ liệu số về các tổ chức PCPNN, kết nối giữa Trung ương và địa phương;'),
  P('(4) Tăng cường phối hợp quản lý, bảo đảm an ninh, trật tự;'),
  P('(5) Tập huấn cho cán bộ làm công tác PCPNN tại các địa phương.'),
  P('Thứ trưởng Đỗ Hùng Việt đặt mục tiêu giá trị giải ngân năm 2024 đạt khoảng 300 triệu USD. Tại Hội nghị, Bộ trưởng Bộ Ngoại giao đã tặng Bằng khen cho 15 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác PCPNN năm 2023.'),
  P('BAN THƯ KÝ ỦY BAN CÔNG TÁC VỀ CÁC TỔ CHỨC PCPNN', { bold: true, align: AlignmentType.RIGHT }),
];

const doc = new Document({ creator: 'PACCOM', title: 'Báo cáo tóm tắt Hội nghị tổng kết công tác PCPNN 2023', styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } }, sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }] });
Packer.toBuffer(doc).then(b => { fs.writeFileSync(out, b); console.log('wrote', out); });
