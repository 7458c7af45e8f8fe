package vn.baocao.summary;

import java.util.ArrayList;
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

    /**
     * The folded syllables of {@code text}, its runs of letters and numbers: "Bùi Thanh Sơn," → [bui, thanh,
     * son]. A loop rather than a regex split: every sentence a summary reads goes through here.
     */
    static List<String> syllablesOf(String text) {
        String folded = VietnameseText.fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean inSyllable = Character.isLetter(c) || isNumber(c);
            if (inSyllable && start < 0) {
                start = i;
            } else if (!inSyllable && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    /** True when {@code c} is a number as the regex class \p{N} has it: digits, but also "Ⅻ" and "½". */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
