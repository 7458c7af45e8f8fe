package vn.baocao.summary;

import java.util.List;
import java.util.regex.Pattern;
import vn.baocao.report.Person;
import vn.baocao.text.VietnameseText;

/**
 * Shortens a report sentence into a bullet where that is safe, never rewording it: a connective that
 * only links to the previous sentence is dropped ("Trong bối cảnh đó, …"); under a speaker's name, the
 * words that only name the speaker before their verb are dropped ("Kết luận Hội nghị, Bộ trưởng Bùi Thanh
 * Sơn biểu dương…" → "biểu dương…"); a long sentence is cut after a whole clause — at a ";" or, failing
 * that, a "," — and ends with "…". The citation keeps the sentence whole.
 */
final class Clauses {
    /** A bullet longer than this is cut after a clause, when it has one in the right place. */
    static final int MAX_CHARS = 200;
    /** A bullet whose clauses past {@link #MAX_CHARS} hold a number is kept whole up to this length. */
    static final int LONGEST_WITH_NUMBER = 320;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Never cut a bullet shorter than this: a stub says less than the sentence. */
    private static final int MIN_KEPT = 90;
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(Trong bối cảnh đó|Trên cơ sở đó|Bên cạnh đó|Đồng thời|Trong đó|Tại Hội nghị|Tại hội nghị|Tại buổi làm việc)"
                    + ",\\s+");
    /**
     * A section heading the sentence runs on from in its passage ("Nhiều dấu ấn nổi bật\nTrình bày báo cáo …"): a
     * short first line with no mark of its own, the next opening with a capital (a line the page wrapped goes on in
     * lower case). The heading names the section, not the point.
     */
    private static final Pattern HEADING_LINE = Pattern.compile("(?u)^[^\\n.,;:!?]{1,80}\\n(?=\\s*\\p{Lu})");
    /** A tense or aspect word between the speaker and the verb: "Bộ trưởng … đã báo cáo". */
    /** The mark of a point of the report's own list ("- ", "2. ", "b) "): a bullet of its own needs none. */
    private static final Pattern POINT_MARK = Pattern.compile("^(?:[-–•+*]|\\d{1,2}[.)]|[a-hđ]\\))\\s+");
    private static final Pattern AUXILIARY = Pattern.compile("(?<!\\p{L})(đã|cũng|đều|vẫn)\\s+$");
    /** The titles a speaker is named by just before their verb ("Bộ trưởng đề nghị…"), folded. */
    private static final List<String> TITLES = List.of("bo truong", "thu tuong", "thu tuong chinh phu", "pho thu tuong",
            "chu tich", "bo truong ngoai giao", "bo truong bo ngoai giao", "pho thu tuong chinh phu");

    private Clauses() {
    }

    /** {@code sentence} as a bullet standing on its own, capitalised. */
    static String alone(String sentence) {
        String text = HEADING_LINE.matcher(sentence.strip()).replaceFirst("");
        return capitalized(shortened(CONNECTIVE.matcher(POINT_MARK.matcher(text).replaceFirst("")).replaceFirst("")));
    }

    /**
     * {@code sentence} as a bullet under {@code speaker}'s name: from the speech {@code verb} on when only
     * the speaker is named before it, else the sentence alone.
     */
    static String under(Person speaker, String verb, String sentence) {
        if (verb.isEmpty()) {
            return alone(sentence);
        }
        int at = sentence.indexOf(verb);
        if (at > 0 && AUXILIARY.matcher(sentence.substring(0, at)).find()) {
            at = sentence.lastIndexOf(' ', at - 2) + 1; // keep "đã báo cáo": the tense is part of what was said
        }
        if (at <= 0 || !namesOnly(speaker, sentence.substring(0, at))) {
            return alone(sentence);
        }
        return shortened(sentence.substring(at));
    }

    /** True when {@code before} ends with the speaker's name or a bare title: nothing lost by dropping it. */
    private static boolean namesOnly(Person speaker, String before) {
        String folded = VietnameseText.fold(before).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (folded.endsWith(VietnameseText.fold(speaker.name()))) {
            return true;
        }
        return TITLES.stream().anyMatch(t -> folded.equals(t) || folded.endsWith(" " + t) && !folded.endsWith("pho " + t));
    }

    /** {@code text} cut after its last whole clause that fits {@link #MAX_CHARS}, with "…"; whole when short. */
    static String shortened(String text) {
        String t = text.strip().replaceAll("\\s*\\./\\.$", ".");
        if (t.length() <= MAX_CHARS) {
            return t;
        }
        int cut = lastBoundary(t, ';');
        if (cut < 0) {
            cut = lastBoundary(t, ',');
        }
        if (cut < 0 || t.length() <= LONGEST_WITH_NUMBER && DIGIT.matcher(t.substring(cut)).find()) {
            return t; // a number in the clauses cut off is most often the fact the sentence is there for
        }
        return t.substring(0, cut).strip().replaceAll("[.…]+$", "") + "…";
    }

    /** The last {@code mark} at which a cut keeps between {@link #MIN_KEPT} and {@link #MAX_CHARS}, outside quotes. */
    private static int lastBoundary(String t, char mark) {
        for (int i = Math.min(MAX_CHARS, t.length() - 1); i >= MIN_KEPT; i--) {
            if (t.charAt(i) == mark && !insideQuotes(t, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean insideQuotes(String t, int at) {
        String before = t.substring(0, at);
        long open = before.chars().filter(c -> c == '“' || c == '(').count();
        long close = before.chars().filter(c -> c == '”' || c == ')').count();
        long straight = before.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1;
    }

    static String capitalized(String text) {
        return VietnameseText.capitalized(text);
    }
}
