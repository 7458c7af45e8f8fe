package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.baocao.text.VietnameseText;

/** The verbs with which Vietnamese reports attribute speech ("nhấn mạnh", "đề nghị", …). */
final class SpeechVerbs {
    private static final List<String> VERBS = List.of(
            "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "yêu cầu", "chỉ đạo", "đánh giá", "cho rằng",
            "cho biết", "lưu ý", "biểu dương", "báo cáo", "kết luận", "kêu gọi", "nêu rõ", "chỉ rõ", "nhận định",
            "đề xuất", "ghi nhận", "chúc mừng", "mong muốn", "quán triệt", "lưu tâm", "nói");

    // Verbs that ask for something specific, by kind: "đề nghị gì" wants requests, not praise. Generic
    // ones ("nói", "phát biểu", "chỉ đạo") accept any statement.
    private static final List<List<String>> KINDS = List.of(
            List.of("đề nghị", "yêu cầu", "đề xuất", "kêu gọi"),
            List.of("nhấn mạnh", "khẳng định", "nêu rõ", "chỉ rõ", "lưu ý"),
            List.of("đánh giá", "nhận định", "cho rằng", "ghi nhận"),
            List.of("biểu dương", "chúc mừng"),
            List.of("kết luận"),
            List.of("báo cáo", "cho biết"));

    private SpeechVerbs() {
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

    /** The start of every speech verb in {@code sentence} (as whole words), in order. */
    static List<Integer> positions(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        for (String verb : VERBS) {
            for (int at = lower.indexOf(verb); at >= 0; at = lower.indexOf(verb, at + 1)) {
                int end = at + verb.length();
                boolean whole = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
                if (whole) {
                    out.add(at);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /** The length of the speech verb starting at {@code position} of {@code sentence}, or 0. */
    static int lengthAt(String sentence, int position) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return VERBS.stream().filter(v -> lower.startsWith(v, position)).mapToInt(String::length).max().orElse(0);
    }
}
