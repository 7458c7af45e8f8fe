package vn.baocao.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.report.Passage;

/**
 * Numbers cited passages in order of first use and collects the sentences quoted from each, so that
 * the answer's markers and its citations always agree. Composers write with the internal markers
 * {@link #cite} returns and turn them into "[n]" once, with {@link #markersIn}. Not thread-safe: one
 * book per answer.
 */
public final class CitationBook {
    // Private-use characters: VietnameseText.normalize strips them from every report and question.
    private static final String OPEN = "\uE000";
    private static final String CLOSE = "\uE001";
    private static final Pattern REPORT_BRACKETS = Pattern.compile("\\[(\\d{1,3})]");
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Passage> passages = new LinkedHashMap<>();
    private final Map<String, Set<String>> quotes = new LinkedHashMap<>();

    /**
     * Cites {@code sentence} of {@code passage} and returns its marker in an internal form that report
     * text cannot contain (see {@link #markersIn}): a report's own "[7]" must not pass for a citation.
     */
    public String cite(Passage passage, String sentence) {
        String key = passage.key();
        int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
        passages.putIfAbsent(key, passage);
        quotes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(sentence);
        return OPEN + n + CLOSE;
    }

    /**
     * The final answer text: bracketed numbers that came from the reports become "(7)", then the
     * internal markers become "[n]", so every marker in the text is one of ours.
     */
    public static String markersIn(String composed) {
        return REPORT_BRACKETS.matcher(composed).replaceAll("($1)").replace(OPEN, "[").replace(CLOSE, "]");
    }

    /** The citations so far, numbered 1..k. */
    public List<Citation> citations() {
        List<Citation> out = new ArrayList<>();
        numbers.forEach((key, n) -> out.add(new Citation(n, passages.get(key), String.join(" … ", quotes.get(key)))));
        return out;
    }
}
