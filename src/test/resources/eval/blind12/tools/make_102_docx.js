// Build reports/102_tong_ket_cong_tac_lanh_su_2023.docx with the npm "docx" package.
// A Word summary note typed by the Consular Department's office after its annual review conference.
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, BorderStyle, Header, Footer, PageNumber, LevelFormat, ShadingType,
} = require('docx');

const OUT = path.join(__dirname, '..', 'reports', '102_tong_ket_cong_tac_lanh_su_2023.docx');
const FONT = 'Times New Roman';

const p = (text, opts = {}) => new Paragraph({
  alignment: opts.align || AlignmentType.JUSTIFIED,
  spacing: { after: 120, line: 300 },
  indent: opts.noIndent ? undefined : { firstLine: 567 },
  children: [new TextRun({ text, font: FONT, size: 26, bold: opts.bold, italics: opts.italics })],
});
const h1 = (text) => new Paragraph({
  heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
  children: [new TextRun({ text, font: FONT, size: 28, bold: true, color: '000000' })],
});
const num = (text) => new Paragraph({
  numbering: { reference: 'nhiemvu', level: 0 }, alignment: AlignmentType.JUSTIFIED,
  spacing: { after: 80, line: 300 },
  children: [new TextRun({ text, font: FONT, size: 26 })],
});

const rows = [
  ['Chỉ tiêu', 'Năm 2022', 'Năm 2023', 'Tăng (%)'],
  ['Hộ chiếu ngoại giao, công vụ cấp mới (cuốn)', '9.871', '12.640', '28'],
  ['Hợp pháp hóa, chứng nhận lãnh sự (bản)', '185.300', '214.762', '16'],
  ['Thị thực cấp tại cơ quan đại diện (lượt)', '298.114', '356.920', '20'],
  ['Vụ việc bảo hộ công dân', '3.512', '4.086', '16'],
  ['Công dân được hỗ trợ về nước', '1.204', '1.598', '33'],
  ['Ngư dân được đưa về nước', '286', '312', '9'],
];
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
const widths = [4400, 1500, 1500, 1300];
const table = new Table({
  width: { size: 8700, type: WidthType.DXA },
  columnWidths: widths,
  rows: rows.map((r, i) => new TableRow({
    tableHeader: i === 0,
    children: r.map((c, j) => new TableCell({
      borders, width: { size: widths[j], type: WidthType.DXA },
      shading: i === 0 ? { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } : undefined,
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c, font: FONT, size: 24, bold: i === 0 })],
      })],
    })),
  })),
});

