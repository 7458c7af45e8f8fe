package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word (letters and digits) or a single punctuation mark of a text, with its character offsets.
 *
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset after its last character
 */
record Token(String text, int start, int end) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    /** The tokens of {@code text}, in order; white space separates them and is not a token. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    /** True for a word, i.e. a token that starts with a letter. */
    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** True for a word that starts with a capital letter. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** True when this token is {@code other}, ignoring case. */
    boolean is(String other) {
        return lower().equals(other.toLowerCase(Locale.ROOT));
    }

    /** The token in lower case. */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
