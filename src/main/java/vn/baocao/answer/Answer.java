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
 * marker in the text has a citation and every citation is referred to by a marker. A refusal has no
 * citations, and its text is its {@link Refusal#message()}.
 *
 * @param question   the question as asked
 * @param text       the answer; never blank
 * @param citations  the numbered sources
 * @param kind       what the answer is; {@link AnswerKind#REFUSAL} exactly when {@code refusal} is set
 * @param refusal    why the reports do not answer the question, or null when they do
 * @param composer   which composer wrote the text: "extractive" or "llm"
 * @param next       the request for the next page of a long answer, or null when there is none
 */
public record Answer(String question, String text, List<Citation> citations, AnswerKind kind, Refusal refusal,
                     String composer, NextPage next) {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    public Answer {
        Require.notNull(question, "question");
        Require.notBlank(text, "answer text");
        Require.notBlank(composer, "composer");
        Require.notNull(kind, "answer kind");
        citations = List.copyOf(citations);
        Require.that((kind == AnswerKind.REFUSAL) == (refusal != null), "a refusal, and only a refusal, has a reason");
        Require.that(refusal == null || citations.isEmpty() && text.equals(refusal.message()),
                "a refusal cites nothing and says its message");
        for (int i = 0; i < citations.size(); i++) {
            Require.that(citations.get(i).n() == i + 1, "citations must be numbered 1..k in order");
        }
        Set<Integer> used = markers(text);
        Set<Integer> numbers = new TreeSet<>();
        citations.forEach(c -> numbers.add(c.n()));
        Require.that(used.equals(numbers), "answer markers " + used + " must match citations " + numbers);
    }

    /** An answer of {@code kind} with no next page. */
    public static Answer of(String question, String text, List<Citation> citations, AnswerKind kind, String composer) {
        return new Answer(question, text, citations, kind, null, composer, null);
    }

    /** A refusal: its text is the refusal's message, and nothing is cited. */
    public static Answer refused(String question, Refusal refusal, String composer) {
        Require.notNull(refusal, "refusal");
        return new Answer(question, refusal.message(), List.of(), AnswerKind.REFUSAL, refusal, composer, null);
    }

    /** A refusal for {@code reason}, telling the user {@code message}. */
    public static Answer refused(String question, Refusal.Reason reason, String message, String composer) {
        return refused(question, new Refusal(reason, message), composer);
    }

    /** True when the reports do not answer the question (the text says why). */
    public boolean abstained() {
        return refusal != null;
    }

    /** This answer with a next page. */
    public Answer withNext(NextPage page) {
        return new Answer(question, text, citations, kind, refusal, composer, page);
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
