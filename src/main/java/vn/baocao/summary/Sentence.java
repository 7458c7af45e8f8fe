package vn.baocao.summary;

import java.util.List;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Require;
import vn.baocao.report.Statement;
import vn.baocao.text.VietnameseText;

/**
 * One sentence of a report, as a summary may use it: where it is (for citing), who speaks in it, and
 * its folded syllables (for similarity).
 *
 * @param passage   the passage it belongs to
 * @param text      the sentence, verbatim
 * @param statement the statement it is, or null when nobody speaks in it
 * @param syllables its folded syllables, in order
 */
record Sentence(Passage passage, String text, Statement statement, List<String> syllables) {
    Sentence {
        Require.notNull(passage, "passage");
        Require.notBlank(text, "sentence");
        syllables = List.copyOf(syllables);
    }

    /** The sentence {@code text} of {@code passage}, with {@code statement} when someone speaks in it. */
    static Sentence of(Passage passage, String text, Statement statement) {
        return new Sentence(passage, text, statement, syllablesOf(text));
    }

    /** The folded syllables of {@code text}, its runs of letters and numbers: "Bùi Thanh Sơn," → [bui, thanh, son]. */
    static List<String> syllablesOf(String text) {
        return VietnameseText.foldedWords(text);
    }

    /** The speaker, or null when nobody speaks in it. */
    Person speaker() {
        return statement == null ? null : statement.speaker();
    }

    /** The sentence folded, with single spaces: for cue matching. */
    String folded() {
        return " " + String.join(" ", syllables) + " ";
    }

    /** A key that tells sentences apart: passage and text. */
    String key() {
        return passage.key() + "|" + text;
    }
}
