package vn.baocao.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The verbs with which Vietnamese reports attribute speech ("nhấn mạnh", "đề nghị", …). */
public final class SpeechVerbs {
    private static final List<String> VERBS = List.of(
            "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "yêu cầu", "chỉ đạo", "đánh giá", "cho rằng",
            "cho biết", "lưu ý", "biểu dương", "báo cáo", "kết luận", "kêu gọi", "nêu rõ", "chỉ rõ", "nhận định",
            "đề xuất", "ghi nhận", "chúc mừng", "mong muốn", "quán triệt", "lưu tâm", "nói");

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("và", "đồng thời", "cũng", "tiếp tục",
            "đã", "còn", "thì", "cũng đã", "qua đó", "theo đó");

    /**
     * Pronouns a report uses for the person it is quoting ("Ông nhấn mạnh…"): like a connective, they
     * leave the speaker as it was.
     */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("ông", "bà", "ông ấy", "bà ấy",
            "ông cũng", "bà cũng", "ông còn", "bà còn");

    private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("sự", "các", "những", "theo", "lời");

    private SpeechVerbs() {
    }

    /** The start of every speech verb in {@code sentence} (as whole words, any case), in order. */
    public static List<Integer> positions(String sentence) {
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
    public static int lengthAt(String sentence, int position) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return VERBS.stream().filter(v -> lower.startsWith(v, position)).mapToInt(String::length).max().orElse(0);
    }

    /**
     * True when the sentence has a speech verb whose subject is not a person: "các tham luận đánh giá…"
     * says who speaks, and it is nobody the report names. A verb that opens its clause ("Để thực hiện
     * nhiệm vụ này, yêu cầu ngành…") has its subject left out, as when a report goes on with the words
     * of the speaker it named before.
     *
     * @param firstMention where the first person is mentioned in the sentence, or -1
     */
    public static boolean hasOtherSubject(String sentence, int firstMention) {
        int verb = positions(sentence).stream().filter(v -> !isNoun(sentence, v)).findFirst().orElse(-1);
        if (verb < 0 || firstMention >= 0 && firstMention < verb) {
            return false;
        }
        int clause = Math.max(Math.max(sentence.lastIndexOf(',', verb), sentence.lastIndexOf(';', verb)),
                sentence.lastIndexOf(':', verb)) + 1;
        String subject = sentence.substring(clause, verb).strip().toLowerCase(Locale.ROOT);
        return !subject.isEmpty() && !CONNECTIVES.contains(subject) && !PRONOUNS.contains(subject);
    }

    /**
     * The speech verb of a sentence whose subject is a pronoun for the person being quoted ("Ông nhấn
     * mạnh …" → "nhấn mạnh"), lower case, or empty when it has none.
     */
    public static String pronounVerb(String sentence) {
        for (int verb : positions(sentence)) {
            int clause = Math.max(sentence.lastIndexOf(',', verb), sentence.lastIndexOf(';', verb)) + 1;
            if (PRONOUNS.contains(sentence.substring(clause, verb).strip().toLowerCase(Locale.ROOT))) {
                return sentence.substring(verb, verb + lengthAt(sentence, verb)).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** True when the person mentioned at {@code mentionStart} is introduced by "Theo": "Theo Thứ trưởng, …". */
    public static boolean isAccordingTo(String sentence, int mentionStart) {
        return sentence.substring(0, mentionStart).strip().equalsIgnoreCase("theo")
                && sentence.indexOf(',', mentionStart) > 0;
    }

    /** True when the verb at {@code at} is used as a noun: "sự chỉ đạo", "chỉ đạo của Tổng Bí thư". */
    private static boolean isNoun(String sentence, int at) {
        String before = sentence.substring(0, at).toLowerCase(Locale.ROOT).stripTrailing();
        String after = sentence.substring(at + lengthAt(sentence, at)).toLowerCase(Locale.ROOT).stripLeading();
        return NOUN_MARKERS.stream().anyMatch(m -> before.endsWith(" " + m) || before.equals(m))
                || after.startsWith("của ");
    }

    /** The number of words after the speech verb at {@code position}: a statement says something. */
    public static int wordsAfter(String sentence, int position) {
        String rest = sentence.substring(position + lengthAt(sentence, position)).strip();
        return rest.isEmpty() ? 0 : rest.split("\\s+").length;
    }

    /**
     * The speaker of a sentence given where people are mentioned in it: for the first speech verb that
     * follows a mention, the index of the mention last before it ("Phát biểu chỉ đạo, Thủ tướng … đề
     * nghị …" → the Prime Minister); -1 when the sentence attributes no speech.
     *
     * @param mentionEnds where each mention ends in the sentence, in order of position
     */
    public static int speakerIndex(String sentence, List<Integer> mentionEnds) {
        for (int verb : positions(sentence)) {
            int speaker = -1;
            for (int i = 0; i < mentionEnds.size(); i++) {
                if (mentionEnds.get(i) <= verb) {
                    speaker = i;
                }
            }
            if (speaker >= 0) {
                return speaker;
            }
        }
        return -1;
    }
}
