package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {
    private static final String TITLE = "Hội nghị Trưởng Cơ quan đại diện 2025: Ngoại giao tiên phong trong kỷ nguyên vươn mình";
    private final TitleExtractor extractor = new TitleExtractor();

    private static CleanDocument body(String... paragraphs) {
        return new CleanDocument(java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList(), null, "", "", "", "", "", "");
    }

    private List<String> bodyAfter(String declared, CleanDocument document) {
        return extractor.extract(document, declared).body().stream().map(Block::text).toList();
    }

    @Test
    void aPrintedHeadlinesLinesLeaveTheBody() {
        assertThat(bodyAfter(TITLE, body("Hội nghị Trưởng Cơ quan đại diện 2025: Ngoại giao tiên",
                "phong trong kỷ nguyên vươn mình", "Ngày 18/8/2025, Bộ Ngoại giao khai mạc Hội nghị.")))
                .containsExactly("Ngày 18/8/2025, Bộ Ngoại giao khai mạc Hội nghị.");
    }

    @Test
    void whatRunsOnAfterAHeadlinesLastLineStays() {
        assertThat(bodyAfter(TITLE, body("Hội nghị Trưởng Cơ quan đại diện 2025: Ngoại giao tiên",
                "phong trong kỷ nguyên vươn mình Hà Nội, ngày 20/8/2025 – Bản tin", "Ngày 18/8/2025, Hội nghị khai mạc.")))
                .containsExactly("Hà Nội, ngày 20/8/2025 – Bản tin", "Ngày 18/8/2025, Hội nghị khai mạc.");
    }

    @Test
    void aBodyThatOnlyStartsLikeTheTitleIsKept() {
        assertThat(bodyAfter(TITLE, body("Hội nghị Trưởng Cơ quan đại diện 2025 đã khai mạc.", "Các đại biểu dự đông đủ.")))
                .containsExactly("Hội nghị Trưởng Cơ quan đại diện 2025 đã khai mạc.", "Các đại biểu dự đông đủ.");
    }

    @Test
    void aLetterheadIsNoTitleAndAHeadlineInCapitalsOverTwoLinesIsOne() {
        TitleExtractor.Titled titled = extractor.extract(body("BỘ NGOẠI GIAO - VỤ THÔNG TIN BÁO CHÍ", "GỠ BĂNG HỌP BÁO QUỐC TẾ",
                "CÔNG BỐ KẾT QUẢ HỘI NGHỊ NGOẠI GIAO LẦN THỨ 32", "Thời gian: 16h00, ngày 21/12/2023"), "");
        assertThat(titled.title()).isEqualTo("GỠ BĂNG HỌP BÁO QUỐC TẾ CÔNG BỐ KẾT QUẢ HỘI NGHỊ NGOẠI GIAO LẦN THỨ 32");
        assertThat(titled.body()).extracting(Block::text).containsExactly("GỠ BĂNG HỌP BÁO QUỐC TẾ",
                "CÔNG BỐ KẾT QUẢ HỘI NGHỊ NGOẠI GIAO LẦN THỨ 32", "Thời gian: 16h00, ngày 21/12/2023");
    }

    @Test
    void aShortLastLineOfAHeadlineInCapitalsIsPartOfIt() {
        TitleExtractor.Titled titled = extractor.extract(body("TÓM TẮT KẾT QUẢ HỘI NGHỊ TỔNG KẾT CÔNG TÁC LÃNH SỰ",
                "VÀ BẢO HỘ CÔNG DÂN NĂM 2023, TRIỂN KHAI NHIỆM VỤ", "NĂM 2024", "(Tài liệu do Cục Lãnh sự biên soạn)",
                "Ngày 27/12/2023, Cục Lãnh sự tổ chức Hội nghị."), "");
        assertThat(titled.title()).isEqualTo(
                "TÓM TẮT KẾT QUẢ HỘI NGHỊ TỔNG KẾT CÔNG TÁC LÃNH SỰ VÀ BẢO HỘ CÔNG DÂN NĂM 2023, TRIỂN KHAI NHIỆM VỤ NĂM 2024");
        assertThat(titled.body()).extracting(Block::text).startsWith("(Tài liệu do Cục Lãnh sự biên soạn)");
    }

    @Test
    void aKindOfDocumentAloneTakesTheHeadlineUnderIt() {
        assertThat(extractor.extract(body("BÁO CÁO TÓM TẮT", "Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023",
                "Đơn vị soạn: Vụ Tổng hợp kinh tế."), "").title())
                .isEqualTo("Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023");
    }

    @Test
    void aReportOfAConsultationIsTitledByItsOwnLineNotByThePlaceAndDayUnderIt() {
        assertThat(extractor.extract(body("BÁO CÁO KẾT QUẢ THAM VẤN CHÍNH TRỊ CẤP THỨ TRƯỞNG VIỆT NAM - NIU DI-LÂN LẦN THỨ 7",
                "Hà Nội, ngày 25 tháng 7 năm 2024", "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "Sáng 22/7/2024, hai bên đã đồng chủ trì."), "").title())
                .isEqualTo("BÁO CÁO KẾT QUẢ THAM VẤN CHÍNH TRỊ CẤP THỨ TRƯỞNG VIỆT NAM - NIU DI-LÂN LẦN THỨ 7");
        assertThat(extractor.extract(body("BÁO CÁO", "Hà Nội, ngày 25 tháng 7 năm 2024", "Sáng 22/7/2024, hai bên đã đồng chủ trì."), "")
                .title()).isEqualTo("BÁO CÁO");
    }

    @Test
    void aLineSayingWhatTheDocumentIsForIsNoTitle() {
        assertThat(extractor.extract(body("BỘ NGOẠI GIAO - VỤ NGOẠI VỤ ĐỊA PHƯƠNG", "TIN BÀI PHỤC VỤ ĐĂNG CỔNG THÔNG TIN ĐIỆN TỬ",
                "Hội nghị Ngoại vụ toàn quốc lần thứ 21: Đối ngoại địa phương đồng hành cùng doanh nghiệp",
                "Ngày 31/1/2024, tại Trung tâm Hội nghị Sông Hàn, Bộ Ngoại giao tổ chức hội nghị."), "").title())
                .isEqualTo("Hội nghị Ngoại vụ toàn quốc lần thứ 21: Đối ngoại địa phương đồng hành cùng doanh nghiệp");
    }

    @Test
    void aFileTitledByItsKindOfDocumentIsTitledByTheHeadlineUnderIt() {
        TitleExtractor.Titled titled = extractor.extract(body("Hội nghị sơ kết 3 năm triển khai Chiến lược Ngoại giao văn hóa",
                "Thời gian: 8h30 ngày 14/11/2024."), "BÁO CÁO TÓM TẮT");
        assertThat(titled.title()).isEqualTo("Hội nghị sơ kết 3 năm triển khai Chiến lược Ngoại giao văn hóa");
        assertThat(titled.body()).extracting(Block::text).containsExactly("Hội nghị sơ kết 3 năm triển khai Chiến lược Ngoại giao văn hóa",
                "Thời gian: 8h30 ngày 14/11/2024.");
    }

    @Test
    void aFileTitledByItsKindOfDocumentUnderALetterheadIsTitledByTheHeadlineUnderBoth() {
        TitleExtractor.Titled titled = extractor.extract(body("BỘ NGOẠI GIAO - VĂN PHÒNG BỘ", "BÁO CÁO TÓM TẮT",
                "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 và triển khai nhiệm vụ năm 2024",
                "Thời gian: 8 giờ 00, sáng Thứ Tư, ngày 10/1/2024."), "BÁO CÁO TÓM TẮT");
        assertThat(titled.title()).isEqualTo("Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 và triển khai nhiệm vụ năm 2024");
    }

    @Test
    void thePlaceAndDayOfIssueUnderALetterheadAreNoTitle() {
        assertThat(extractor.extract(body("BỘ NGOẠI GIAO - VỤ NGOẠI GIAO VĂN HÓA VÀ UNESCO", "Hà Nội, ngày 08 tháng 7 năm 2024",
                "Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm 2024", "Thời gian: sáng thứ Sáu, ngày 5/7/2024."),
                "BÁO CÁO TÓM TẮT").title()).isEqualTo("Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm 2024");
    }

    @Test
    void aLetterheadAndThePlaceAndDaySetInOneBlockAreNoTitle() {
        assertThat(extractor.extract(body("BỘ NGOẠI GIAO / ỦY BAN NHÀ NƯỚC VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI Hà Nội, ngày 15 tháng 11 năm 2019",
                "Hội nghị Người Việt Nam ở nước ngoài tiêu biểu khu vực châu Âu", "lần thứ 2", "I. Khái quát",
                "Hội nghị diễn ra trong hai ngày 9 và 10/11/2019 tại Praha."), "BÁO CÁO TÓM TẮT").title())
                .isEqualTo("Hội nghị Người Việt Nam ở nước ngoài tiêu biểu khu vực châu Âu lần thứ 2");
        assertThat(extractor.extract(body("BỘ NGOẠI GIAO / ỦY BAN NHÀ NƯỚC VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI\nHà Nội, ngày 15 tháng 11 năm 2019",
                "BÁO CÁO TÓM TẮT", "Hội nghị Người Việt Nam ở nước ngoài tiêu biểu khu vực châu Âu\nlần thứ 2", "I. Khái quát",
                "Hội nghị diễn ra trong hai ngày 9 và 10/11/2019 tại Praha."), "").title())
                .isEqualTo("Hội nghị Người Việt Nam ở nước ngoài tiêu biểu khu vực châu Âu lần thứ 2");
    }

    @Test
    void aLetterheadDeclaredAsTheTitleIsNoTitle() {
        assertThat(extractor.extract(body("BỘ NGOẠI GIAO - VĂN PHÒNG BỘ", "BÁO CÁO TÓM TẮT",
                "Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023", "Thời gian: 8h30 ngày 14/11/2024."),
                "BỘ NGOẠI GIAO - VĂN PHÒNG BỘ").title()).isEqualTo("Hội nghị Ngoại giao kinh tế phục vụ phát triển năm 2023");
    }

    @Test
    void aTranscriptsKindTakesTheHeadlineUnderItButNotALabelledLine() {
        assertThat(extractor.extract(body("BẢN GHI HỌP BÁO QUỐC TẾ", "Kết quả Hội thảo khoa học quốc tế về Biển Đông lần thứ 16",
                "Nguyễn Thị Thu Hà (Chủ trì): Xin kính chào quý vị."), "").title())
                .isEqualTo("Kết quả Hội thảo khoa học quốc tế về Biển Đông lần thứ 16");
        assertThat(extractor.extract(body("BỘ NGOẠI GIAO", "VỤ THÔNG TIN BÁO CHÍ", "BẢN GỠ BĂNG HỌP BÁO THƯỜNG KỲ BỘ NGOẠI GIAO",
                "Thời gian: 16 giờ 00, chiều Thứ Năm, ngày 4/1/2024", "Người Phát ngôn: Xin chào các nhà báo."), "").title())
                .isEqualTo("BẢN GỠ BĂNG HỌP BÁO THƯỜNG KỲ BỘ NGOẠI GIAO");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            BỘ NGOẠI GIAO                           | true
            BỘ NGOẠI GIAO - TRUNG TÂM BÁO CHÍ        | true
            VỤ THÔNG TIN BÁO CHÍ                     | true
            HỌP BÁO THƯỜNG KỲ CỦA BỘ NGOẠI GIAO      | false
            Bộ Ngoại giao tổ chức Hội nghị           | false
            BAN ĐỐI NGOẠI TRUNG ƯƠNG                 | true
            BẢN GỠ BĂNG HỌP BÁO QUỐC TẾ              | false
            """)
    void aLetterheadNamesAnIssuingBodyInCapitals(String line, boolean letterhead) {
        assertThat(TitleExtractor.isLetterhead(line)).isEqualTo(letterhead);
    }
}
