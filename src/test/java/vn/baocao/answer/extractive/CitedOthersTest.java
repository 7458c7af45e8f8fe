package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** A sentence that only cites someone else ("chỉ đạo của Tổng Bí thư …") goes on with the speaker before it. Without an index. */
class CitedOthersTest {
    private static final Person DEPUTY = new Person("Trần Lưu Quang", "Phó Thủ tướng Chính phủ");
    private static final Person GENERAL_SECRETARY = new Person("Nguyễn Phú Trọng", "Tổng Bí thư");
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Phó Thủ tướng làm việc với Bộ Ngoại giao",
            LocalDate.of(2023, 1, 31), "", null);
    private static final Passage SPEECH = new Passage(REPORT, 0, "Phó Thủ tướng Trần Lưu Quang nhấn mạnh ngành cần chủ động "
            + "tham mưu chiến lược cho Đảng và Nhà nước trong tình hình mới. Bộ Ngoại giao cần bám sát chỉ đạo của Tổng Bí thư "
            + "Nguyễn Phú Trọng, trong đó giữ vững hòa bình, ổn định là nhiệm vụ trọng yếu, thường xuyên.",
            List.of(DEPUTY, GENERAL_SECRETARY));
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(SPEECH), List.of(), List.of(DEPUTY, GENERAL_SECRETARY));
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @Test
    void whatTheSpeakerSaysCitingSomeoneElseIsTheSpeakers() {
        Answer answer = answerer.answer("Theo Phó Thủ tướng, giữ vững hòa bình, ổn định là nhiệm vụ gì?");

        assertThat(answer.text()).contains("nhiệm vụ trọng yếu").startsWith("Phó Thủ tướng Chính phủ Trần Lưu Quang");
    }
}
