package vn.baocao.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts the content words of a question: its words minus the question words ("ai", "khi nào",
 * "bao nhiêu", "who", ...) and a trailing particle ("không", "vậy", "ạ").
 *
 * <p>Only words that carry no content are removed. Verbs of speech stay ("nhấn mạnh gì" keeps
 * "nhấn mạnh", which the answering passage contains), and so do the English words that fold to
 * Vietnamese syllables ("the" is "thế", "an" is "an ninh", "do" is "đó").
 */
final class QuestionWords {
    private static final List<Cue> QUESTION_WORDS = List.of(
            Cue.of("khi nào|ngày nào|hôm nào|lúc nào|năm nào|tháng nào|thời gian nào|thời điểm nào|bao giờ"),
            Cue.of("(?:ở|tại) đâu|nơi nào|địa điểm nào|chỗ nào|bao nhiêu|người nào|vị nào"),
            Cue.of("những gì|điều gì|cái gì|là gì|như thế nào|thế nào|ra sao"),
            Cue.of("hãy cho (?:tôi |mình |em )?biết|cho (?:tôi|mình|em) biết|xin|vui lòng|làm ơn"),
            Cue.of("liệt kê|so sánh|tóm tắt|tóm lược|điểm lại|khái quát"),
            Cue.of("ai|gì|nào"),
            Cue.of("đâu|mấy|hãy", "(?!)"), // their folded forms are content words too: "đầu", "máy", "hay"
            Cue.of("who|whom|whose|what|when|where|which|how|many|much|did|does|is|are|was|were|about"
                    + "|say|said|says|tell|please|list|compare|summari[sz]e|summary|of"));
    private static final Set<String> TRAILING_ACCENTED = Set.of("không", "chưa", "vậy", "nhỉ", "hả", "ạ", "à", "thế", "nhé");
    private static final Set<String> TRAILING_FOLDED = Set.of("khong", "chua", "vay", "nhi", "ha", "a", "the", "nhe");

    private QuestionWords() {
    }

    /** The first {@code max} distinct content words of {@code text}, in order. */
    static List<String> contentTerms(QuestionText text, int max) {
        String remaining = text.padded();
        for (Cue cue : QUESTION_WORDS) {
            remaining = cue.in(text).matcher(remaining).replaceAll(" ");
        }
        List<String> words = new ArrayList<>(List.of(remaining.strip().split(" +")));
        words.removeIf(String::isEmpty);
        Set<String> trailing = text.accented() ? TRAILING_ACCENTED : TRAILING_FOLDED;
        while (!words.isEmpty() && trailing.contains(words.getLast())) {
            words.removeLast();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String word : words) {
            if (distinct.size() == max) {
                break;
            }
            distinct.add(word);
        }
        return List.copyOf(distinct);
    }
}
