package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The verbs with which Vietnamese reports attribute speech ("nhấn mạnh", "đề nghị", …). */
final class SpeechVerbs {
    private static final List<String> VERBS = List.of(
            "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "yêu cầu", "chỉ đạo", "đánh giá", "cho rằng",
            "cho biết", "lưu ý", "biểu dương", "báo cáo", "kết luận", "kêu gọi", "nêu rõ", "chỉ rõ", "nhận định",
            "đề xuất", "ghi nhận", "chúc mừng", "mong muốn", "quán triệt", "lưu tâm", "nói");

    private SpeechVerbs() {
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
