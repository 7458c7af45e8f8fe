package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Locale;
import vn.baocao.text.VietnameseText;

/** Kinds of statement a question may ask for ("đề nghị gì" → requests), to prefer statements of that kind. */
final class StatementKinds {
    // Verbs that ask for something specific, by kind: "đề nghị gì" wants requests, not praise. Generic
    // ones ("nói", "phát biểu", "chỉ đạo") accept any statement.
    private static final List<List<String>> KINDS = List.of(
            List.of("đề nghị", "yêu cầu", "đề xuất", "kêu gọi"),
            List.of("nhấn mạnh", "khẳng định", "nêu rõ", "chỉ rõ", "lưu ý"),
            List.of("đánh giá", "nhận định", "cho rằng", "ghi nhận"),
            List.of("biểu dương", "chúc mừng"),
            List.of("kết luận"),
            List.of("báo cáo", "cho biết"));

    private StatementKinds() {
    }

    /**
     * The statements whose verb is of the kind the question asks about ("đề nghị gì" → requests), when
     * there are any; otherwise all of them. Order is kept.
     */
    static List<Candidate> preferAsked(String question, List<Candidate> statements) {
        String folded = " " + VietnameseText.fold(question) + " ";
        for (List<String> kind : KINDS) {
            if (kind.stream().anyMatch(v -> folded.contains(" " + VietnameseText.fold(v) + " "))) {
                List<Candidate> ofKind = statements.stream().filter(c -> kind.stream()
                        .anyMatch(v -> c.sentence().toLowerCase(Locale.ROOT).contains(v))).toList();
                return ofKind.isEmpty() ? statements : ofKind;
            }
        }
        return statements;
    }
}
