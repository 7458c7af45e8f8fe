package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.Sentences;

/**
 * The rest of a list: a sentence that opens one ("Thủ tướng đề nghị tập trung vào bốn nhóm nhiệm vụ:",
 * "Thứ nhất, …", "Một là, …") is followed in its passage by its points ("Hai là, …", "Thứ ba, …", "2.",
 * "b)", "- …"), and an answer quoting the opening should quote them too.
 *
 * <p>A sentence opens a list when it ends with a colon, gives a count ("bốn nhóm", "5 nhiệm vụ"), or is
 * the first point itself; the list is the run of sentences after it that each start as a point.
 */
final class Enumerations {
    /** The most points quoted after an opening: a list longer than this is a document, not an answer. */
    private static final int MAX_POINTS = 10;
    private static final Pattern FIRST = Pattern.compile("(?iu)(?<!\\p{L})(?:thứ nhất|một là)(?!\\p{L})");
    private static final Pattern COUNT = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:[2-9]|1\\d|hai|ba|bốn|năm|sáu|bảy|tám"
            + "|chín|mười)\\s+\\p{L}+");
    /** How a point of a list starts: "Thứ nhất", "Hai là", "Cuối cùng", "2.", "(2)", "b)", "-", "•". */
    private static final Pattern POINT = Pattern.compile("(?iu)^(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
            + "|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là|cuối cùng|\\d{1,2}[.)](?!\\d)|\\(\\d{1,2}\\)|[a-hđ]\\)"
            + "|[-–•+*])(?!\\p{L})");

    /** The marks of points: a number, a letter, a bracketed number, a dash or bullet. */
    private static final Pattern MARK = Pattern.compile("(?u)(?:(\\d{1,2}[.)])|([a-hđ]\\))|(\\(\\d{1,2}\\))|([-–•+*]))(?!\\p{L})");

    private Enumerations() {
    }

    /** The sentences after {@code c} in its passage that go on with the list it opens; empty if none. */
    static List<String> following(Candidate c) {
        List<String> out = new ArrayList<>();
        List<String> sentences = Sentences.split(c.passage().text());
        int at = sentences.indexOf(c.sentence());
        // a heading of a document's own ("1. Thời gian, địa điểm, hình thức") opens the points under it
        boolean heading = at >= 0 && at + 1 < sentences.size() && isBare(c.sentence()) && isAPoint(sentences.get(at + 1));
        if (!opensAList(c.sentence()) && !heading) {
            return out;
        }
        String level = markOf(c.sentence());
        for (int i = at + 1; at >= 0 && i < sentences.size() && out.size() < MAX_POINTS; i++) {
            // a point marked like the opening ("2." after "1. …") is the next section, not a point under it
            if (!isAPoint(sentences.get(i)) || !level.isEmpty() && level.equals(markOf(sentences.get(i)))) {
                break;
            }
            out.add(sentences.get(i));
        }
        return out;
    }

    /** True when {@code sentence} ends without punctuation, as a heading does. */
    private static boolean isBare(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && Character.isLetterOrDigit(s.codePointBefore(s.length()));
    }

    /** How a point is marked: "1" for "2.", "a" for "b)", "-" for a dash or bullet, empty for none or words. */
    private static String markOf(String sentence) {
        Matcher m = MARK.matcher(sentence.strip().toLowerCase(Locale.ROOT));
        if (!m.lookingAt()) {
            return "";
        }
        return m.group(1) != null ? "1" : m.group(2) != null ? "a" : m.group(3) != null ? "(1)" : "-";
    }

    /**
     * The whole list a point belongs to, when {@code c} is a point of one ("Thứ tư, …"): the sentence that
     * opens it (or its first point, "Thứ nhất, …") and every point after, in order; empty when {@code c}
     * is no point of a list its passage opens.
     */
    static List<String> around(Candidate c) {
        List<String> sentences = Sentences.split(c.passage().text());
        int at = sentences.indexOf(c.sentence());
        if (at < 0 || !isAPoint(c.sentence())) {
            return List.of();
        }
        int first = at;
        while (first > 0 && isAPoint(sentences.get(first - 1))) {
            first--;
        }
        int opening = first > 0 && opensAList(sentences.get(first - 1)) ? first - 1
                : FIRST.matcher(sentences.get(first)).find() ? first : -1;
        if (opening < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(sentences.get(opening)));
        for (int i = opening + 1; i < sentences.size() && out.size() <= MAX_POINTS && isAPoint(sentences.get(i)); i++) {
            out.add(sentences.get(i));
        }
        return out;
    }

    /** True when {@code sentence} opens a list: a colon at its end, a count, or its first point. */
    static boolean opensAList(String sentence) {
        String s = sentence.strip();
        return s.endsWith(":") || FIRST.matcher(s).find() || COUNT.matcher(s).find();
    }

    /** True when {@code sentence} starts as a point of a list. */
    static boolean isAPoint(String sentence) {
        return POINT.matcher(sentence.strip().toLowerCase(Locale.ROOT)).find();
    }
}
