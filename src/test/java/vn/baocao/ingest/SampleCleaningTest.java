package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.ingest.SampleReports.S000;
import static vn.baocao.ingest.SampleReports.S001;
import static vn.baocao.ingest.SampleReports.S002;
import static vn.baocao.ingest.SampleReports.S003;
import static vn.baocao.ingest.SampleReports.S004;
import static vn.baocao.ingest.SampleReports.parse;
import static vn.baocao.ingest.SampleReports.text;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.Report;

class SampleCleaningTest {

    @Test
    void sample000LosesSectionLabelCaptionsAgencyAndRelatedLinks() {
        Report report = parse(S000);
        assertThat(report.passages().get(0).text()).startsWith("Hội nghị thống nhất đánh giá với phương châm chủ động");
        assertThat(text(report)).doesNotContain("Hội nhập", "Quang cảnh Hội nghị", "(Nguồn: Bộ Ngoại giao)",
                        "phát biểu kết luận tại Hội nghị", "TTXVN", "./.", "Tin liên quan", "Xem thêm")
                .contains("Bộ Ngoại giao đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, phương hướng công tác 6 tháng cuối năm 2023.",
                        "Bộ trưởng đề nghị toàn ngành tích cực triển khai công tác ngoại giao kinh tế")
                .endsWith("đóng góp vào thành tựu chung của công tác đối ngoại trong 6 tháng đầu năm.");
    }

    @Test
    void sample001LosesCountersLoginUnmarkedCaptionsBylineAndBadge() {
        String text = text(parse(S001));
        assertThat(text).doesNotContain("Thông tin mới nhất", "Thống kê truy cập", "Đang truy cập", "Hôm nay: 1",
                "Trong tuần", "Tổng lượt truy cập", "Đăng nhập", "ipv6", "Tin Nhiem Mang", "Vi Trường",
                "Các đại biểu dự hội nghị tại điểm cầu Cao Bằng.", "Toàn cảnh Hội nghị",
                "phát biểu ý kiến chỉ đạo tại Hội nghị.");
        assertThat(text).startsWith("Sáng 10/1, Bộ Ngoại giao tổ chức hội nghị trực tuyến tổng kết công tác ngành ngoại giao năm 2022")
                .contains("Dự hội nghị tại điểm cầu Cao Bằng có đồng chí Nguyễn Bích Ngọc",
                        "Thủ tướng yêu cầu ngành Ngoại giao thực hiện 6 nhiệm vụ trọng tâm.")
                .endsWith("góp phần phát triển đất nước hùng cường, thịnh vượng, nhân dân ấm no, hạnh phúc.");
    }

    @Test
    void sample002LosesBothCopiesOfItsCaptionAndTheByline() {
        String text = text(parse(S002));
        assertThat(text).doesNotContain("Ảnh", "VGP", "B.T.V")
                .startsWith("Chiều ngày 31-1, tại Trụ sở Bộ Ngoại giao, Phó Thủ tướng Chính phủ Trần Lưu Quang")
                .contains("Phó Thủ tướng nhấn mạnh thế giới tiếp tục trải qua những biến động sâu sắc")
                .endsWith("qua đó nâng cao hơn nữa vị thế, uy tín đất nước…");
    }

    @Test
    void sample003LosesEverythingFromItsOtherArticlesList() {
        String text = text(parse(S003));
        assertThat(text).doesNotContain("vàng miếng", "Lê Minh Khái", "Cần Giờ", "Trần Hồng Hà", "KEIDANREN",
                "Nhật Bản", "Vương Đình Huệ", "1946", "Tổng tuyển cử", "giám sát", "Tin khác", "Tin tức", "(CLO)",
                "Trả lời", "Ảnh: TG&VN", "Quang cảnh Hội nghị", "Phó Thủ tướng Phạm Bình Minh phát biểu tại Hội nghị");
        assertThat(text).startsWith("Đây là một trong nội dung chỉ đạo của Ủy viên Bộ Chính trị, Phó Thủ tướng, "
                        + "Bộ trưởng Ngoại giao Phạm Bình Minh")
                .contains("Thứ nhất, cần nghiên cứu, đánh giá sâu hơn nữa về tình hình; nhạy cảm trong tham mưu, xử lý tình huống.")
                .endsWith("hướng tới Đại hội XIII của Đảng.");
    }

    @Test
    void sample004LosesCaptionBylineSourceLineAndShareButton() {
        String text = text(parse(S004));
        assertThat(text).doesNotContain("Ảnh: H.N", "Hoài Nhung", "Nguồn Quảng Trị", "baoquangtri", "Zalo")
                .startsWith("Sáng nay 6/1, Bộ Ngoại giao tổ chức hội nghị trực tuyến tổng kết công tác ngành ngoại giao năm 2024")
                .contains("Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị.")
                .endsWith("khôn khéo về ứng xử và tinh thông về nghiệp vụ.");
    }

    @ParameterizedTest
    @CsvSource({"000_47e75d3c86d27e21.txt, 11", "001_8430b1541a21d71d.txt, 12", "002_0e1cf19fdeddcf6d.txt, 6",
            "003_60cdc4bfe3deff94.txt, 7", "004_771f5d769968830d.txt, 11"})
    void cutsEachSampleIntoOrderedPassagesWithoutItsHeadline(String file, int count) {
        Report report = parse(file);
        assertThat(report.passages()).hasSize(count);
        assertThat(report.passages()).extracting(Passage::ordinal).containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
        assertThat(report.passages()).noneMatch(passage -> passage.text().startsWith(report.info().title()));
        assertThat(report.passages()).allMatch(passage -> passage.report().equals(report.info()));
    }

    @Test
    void newStyleTonesInTheSourceComeOutTraditional() {
        // 002 writes "biên giới hoà bình"
        assertThat(text(parse(S002))).contains("biên giới hòa bình").doesNotContain("hoà bình");
    }

    @Test
    void moreChromeAroundTheSameArticleKeepsItsContentHash() {
        String original = new String(SampleReports.bytes(S004), StandardCharsets.UTF_8);
        byte[] withMoreChrome = ("Đăng nhập\nThống kê truy cập\n  • Hôm nay: 7\n\n" + original + "\nFacebook\n")
                .getBytes(StandardCharsets.UTF_8);
        Report report = new ReportParser().parse(S004, withMoreChrome, "samples/" + S004);
        assertThat(report.contentHash()).isEqualTo(parse(S004).contentHash());
    }
}
