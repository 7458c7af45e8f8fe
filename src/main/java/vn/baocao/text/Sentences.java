package vn.baocao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Vietnamese prose into sentences: after ".", "!", "?" or "…" (and any closing quotes or
 * brackets) when the next word starts with a capital letter, a digit or an opening quote.
 *
 * <p>Abbreviations that end in a period before a name ("TP. Hồ Chí Minh", "TS. Nguyễn …") do not end
 * a sentence; neither do periods inside numbers ("1.000"), since no space follows them.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "tp", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "ông", "bà", "mr", "mrs", "ms", "dr", "st",
            "no", "tr", "q", "p", "h", "x", "v.v");
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";

    /** What numbers a point of a list: "3", "IV", "b". */
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("\\d{1,2}|[IVX]{1,4}|[a-zđ]");

    private Sentences() {
    }

    /** Returns the sentences of {@code text}, each stripped, none empty; an empty list for blank text. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n' && i > start && (startsAPoint(text, i + 1) || startsARow(text, i + 1))) {
                add(out, text.substring(start, i)); // a point of a list, or a table's row, on its own line starts a sentence
                start = i + 1;
                continue;
            }
            if (!isTerminator(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < n && (isTerminator(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            if (endsSentence(text, start, i, end)) {
                add(out, text.substring(start, end));
                start = end;
            }
            i = end - 1;
        }
        add(out, text.substring(start));
        return out;
    }

    /** What starts a point of a list on its own line: "2.", "b)", "(3)", "-", "•", then a space. */
    private static final java.util.regex.Pattern POINT_START = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}[.)]|[a-zđ]\\)|\\(\\d{1,2}\\)|[-–•+*])\\s");

    /** True when {@code line} starts as a point of a list: "2. …", "b) …", "(3) …", "- …". */
    public static boolean startsAPoint(String line) {
        return line != null && startsAPoint(line.stripLeading(), 0);
    }

    /** True when a point of a list starts at {@code at}, the start of a line. */
    /** A row of a table's figures as a line: its item, a colon, then a figure ("Campuchia: 10,1 (…)"). */
    private static final java.util.regex.Pattern ROW_START = java.util.regex.Pattern.compile("[^\\n:.!?]{1,80}: -?\\d");

    private static boolean startsARow(String text, int at) {
        return ROW_START.matcher(text).region(at, text.length()).lookingAt();
    }

    private static boolean startsAPoint(String text, int at) {
        return POINT_START.matcher(text).region(at, Math.min(text.length(), at + 5)).lookingAt();
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean endsSentence(String text, int start, int dot, int end) {
        if (end >= text.length()) {
            return true;
        }
        if (text.charAt(dot) == '.' && end == dot + 1 && LIST_MARKER.matcher(text.substring(start, dot).strip()).matches()) {
            return false; // "3. Phó Chủ tịch …": the number of a point, not a sentence of its own
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char c = text.charAt(next);
        boolean opensSentence = Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
        return opensSentence && !(text.charAt(dot) == '.' && isAbbreviation(text, start, dot));
    }

    private static boolean isAbbreviation(String text, int start, int dot) {
        int wordStart = dot;
        while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
