package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.report.Person;
import vn.baocao.report.Report;

class DocxReaderTest {
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml"
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Target="word/document.xml"
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
            </Relationships>""";
    // A title, a lead split over runs with a tab, a field code and deleted text (both invisible),
    // a paragraph with a line break, and a heading.
    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:body>
                <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Báo cáo Hội nghị sơ kết công tác 6 tháng đầu năm 2023</w:t></w:r></w:p>
                <w:p>
                  <w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Ngày 5/7, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác </w:t></w:r>
                  <w:r><w:t>6 tháng đầu năm 2023.</w:t></w:r><w:r><w:tab/><w:t>Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị</w:t></w:r>
                  <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:delText>đã xóa</w:delText></w:r>
                  <w:r><w:t xml:space="preserve">, với sự tham dự của lãnh đạo các đơn vị trong Bộ và các cơ quan đại diện Việt Nam ở nước ngoài.</w:t></w:r>
                </w:p>
                <w:p><w:r><w:t>Dòng thứ nhất của đoạn.</w:t><w:br/><w:t>Dòng thứ hai của đoạn.</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p>
                <w:p><w:r><w:t>Bộ trưởng đề nghị toàn ngành tiếp tục đổi mới tư duy, nâng cao chất lượng nghiên cứu, dự báo, tham mưu chiến lược và triển khai hiệu quả công tác đối ngoại trong 6 tháng cuối năm, góp phần giữ vững môi trường hoà bình.</w:t></w:r></w:p>
              </w:body>
            </w:document>""";

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, String> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] docx(String documentXml) throws IOException {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELS, "word/document.xml", documentXml));
    }

    @Test
    void readsParagraphsRunsTabsAndBreaksAndTheTitleStyle() throws IOException {
        RawDocument document = new DocxReader().read("a.docx", docx(DOCUMENT));
        assertThat(document.titleHint()).isEqualTo("Báo cáo Hội nghị sơ kết công tác 6 tháng đầu năm 2023");
        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Báo cáo Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
                "Ngày 5/7, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023. Bộ trưởng Ngoại giao Bùi "
                        + "Thanh Sơn chủ trì Hội nghị, với sự tham dự của lãnh đạo các đơn vị trong Bộ và các cơ quan đại "
                        + "diện Việt Nam ở nước ngoài.",
                "Dòng thứ nhất của đoạn.", "Dòng thứ hai của đoạn.", "Nhiệm vụ",
                "Bộ trưởng đề nghị toàn ngành tiếp tục đổi mới tư duy, nâng cao chất lượng nghiên cứu, dự báo, tham mưu "
                        + "chiến lược và triển khai hiệu quả công tác đối ngoại trong 6 tháng cuối năm, góp phần giữ vững "
                        + "môi trường hoà bình.");
        assertThat(document.blocks()).filteredOn(Block::heading).extracting(Block::text)
                .containsExactly("Báo cáo Hội nghị sơ kết công tác 6 tháng đầu năm 2023", "Nhiệm vụ");
    }

    @Test
    void aPointOfABulletedOrNumberedListOpensWithADashUnlessItIsALabelledLine() throws IOException {
        String xml = """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>3. Tồn tại, hạn chế</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Lao động chui còn phức tạp.</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Nhân lực còn mỏng.</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>- Quỹ còn vướng mắc.</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Thời gian: ngày 22/7/2022.</w:t></w:r></w:p>
                <w:p><w:r><w:t>Hội nghị bế mạc.</w:t></w:r></w:p>
                </w:body></w:document>""";
        assertThat(new DocxReader().read("l.docx", docx(xml)).blocks()).extracting(Block::text).containsExactly(
                "3. Tồn tại, hạn chế", "- Lao động chui còn phức tạp.", "- Nhân lực còn mỏng.", "- Quỹ còn vướng mắc.",
                "Thời gian: ngày 22/7/2022.", "Hội nghị bế mạc.");
    }

    private static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    private static String row(String... cells) {
        return "<w:tr>" + String.join("", java.util.Arrays.stream(cells).map(DocxReaderTest::cell).toList()) + "</w:tr>";
    }

    @Test
    void readsEachTableRowAsOneParagraphWithItsCellsLabelledByTheHeadings() throws IOException {
        String xml = """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:r><w:t>Kết quả nổi bật 6 tháng đầu năm:</w:t></w:r></w:p>
                <w:tbl>%s%s%s</w:tbl>
                <w:tbl>%s</w:tbl>
                <w:tbl>%s</w:tbl>
                <w:tbl>%s%s</w:tbl>
                <w:p><w:r><w:t>Hội nghị bế mạc.</w:t></w:r></w:p>
                </w:body></w:document>""".formatted(row("Chỉ tiêu", "Kết quả"), row("Số đoàn cấp cao", "36"),
                row("Số vụ bảo hộ công dân", ""), row("Hà Nội", "5/7/2017"), row("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao"),
                row("Chỉ tiêu", "Năm 2016", "Năm 2017"), row("Số đoàn cấp cao", "12", "18"));
        RawDocument document = new DocxReader().read("t.docx", docx(xml));
        assertThat(document.blocks()).extracting(Block::text).containsExactly("Kết quả nổi bật 6 tháng đầu năm:",
                "Số đoàn cấp cao: 36.", "Chỉ tiêu: Số vụ bảo hộ công dân.", "Hà Nội – 5/7/2017.",
                "Bùi Thanh Sơn – Bộ trưởng Ngoại giao.", "Số đoàn cấp cao: 12 (Năm 2016); 18 (Năm 2017).", "Hội nghị bế mạc.");
    }

    @Test
    void aFirstRowOfYearsHeadsTheColumnsAndEveryRowIsATableRow() throws IOException {
        String xml = """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:tbl>%s%s</w:tbl>
                </w:body></w:document>""".formatted(row("Chỉ tiêu", "2022", "2023", "8 tháng 2024"),
                row("Số dự án", "46", "58", "37"));
        RawDocument document = new DocxReader().read("t.docx", docx(xml));
        assertThat(document.blocks()).containsExactly(Block.tableRow("Số dự án: 46 (2022); 58 (2023); 37 (8 tháng 2024)."));
    }

    @Test
    void aDocxReportGetsItsTitleFromTheTitleStyleAndResolvesTheMinister() throws IOException {
        Path file = Files.write(dir.resolve("Bao-cao.DOCX"), docx(DOCUMENT));
        Report report = new ReportParser().parse(file);
        assertThat(report.info().title()).isEqualTo("Báo cáo Hội nghị sơ kết công tác 6 tháng đầu năm 2023");
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2023, 7, 5));
        assertThat(report.passages()).extracting(passage -> passage.text().substring(0, 12))
                .containsExactly("Ngày 5/7, Bộ", "Nhiệm vụ\nBộ ");
        assertThat(report.passages().get(1).people()).containsExactly(new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao"));
        assertThat(report.passages().get(1).text()).endsWith("môi trường hòa bình.");
    }

    /** Plain paragraphs for the title, then numbered sections styled Heading1, as reports are often typed. */
    private static final String TITLED_BY_PARAGRAPHS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:body>
                <w:p><w:r><w:t>BÁO CÁO TÓM TẮT</w:t></w:r></w:p>
                <w:p><w:r><w:t>Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023</w:t></w:r></w:p>
                <w:p><w:r><w:t>Đơn vị soạn: Vụ Tổng hợp kinh tế. Tài liệu lưu hành nội bộ.</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1. Thông tin chung</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:t>Thời gian: 8h30 ngày 18/8/2023.</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:t>Chủ trì: Phó Thủ tướng Chính phủ Trần Lưu Quang.</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>2. Kết quả</w:t></w:r></w:p>
                <w:p><w:r><w:t>Các cơ quan đại diện đã tổ chức 420 hoạt động xúc tiến thương mại, đầu tư tại các địa bàn.</w:t></w:r></w:p>
              </w:body>
            </w:document>""";

    @Test
    void aNumberedSectionUnderTheTitlesParagraphsIsNoTitleAndTheMeetingIsTheHeadlinesOwn() throws IOException {
        assertThat(new DocxReader().read("s.docx", docx(TITLED_BY_PARAGRAPHS)).titleHint()).isEmpty();
        Path file = Files.write(dir.resolve("tom-tat.docx"), docx(TITLED_BY_PARAGRAPHS));
        Report report = new ReportParser().parse(file);
        assertThat(report.info().title()).isEqualTo("Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023");
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2023, 8, 18));
        assertThat(report.info().conference().name()).isEqualTo("Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023");
    }

    @Test
    void aHeadingUnderAMastheadIsTheTitle() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:body>
                    <w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Vụ Thi đua - Khen thưởng và Truyền thống | Số 52/2024</w:t></w:r></w:p>
                    <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Hội đồng Thi đua - Khen thưởng Bộ Ngoại giao họp xét khen thưởng năm 2024</w:t></w:r></w:p>
                    <w:p><w:r><w:t>Chiều 27/12/2024, tại Trụ sở Bộ Ngoại giao, Hội đồng họp phiên thứ hai năm 2024.</w:t></w:r></w:p>
                  </w:body>
                </w:document>""";
        assertThat(new DocxReader().read("k.docx", docx(xml)).titleHint())
                .isEqualTo("Hội đồng Thi đua - Khen thưởng Bộ Ngoại giao họp xét khen thưởng năm 2024");
    }

    @Test
    void bytesThatAreNoZipAreACorruptDocx() throws IOException {
        Path file = Files.write(dir.resolve("hong.docx"), "đây không phải tệp Word".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("corrupt DOCX");
    }

    @Test
    void aZipWithoutADocumentPartIsACorruptDocx() throws IOException {
        Path file = Files.write(dir.resolve("rong.docx"), zip(Map.of("[Content_Types].xml", CONTENT_TYPES)));
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("word/document.xml");
    }

    @Test
    void malformedXmlIsACorruptDocxWithTheParserErrorAsCause() throws IOException {
        Path file = Files.write(dir.resolve("xml.docx"), docx("<w:document xmlns:w=\"x\"><w:body><w:p>"));
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("corrupt DOCX")
                .hasCauseInstanceOf(XMLStreamException.class);
    }
}