const children = [
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 },
    children: [new TextRun({ text: 'BÁO CÁO TÓM TẮT KẾT QUẢ HỘI NGHỊ TỔNG KẾT CÔNG TÁC LÃNH SỰ NĂM 2023, TRIỂN KHAI NHIỆM VỤ NĂM 2024', font: FONT, size: 28, bold: true })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 },
    children: [new TextRun({ text: '(Tài liệu do Văn phòng Cục Lãnh sự tổng hợp, ngày 26/01/2024)', font: FONT, size: 26, italics: true })] }),

  h1('1. Thông tin chung về Hội nghị'),
  p('Trong hai ngày 18 và 19/01/2024, tại Học viện Ngoại giao (69 Chùa Láng, Đống Đa, Hà Nội), Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác lãnh sự năm 2023, triển khai nhiệm vụ năm 2024. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối với 94 cơ quan đại diện Việt Nam ở nước ngoài.'),
  p('Tham dự Hội nghị có khoảng 250 đại biểu, gồm lãnh đạo Cục Lãnh sự, Sở Ngoại vụ Thành phố Hồ Chí Minh, các đơn vị liên quan trong Bộ và đại diện Bộ Công an, Bộ Tư pháp, Bộ Lao động - Thương binh và Xã hội, Bộ Nông nghiệp và Phát triển nông thôn.'),
  p('Phiên toàn thể sáng 18/01 do Thứ trưởng Ngoại giao Nguyễn Hoàng Long chủ trì. Phiên chuyên đề về bảo hộ công dân sáng 19/01 do Cục trưởng Cục Lãnh sự Trần Văn Khải chủ trì. Chiều 19/01, Thứ trưởng Nguyễn Hoàng Long phát biểu kết luận và bế mạc Hội nghị.'),

  h1('2. Kết quả công tác lãnh sự năm 2023'),
  p('Báo cáo tổng kết do Phó Cục trưởng Cục Lãnh sự Ngô Thị Phương Mai trình bày cho thấy năm 2023 khối lượng công việc lãnh sự tăng mạnh khi giao lưu quốc tế phục hồi hoàn toàn sau đại dịch COVID-19. Các chỉ tiêu chính đều tăng so với năm 2022 (Bảng 1).'),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 },
    children: [new TextRun({ text: 'Bảng 1. Một số số liệu công tác lãnh sự năm 2023 so với năm 2022', font: FONT, size: 24, bold: true, italics: true })] }),
  table,
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 160 },
    children: [new TextRun({ text: 'Nguồn: Cục Lãnh sự, số liệu đến hết ngày 31/12/2023.', font: FONT, size: 22, italics: true })] }),
  p('Năm 2023, các cơ quan đại diện đã xử lý 4.086 vụ việc bảo hộ công dân, tăng 16% so với năm 2022; hỗ trợ 1.598 công dân gặp khó khăn về nước và phối hợp đưa về nước 312 ngư dân bị nước ngoài bắt giữ. Nổi bật là hai chiến dịch sơ tán công dân khỏi vùng xung đột: khỏi Sudan vào tháng 4/2023 và khỏi Israel vào tháng 10/2023, bảo đảm an toàn tuyệt đối cho người được sơ tán.'),
  p('Công tác cải cách thủ tục hành chính lãnh sự tiếp tục được đẩy mạnh; Cổng dịch vụ công lãnh sự trực tuyến đã được triển khai tại 46 cơ quan đại diện. Hội nghị cũng ghi nhận sự phối hợp giữa Bộ Ngoại giao và Bộ Công an trong việc triển khai chính sách cấp thị thực điện tử có thời hạn 90 ngày cho công dân tất cả các nước từ ngày 15/8/2023.'),

  h1('3. Ý kiến tham luận'),
  p('Tại phiên toàn thể có 9 tham luận. Đại sứ Việt Nam tại Hàn Quốc Đỗ Thành Nam cho biết số công dân Việt Nam tại Hàn Quốc đã vượt 270.000 người, trong đó tình trạng lao động bỏ trốn, cư trú bất hợp pháp là vấn đề nổi cộm; Đại sứ đề xuất thành lập tổ công tác liên ngành để xử lý dứt điểm.'),
  p('Tổng Lãnh sự Việt Nam tại Osaka Phan Hữu Định kiến nghị sớm sửa đổi Nghị định 111/2011/NĐ-CP về chứng nhận lãnh sự, hợp pháp hóa lãnh sự theo hướng cho phép nộp hồ sơ trực tuyến toàn trình.'),
  p('Tại phiên chuyên đề, đại diện Cục Quản lý xuất nhập cảnh (Bộ Công an) và Cục Quản lý lao động ngoài nước (Bộ Lao động - Thương binh và Xã hội) đã trao đổi về các vụ việc công dân bị lừa đi làm việc trái phép ở một số nước trong khu vực. Cục trưởng Trần Văn Khải nhấn mạnh: “Phòng ngừa từ trong nước luôn rẻ hơn và hiệu quả hơn giải cứu ở nước ngoài; cần đưa thông tin cảnh báo đến tận từng xã, từng gia đình.”'),

  h1('4. Phát biểu kết luận của Thứ trưởng Nguyễn Hoàng Long'),
  p('Thứ trưởng Nguyễn Hoàng Long biểu dương những nỗ lực của đội ngũ cán bộ lãnh sự trong nước và ở nước ngoài, đặc biệt trong các chiến dịch sơ tán công dân. Thứ trưởng nhấn mạnh: “Mỗi công dân gặp nạn ở nước ngoài phải được cơ quan đại diện tiếp cận trong thời gian sớm nhất. Không được để người dân gọi đường dây nóng bảo hộ công dân mà không có ai trả lời.”'),
  p('Thứ trưởng yêu cầu năm 2024 toàn hệ thống lãnh sự tập trung vào bốn nhiệm vụ trọng tâm:'),
  num('Nâng cao hiệu quả công tác bảo hộ công dân, chủ động xây dựng phương án sơ tán tại các địa bàn có nguy cơ xung đột;'),
  num('Đẩy mạnh chuyển đổi số, phấn đấu triển khai Cổng dịch vụ công lãnh sự trực tuyến tại 100% cơ quan đại diện trong năm 2024;'),
  num('Hoàn thiện thể chế, trình Chính phủ Nghị định sửa đổi Nghị định 111/2011/NĐ-CP;'),
  num('Tăng cường đào tạo, bồi dưỡng nghiệp vụ cho cán bộ lãnh sự, nhất là cán bộ trẻ.'),

  h1('5. Công tác thi đua, khen thưởng'),
  p('Tại Hội nghị, Thứ trưởng Nguyễn Hoàng Long đã trao Bằng khen của Bộ trưởng Bộ Ngoại giao cho 15 tập thể và 28 cá nhân có thành tích xuất sắc trong công tác lãnh sự năm 2023, trong đó có Đại sứ quán Việt Nam tại Ai Cập và Đại sứ quán Việt Nam tại Israel vì thành tích trong các chiến dịch sơ tán công dân.'),
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 },
    children: [new TextRun({ text: 'VĂN PHÒNG CỤC LÃNH SỰ', font: FONT, size: 26, bold: true })] }),
  new Paragraph({ alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: 'Người tổng hợp: Lê Thị Hoài Thu', font: FONT, size: 26, italics: true })] }),
];

const doc = new Document({
  creator: 'Lê Thị Hoài Thu', title: 'Báo cáo tóm tắt Hội nghị tổng kết công tác lãnh sự năm 2023',
  description: 'Văn phòng Cục Lãnh sự', lastModifiedBy: 'VP Cuc Lanh su',
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  numbering: { config: [{ reference: 'nhiemvu', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720, hanging: 432 } } } }] }] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.LEFT,
      children: [new TextRun({ text: 'BỘ NGOẠI GIAO - CỤC LÃNH SỰ', font: FONT, size: 20, bold: true }),
                 new TextRun({ text: '\tLưu hành nội bộ', font: FONT, size: 20, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 20 })] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(OUT, buf); console.log('wrote', path.relative(process.cwd(), OUT)); });
