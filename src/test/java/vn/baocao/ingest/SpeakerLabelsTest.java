package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
            BỘ NGOẠI GIAO - VỤ THÔNG TIN BÁO CHÍ                | BỘ NGOẠI GIAO - VỤ THÔNG TIN BÁO CHÍ
            KẾT LUẬN: Hội nghị thành công.                      | KẾT LUẬN: Hội nghị thành công.
            I. KẾT QUẢ NỔI BẬT: Năm 2023.                       | I. KẾT QUẢ NỔI BẬT: Năm 2023.
            NGƯỜI PHÁT NGÔN ĐINH THU TRANG: Đúng vậy.           | Đinh Thu Trang (Người phát ngôn): Đúng vậy.
            ĐẶNG HOÀNG PHÚC (Thứ trưởng): Trong năm 2023.       | Đặng Hoàng Phúc (Thứ trưởng): Trong năm 2023.
            [00:01:05] NGUYỄN VĂN THẠCH: Xin cảm ơn chị Trang.  | Nguyễn Văn Thạch: Xin cảm ơn chị Trang.
            PTT, BT BÙI THANH SƠN: Xin cảm ơn.                  | Bùi Thanh Sơn (PTT, BT): Xin cảm ơn.
            BT NGOẠI GIAO LÀO BOUNKONG SISOUPHANH: Vâng.        | BT Ngoại Giao Lào Bounkong Sisouphanh: Vâng.
            NGƯỜI ĐIỀU HÀNH: Xin mời.                           | Người điều hành: Xin mời.
            CHỦ TRÌ (Nguyễn Thị Thu Hà): Xin mời.               | Nguyễn Thị Thu Hà (Chủ trì): Xin mời.
            NGƯỜI DẪN (Phó Vụ trưởng Lâm Quốc Tuấn): Xin chào.  | Lâm Quốc Tuấn (Người dẫn, Phó Vụ trưởng): Xin chào.
            NGƯỜI ĐIỀU HÀNH (bà Phạm Thu Trang, Vụ trưởng): Mời. | Phạm Thu Trang (Người điều hành, Vụ trưởng): Mời.
            CHỦ TRÌ (đồng chí Lê Văn Long): Xin mời.            | Lê Văn Long (Chủ trì): Xin mời.
            PHÓNG VIÊN REUTERS: Bộ xử lý thế nào?               | Phóng viên Reuters: Bộ xử lý thế nào?
            [00:09:40] PHÓNG VIÊN BÁO NHÂN DÂN: Xin hỏi.        | Phóng viên báo Nhân Dân: Xin hỏi.
            PHÓNG VIÊN BÁO HÀ NỘI MỚI: Xin hỏi.                 | Phóng viên báo Hà Nội Mới: Xin hỏi.
            PHÓNG VIÊN TTXVN: Xin hỏi.                          | Phóng viên TTXVN: Xin hỏi.
            PHÓNG VIÊN HÃNG TIN AFP: Xin hỏi.                   | Phóng viên hãng tin AFP: Xin hỏi.
            PHÓNG VIÊN HÃNG REUTERS (hỏi bằng tiếng Anh): Có.   | Phóng viên hãng Reuters (hỏi bằng tiếng Anh): Có.
            PHÓNG VIÊN LÊ HÀ (Báo Nhân Dân): Xin hỏi.           | Phóng viên Lê Hà (Báo Nhân Dân): Xin hỏi.
            PHÓNG VIÊN JOHN MERCER (Reuters): Xin hỏi.          | Phóng viên John Mercer (Reuters): Xin hỏi.
            """)
    void aLabelInCapitalsIsWrittenAsTheSpeakerItNames(String paragraph, String written) {
        assertThat(TranscriptTurns.speakerNamed(paragraph)).isEqualTo(written);
    }

    @Test
    void aLabelOnItsOwnLineJoinsTheWordsBelowItAndABareClockIsDropped() {
        List<Block> read = TranscriptTurns.read(List.of(Block.paragraph("[00:48]"),
                Block.paragraph("[08:20] PHÓNG VIÊN LÊ HÀ (Báo Nhân Dân):"), Block.paragraph("Xin hỏi Phó Thủ tướng về du lịch?"),
                Block.paragraph("PTT, BT BÙI THANH SƠN:"), Block.paragraph("Ba nước sẽ nghiên cứu thị thực chung."),
                Block.paragraph("Hội nghị diễn ra tốt đẹp.")));
        assertThat(read).containsExactly(
                new Block("Phóng viên Lê Hà (Báo Nhân Dân): Xin hỏi Phó Thủ tướng về du lịch?", false, false, true),
                new Block("Bùi Thanh Sơn (PTT, BT): Ba nước sẽ nghiên cứu thị thực chung.", false, false, true),
                Block.paragraph("Hội nghị diễn ra tốt đẹp."));
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
