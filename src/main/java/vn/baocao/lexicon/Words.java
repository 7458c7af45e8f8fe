package vn.baocao.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.baocao.text.VietnameseText;

/** Splits text into {@link Word}s. */
public final class Words {
    private Words() {
    }

    /** The words of {@code text} (normalised with {@link VietnameseText#normalize}), in order. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // folding keeps one character per character of normalised Vietnamese, so offsets carry over
        String folded = VietnameseText.fold(text);
        boolean aligned = folded.length() == text.length();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = text.substring(start, i);
                String lower = word.toLowerCase(Locale.ROOT);
                String fold = aligned ? folded.substring(start, i) : VietnameseText.fold(word);
                // a tone no syllable can carry ("kêt" for "kết") is a mark left out: the word is read as typed
                // without its marks, to mean whichever accented word it folds to
                out.add(new Word(word, Syllables.hasAnImpossibleTone(lower, fold) ? fold : lower, fold, start, i));
                start = -1;
            }
        }
        return out;
    }

    /** A letter, mark or number of any kind ("½" too): what the regex class [\p{L}\p{M}\p{N}] matches. */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }
}
