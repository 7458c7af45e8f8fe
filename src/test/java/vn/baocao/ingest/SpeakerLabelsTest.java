package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Report;

/** A transcript's turns: speaker labels in capitals are the people the report names, and their words. */
class SpeakerLabelsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PHẠM THU HẰNG: Xin chào các quý vị phóng viên.     | Phạm Thu Hằng: Xin chào các quý vị phóng viên.
            NGUYỄN THANH HẢI: Cảm ơn câu hỏi.                  | Nguyễn Thanh Hải: Cảm ơn câu hỏi.
            PHÓNG VIÊN REUTERS: Bộ xử lý thế nào?               | PHÓNG VIÊN REUTERS: Bộ xử lý thế nào?
            BỘ NGOẠI GIAO - VỤ THÔNG TIN BÁO CHÍ                | BỘ NGOẠI GIAO - VỤ THÔNG TIN BÁO CHÍ
            KẾT LUẬN: Hội nghị thành công.                      | KẾT LUẬN: Hội nghị thành công.
            NGƯỜI PHÁT NGÔN ĐINH THU TRANG: Đúng vậy.           | Đinh Thu Trang (Người phát ngôn): Đúng vậy.
            ĐẶNG HOÀNG PHÚC (Thứ trưởng): Trong năm 2023.       | Đặng Hoàng Phúc (Thứ trưởng): Trong năm 2023.
            [00:01:05] NGUYỄN VĂN THẠCH: Xin cảm ơn chị Trang.  | Nguyễn Văn Thạch: Xin cảm ơn chị Trang.
            [00:09:40] PHÓNG VIÊN BÁO NHÂN DÂN: Xin hỏi.        | PHÓNG VIÊN BÁO NHÂN DÂN: Xin hỏi.
            PHÓNG VIÊN BÁO HÀ NỘI MỚI: Xin hỏi.                 | PHÓNG VIÊN BÁO HÀ NỘI MỚI: Xin hỏi.
            PHÓNG VIÊN HÃNG REUTERS (hỏi bằng tiếng Anh): Có.   | PHÓNG VIÊN HÃNG REUTERS (hỏi bằng tiếng Anh): Có.
            """)
    void aLabelInCapitalsThatIsANameIsWrittenAsTheName(String paragraph, String written) {
        assertThat(Cleaner.withSpeakerNamed(paragraph)).isEqualTo(written);
    }

    @Test
    void aLabelledTurnIsItsSpeakersStatementAndTheReporterAsksNothing() {
        String transcript = """
                Họp báo thường kỳ của Bộ Ngoại giao

                Chủ trì: Bà Phạm Thu Hằng, Người phát ngôn Bộ Ngoại giao, chủ trì họp báo ngày 22/11/2024.

                PHÓNG VIÊN REUTERS: Thông tin sai lệch về Việt Nam trên mạng xã hội xuất hiện khá nhiều, Bộ xử lý thế nào?

                PHẠM THU HẰNG: Chúng tôi luôn theo dõi sát và phản ứng kịp thời với những thông tin sai lệch, xuyên tạc.
                """;
        Report report = new ReportParser().parse("hb.txt", transcript.getBytes(StandardCharsets.UTF_8), "hb.txt");
        assertThat(report.statements()).extracting(s -> s.speaker().name() + "|" + s.sentence().substring(0, 25))
                .contains("Phạm Thu Hằng|Phạm Thu Hằng: Chúng tôi ")
                .noneMatch(s -> s.contains("PHÓNG VIÊN"));
    }
}
