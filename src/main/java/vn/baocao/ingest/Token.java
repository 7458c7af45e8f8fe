package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word (letters, marks and digits) or a single punctuation mark of a text, with its character
 * offsets and its lower-case form.
 *
 * @param text  the token as written
 * @param lower the token in lower case ({@link Locale#ROOT}), computed once: titles and honorifics are
 *              compared in lower case many times per token
 * @param start offset of its first character
 * @param end   offset after its last character
 */
record Token(String text, String lower, int start, int end) {
    /**
     * The tokens of {@code text}, in order; white space separates them and is not a token. The same
     * tokens as the regex {@code [\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]} finds, scanned by hand because
     * every passage is tokenised and the regex was the largest cost of ingest.
     */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isWordPart(c)) {
                while (next < n) {
                    int d = text.codePointAt(next);
                    if (!isWordPart(d)) {
                        break;
                    }
                    next += Character.charCount(d);
                }
                tokens.add(at(text, i, next));
            } else if (!isSpace(c)) {
                tokens.add(at(text, i, next));
            }
            i = next;
        }
        return tokens;
    }

    private static Token at(String text, int start, int end) {
        String word = text.substring(start, end);
        return new Token(word, word.toLowerCase(Locale.ROOT), start, end);
    }

    /** A letter, mark or number: what the regex classes {@code \p{L}}, {@code \p{M}} and {@code \p{N}} match. */
    private static boolean isWordPart(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** What the regex class {@code \s} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** True for a word, i.e. a token that starts with a letter. */
    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** True for a word that starts with a capital letter. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** True when this token is {@code lowerCase}, which must be in lower case already, ignoring case. */
    boolean is(String lowerCase) {
        return lower.equals(lowerCase);
    }
}
