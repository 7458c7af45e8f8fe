package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.report.Report;

class HtmlReaderTest {
    private static final String URL = "https://thoisudoingoai.example.vn/bo-ngoai-giao-so-ket-6-thang-2024-4512.html";

    private static RawDocument read(String html) {
        return new HtmlReader().read("a.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheHintsThePageDeclares() throws IOException {
        RawDocument document = new HtmlReader().read("report.html", Files.readAllBytes(Fixtures.path("report.html")));
        assertThat(document.titleHint()).isEqualTo("Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2024");
        assertThat(document.urlHint()).isEqualTo(URL);
        assertThat(document.credits()).isEqualTo(new vn.baocao.report.ReportInfo.Credits("Minh Châu", "Báo Thời sự Đối ngoại", "", null,
                "", "", "Tuấn Anh"));
        assertThat(document.dateHint()).isEqualTo(LocalDate.of(2024, 7, 12));
    }

    @Test
    void keepsTheArticleBlocksInOrderAndDropsPageFurniture() throws IOException {
        RawDocument document = new HtmlReader().read("report.html", Files.readAllBytes(Fixtures.path("report.html")));
        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2024",
                "Thứ sáu, 12/07/2024 18:30 GMT+7",
                "(TSĐN) Chiều 12/7, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển "
                        + "khai nhiệm vụ 6 tháng cuối năm 2024.",
                "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị. Tham dự có các Thứ trưởng, "
                        + "lãnh đạo các đơn vị trong Bộ và người đứng đầu một số cơ quan đại diện Việt Nam ở nước ngoài.",
                "Nhiều kết quả nổi bật",
                "Các đại biểu đánh giá công tác đối ngoại 6 tháng đầu năm đã được triển khai chủ động, đồng bộ, góp phần "
                        + "giữ vững môi trường hoà bình, ổn định và nâng cao vị thế của đất nước.",
                "Ngoại giao kinh tế tiếp tục được đẩy mạnh, hỗ trợ các địa phương và doanh nghiệp mở rộng thị trường, thu "
                        + "hút đầu tư chất lượng cao trong các lĩnh vực ưu tiên.",
                "Nhiệm vụ thời gian tới",
                "Kết luận Hội nghị, Bộ trưởng đề nghị toàn ngành nâng cao chất lượng nghiên cứu, dự báo chiến lược, chủ "
                        + "động tham mưu và triển khai hiệu quả các hoạt động đối ngoại cấp cao trong 6 tháng cuối năm.",
                "Bộ trưởng yêu cầu các đơn vị tiếp tục đẩy mạnh chuyển đổi số, xây dựng đội ngũ cán bộ chuyên nghiệp, hiện "
                        + "đại, đáp ứng yêu cầu ngày càng cao của công tác đối ngoại.",
                "Minh Châu");
        assertThat(document.blocks()).filteredOn(Block::heading).extracting(Block::text)
                .containsExactly("Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2024", "Nhiều kết quả nổi bật", "Nhiệm vụ thời gian tới");
    }

    @Test
    void anHtmlReportIsCleanedAndCitedByItsCanonicalUrl() {
        Report report = new ReportParser().parse(Fixtures.path("report.html"));
        assertThat(report.info().source()).isEqualTo(URL);
        assertThat(report.info().title()).isEqualTo("Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2024");
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(report.info().place()).isEqualTo("Hà Nội");
        assertThat(report.info().conference()).isEqualTo(new Conference(
                "Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024", ConferenceKind.MID_YEAR_REVIEW, 2024, 0));
        assertThat(report.passages()).hasSize(3);
        assertThat(report.passages().get(0).text()).startsWith("Chiều 12/7, tại Hà Nội");
        assertThat(report.passages().get(2).people()).containsExactly(new Person("Bùi Thanh Sơn", "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao"));
        assertThat(SampleReports.text(report)).doesNotContain("Trang chủ", "Facebook", "Zalo", "Tuấn Anh", "Tin liên quan",
                "Đại sứ Nhật Bản", "Bình luận", "Giá vàng", "truy cập", "Minh Châu", "hoà bình");
    }

    @Test
    void takesTheTitleFromMetaWithoutTheSiteNameWhenThereIsNoHeading() {
        assertThat(read("<html><head><meta property=\"og:title\" content=\"Hội nghị Ngoại giao lần thứ 32 - Báo Quốc tế\">"
                + "</head><body><p>Nội dung.</p></body></html>").titleHint()).isEqualTo("Hội nghị Ngoại giao lần thứ 32");
        assertThat(read("<html><head><title>Quan hệ Việt Nam - Nhật Bản</title></head><body><p>Nội dung.</p></body></html>")
                .titleHint()).isEqualTo("Quan hệ Việt Nam - Nhật Bản");
    }

