package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final String LEAD = "Sáng 10/1, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2022, "
            + "triển khai nhiệm vụ năm 2023, với sự tham dự của đông đảo đại biểu trong và ngoài nước.";
    private static final String BODY = "Bộ trưởng nhấn mạnh ngành ngoại giao cần tiếp tục đổi mới tư duy, chủ động "
            + "tham mưu và phát huy vai trò tiên phong trong giai đoạn phát triển mới.";

    private static CleanDocument clean(String... lines) {
        return new Cleaner().clean(Stream.of(lines).map(Block::paragraph).toList());
    }

    private static List<String> body(String... lines) {
        return clean(lines).body().stream().map(Block::text).toList();
    }

    @Test
    void cutsEverythingFromAnOtherArticlesHeadingAfterTheProse() {
        assertThat(body(LEAD, BODY, "Tin khác", "Đề xuất bỏ cơ chế độc quyền vàng miếng", "(CLO) Phó Thủ tướng giao Ngân hàng Nhà nước…"))
                .containsExactly(LEAD, BODY);
        assertThat(body(LEAD, "Tin liên quan:", BODY)).containsExactly(LEAD);
    }

    @Test
    void aSectionLabelBeforeTheHeadlineIsDroppedWithoutCuttingTheArticle() {
        assertThat(body("Tin tức", "Bộ Ngoại giao tổng kết công tác năm 2022", LEAD))
                .containsExactly("Bộ Ngoại giao tổng kết công tác năm 2022", LEAD);
        assertThat(body("Hội nhập", "Bộ Ngoại giao tổng kết công tác năm 2022", LEAD)).hasSize(2);
    }

    @Test
    void dropsCountersLoginShareButtonsAndBadges() {
        assertThat(body("Thông tin mới nhất", "Thống kê truy cập", "• Đang truy cập: 1", "• Hôm nay: 1",
                "• Trong tuần: 12", "• Tổng lượt truy cập: 1.234", "Đăng nhập", LEAD, "Zalo", "0 Trả lời",
                "ipv6 ready Chung nhan Tin Nhiem Mang", "Trang chủ > Thời sự > Đối ngoại"))
                .containsExactly(LEAD);
    }

    @Test
    void dropsCreditedCaptionsAndKeepsANumberedOneAsAPossibleTitle() {
        CleanDocument document = clean(LEAD, "Quang cảnh Hội nghị. (Nguồn: Bộ Ngoại giao)",
                "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao - Ảnh 1.",
                "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao. Ảnh: VGP",
                "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị - Ảnh: H.N", BODY);
        assertThat(document.body()).extracting(Block::text).containsExactly(LEAD, BODY);
        assertThat(document.photoTitle()).isEqualTo("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao");
    }

    @Test
    void dropsUnmarkedOneSentenceSceneCaptionsButKeepsShortProse() {
        String prose = "Bộ trưởng khẳng định ngoại giao phải luôn đi trước mở đường.";
        assertThat(body(LEAD, "Các đại biểu dự hội nghị tại điểm cầu Cao Bằng.",
                "Toàn cảnh Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 và phương hướng, nhiệm vụ năm 2023.",
                "Thủ tướng Chính phủ Phạm Minh Chính phát biểu ý kiến chỉ đạo tại Hội nghị.", prose, BODY))
                .containsExactly(LEAD, prose, BODY);
    }

    @Test
    void aSceneLikeHeadlineBeforeTheLeadIsNoCaption() {
        String headline = "Thủ tướng Phạm Minh Chính phát biểu chỉ đạo tại Hội nghị Ngoại giao lần thứ 32";
        assertThat(body(headline, LEAD)).containsExactly(headline, LEAD);
    }

    @Test
    void dropsAShortLineThatRepeatsAnEarlierOne() {
        String caption = "Bộ trưởng Bùi Thanh Sơn cùng các đại biểu";
        assertThat(body(LEAD, caption, caption, BODY)).containsExactly(LEAD, caption, BODY);
    }

    @Test
    void readsTheDatelineAndDropsIt() {
        CleanDocument document = clean("Bộ Ngoại giao cần nhạy cảm trong tham mưu",
                "Thứ hai, 22/07/2019 19:00 PM - 0 Trả lời", LEAD);
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2019, 7, 22));
        assertThat(document.body()).extracting(Block::text).containsExactly("Bộ Ngoại giao cần nhạy cảm trong tham mưu", LEAD);
        assertThat(body("Ngày 22/07/2019 Bộ Ngoại giao tổ chức hội nghị.", BODY)).hasSize(2);
    }

    @Test
    void aPostingLineWithBylinesOrTheSitesNameIsADateline() {
        CleanDocument document = clean("Thanh Hà - Minh Quân Thứ Ba, 11/01/2022 12:05 (GMT+7)", LEAD,
                "17/12/2021 11:30 · Lượt xem: 2.318", BODY);
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 11));
        assertThat(document.body()).extracting(Block::text).containsExactly(LEAD, BODY);
        assertThat(body("KIỀU BÀO NEWS – Cộng đồng – Thứ Ba, 20/9/2022", LEAD)).containsExactly(LEAD);
        assertThat(body("Trang chủ / Sự kiện", LEAD)).containsExactly(LEAD);
        assertThat(body(LEAD, "Sáng 10/1/2023 lúc 8:30, Bộ Ngoại giao khai mạc hội nghị tổng kết.")).hasSize(2);
    }

    @Test
    void keepsTheUrlOfTheSourceLineAndDropsTheLine() {
        CleanDocument document = clean(LEAD, "Hoài Nhung", "Nguồn Quảng Trị: http://www.baoquangtri.vn/tao-buoc-tien-190924.htm", "Zalo");
        assertThat(document.url()).isEqualTo("http://www.baoquangtri.vn/tao-buoc-tien-190924.htm");
        assertThat(document.body()).extracting(Block::text).containsExactly(LEAD);
    }

    @Test
    void keepsTheBylineItDropsAndTheAgencyThatTaggedTheLead() {
        CleanDocument document = clean("(CLO) " + LEAD, BODY, "B.T.V (Theo VGP)");
        assertThat(document.byline()).isEqualTo("B.T.V (Theo VGP)");
        assertThat(document.agency()).isEqualTo("CLO");
        assertThat(clean("Hà Nội (TTXVN) - " + LEAD).agency()).isEqualTo("TTXVN");
        assertThat(clean("TTXVN - " + LEAD, BODY).byline()).isEmpty();
    }

    @Test
    void dropsBylinesAtTheEndOnly() {
        assertThat(body(LEAD, BODY, "Vi Trường")).containsExactly(LEAD, BODY);
        assertThat(body(LEAD, BODY, "PV")).containsExactly(LEAD, BODY);
        assertThat(body(LEAD, BODY, "B.T.V (Theo VGP)")).containsExactly(LEAD, BODY);
        assertThat(body(LEAD, "Minh Anh - Thu Hà", BODY)).containsExactly(LEAD, "Minh Anh - Thu Hà", BODY);
    }

    @Test
    void stripsAgencyPrefixesAndTheEndMarker() {
        assertThat(body("TTXVN - Bộ Ngoại giao đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
                "(CLO) Đây là một trong nội dung chỉ đạo của Phó Thủ tướng.",
                "ASEAN - Nhật Bản là quan hệ đối tác chiến lược toàn diện.",
                "Bộ trưởng trao tặng các danh hiệu thi đua trong 6 tháng đầu năm./."))
                .containsExactly("Bộ Ngoại giao đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
                        "Đây là một trong nội dung chỉ đạo của Phó Thủ tướng.",
                        "ASEAN - Nhật Bản là quan hệ đối tác chiến lược toàn diện.",
                        "Bộ trưởng trao tặng các danh hiệu thi đua trong 6 tháng đầu năm.");
    }

    @Test
    void normalisesEveryLineAndDropsEmptyOnes() {
        assertThat(body("  Bộ\u00A0Ngoại   giao hoà  ", "\u00A0", "")).containsExactly("Bộ Ngoại giao hòa");
    }

    @Test
    void theSignatureBlockEndingMinutesIsNoText() {
        assertThat(body(LEAD, BODY, "ĐẠI DIỆN BỘ NGOẠI GIAO ĐẠI DIỆN UBND TỈNH CAO BẰNG", "TRƯỞNG ĐOÀN CHỦ TỊCH", "(Đã ký) (Đã ký)",
                "Nguyễn Quốc Khánh Nông Thanh Tùng", "THƯ KÝ", "(Đã ký)", "Trần Mai Phương La Văn Đức"))
                .containsExactly(LEAD, BODY);
    }
}
