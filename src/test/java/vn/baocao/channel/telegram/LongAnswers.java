package vn.baocao.channel.telegram;

import java.time.LocalDate;
import java.util.List;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Citation;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

/** Answers longer than a message (Telegram's or Zalo's), citing a report whose title needs escaping in HTML. */
public final class LongAnswers {
    public static final ReportInfo REPORT = new ReportInfo("0123456789abcdef", "uploads/x.txt", "", "<Báo cáo> & “tổng kết”",
            LocalDate.of(2023, 1, 10), "", null);

    private LongAnswers() {
    }

    /** An answer of at least {@code length} characters: paragraphs "Đoạn n: …" each ending with a marker. */
    public static Answer of(int length) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; text.length() < length; n++) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("Đoạn ").append(n).append(": ").append("Ngành Ngoại giao <tổng kết> & triển khai nhiệm vụ. "
                    .repeat(4)).append("Theo báo cáo [").append(n % 2 + 1).append("].");
        }
        List<Citation> citations = List.of(citation(1, 3), citation(2, 4));
        return Answer.of("Kể hết đi", text.toString(), citations, AnswerKind.ANSWER, "extractive");
    }

    private static Citation citation(int n, int ordinal) {
        Passage passage = new Passage(REPORT, ordinal, "Đoạn nguồn số " + ordinal + ".", List.of());
        return new Citation(n, passage, passage.text());
    }
}
