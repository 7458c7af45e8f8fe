package vn.baocao.answer;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Require;

/**
 * What the bot says to a question: Vietnamese text whose "[n]" markers refer to {@code citations}.
 *
 * <p>The constructor enforces the citation contract: citations are numbered 1..k in order, every
 * marker in the text has a citation and every citation is referred to by a marker. An abstention
 * has no citations.
 *
 * @param question   the question as asked
 * @param text       the answer; never blank
 * @param citations  the numbered sources
 * @param abstained  true when the reports do not answer the question (the text says so)
 * @param composer   which composer wrote the text: "extractive" or "llm"
 */
public record Answer(String question, String text, List<Citation> citations, boolean abstained, String composer) {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    public Answer {
        Require.notNull(question, "question");
        Require.notBlank(text, "answer text");
        Require.notBlank(composer, "composer");
        citations = List.copyOf(citations);
        Require.that(!abstained || citations.isEmpty(), "an abstention cites nothing");
        for (int i = 0; i < citations.size(); i++) {
            Require.that(citations.get(i).n() == i + 1, "citations must be numbered 1..k in order");
        }
        Set<Integer> used = markers(text);
        Set<Integer> numbers = new TreeSet<>();
        citations.forEach(c -> numbers.add(c.n()));
        Require.that(used.equals(numbers), "answer markers " + used + " must match citations " + numbers);
    }

    /** An abstention: {@code message} says why nothing is cited. */
    public static Answer abstain(String question, String message, String composer) {
        return new Answer(question, message, List.of(), true, composer);
    }

    /** The distinct marker numbers in {@code text}, ascending. */
    public static Set<Integer> markers(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