    @Test
    void theSitesNamePrintedAsItsLogoIsNoParagraph() {
        RawDocument document = new HtmlReader().read("a.html", ("<html><head><meta property=\"og:site_name\" content=\"Kinh tế & "
                + "Hội nhập\"></head><body><div class=\"logo\"><a href=\"/\">Kinh tế &amp; Hội nhập</a></div>"
                + "<p>Sáng 18/11, Bộ Ngoại giao tổ chức hội nghị.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(document.blocks()).extracting(Block::text).containsExactly("Sáng 18/11, Bộ Ngoại giao tổ chức hội nghị.");
    }

    @Test
    void theFigureCaptionsPhotoCreditsAreCreditsAndTheCaptionsNoParagraph() {
        RawDocument document = new HtmlReader().read("a.html", ("<html><body><article><p>Sáng 5/7, Bộ Ngoại giao tổ chức hội nghị.</p>"
                + "<figure><img src=\"a.jpg\"><figcaption>Quang cảnh Hội nghị. Ảnh: Tuấn Anh</figcaption></figure>"
                + "<figure><img src=\"b.jpg\"><figcaption>Bộ trưởng phát biểu. (Nguồn: Bộ Ngoại giao)</figcaption></figure>"
                + "<figure><img src=\"c.jpg\"><figcaption>Các đại biểu. Ảnh: Tuấn Anh</figcaption></figure>"
                + "<figure><img src=\"d.jpg\"><figcaption>Toàn cảnh phiên họp</figcaption></figure>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(document.credits().photos()).isEqualTo("Tuấn Anh; Bộ Ngoại giao");
        assertThat(document.blocks()).extracting(Block::text).containsExactly("Sáng 5/7, Bộ Ngoại giao tổ chức hội nghị.");
    }

    @Test
    void thePagesViewCountIsACreditAndItsCounterNoParagraph() {
        Report report = new ReportParser().parse("a.html", ("<html><body><article><h1>Bộ Ngoại giao sơ kết công tác 6 tháng"
                + "</h1><div class=\"meta\"><span>Thứ Sáu, 12/07/2024 18:30</span> | <span class=\"views\">Lượt xem: <b>2.318</b>"
                + "</span></div><p>Chiều 12/7, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024; "
                + "video về hội nghị đạt 250.000 lượt xem.</p></article></body></html>").getBytes(StandardCharsets.UTF_8), "a.html");
        assertThat(report.info().credits().views()).isEqualTo("2.318");
        assertThat(report.passages()).extracting(p -> p.text()).noneMatch(t -> t.contains("2.318"))
                .anyMatch(t -> t.contains("250.000 lượt xem"));
    }

    @Test
    void textDirectlyInsideADivAndLineBreaksMakeParagraphs() {
        assertThat(read("<body><div>Đoạn một.<br>Đoạn hai.<p>Đoạn <b>ba</b>.</p>Đoạn bốn.</div></body>").blocks())
                .extracting(Block::text).containsExactly("Đoạn một.", "Đoạn hai.", "Đoạn ba.", "Đoạn bốn.");
    }

    @Test
    void anItemOfANumberedListKeepsItsNumberAndABulletedOneDoesNot() {
        assertThat(read("<body><div><p>Bốn việc trọng tâm:</p><ol><li>Chuẩn bị WEF ASEAN.</li><li>Vận động ứng cử.</li></ol>"
                + "<ol start=\"3\"><li>Thúc đẩy EVFTA.</li></ol><ul><li>Một ý.</li></ul></div></body>").blocks())
                .extracting(Block::text).containsExactly("Bốn việc trọng tâm:", "1. Chuẩn bị WEF ASEAN.", "2. Vận động ứng cử.",
                        "3. Thúc đẩy EVFTA.", "Một ý.");
    }

    @Test
    void aLeadSetAsAHeadingIsProse() {
        String page = "<html><body><article><h1>Ngoại giao kinh tế mở lối</h1>"
                + "<h2 class=\"sapo\">Ngày 5/7, tại thành phố Đông Hà, Bộ Ngoại giao tổ chức Hội nghị.</h2>"
                + "<h2>Kết quả nổi bật</h2><p>Hội nghị đã thảo luận.</p></article></body></html>";
        RawDocument document = new HtmlReader().read("a.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.blocks()).extracting(Block::text, Block::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ngoại giao kinh tế mở lối", true),
                org.assertj.core.groups.Tuple.tuple("Ngày 5/7, tại thành phố Đông Hà, Bộ Ngoại giao tổ chức Hội nghị.", false),
                org.assertj.core.groups.Tuple.tuple("Kết quả nổi bật", true),
                org.assertj.core.groups.Tuple.tuple("Hội nghị đã thảo luận.", false));
    }
}
