package vn.baocao.answer.llm;

import vn.baocao.text.VietnameseText;

/** Tells whether a model's reply is written in Vietnamese, by the share of syllables that carry Vietnamese marks. */
final class Language {
    /**
     * About two Vietnamese syllables in three carry a mark; an English or romanised reply that merely
     * names "Bùi Thanh Sơn" stays far below a third.
     */
    static final double MIN_MARKED_SHARE = 0.3;
    /** Letters of other scripts (a reply in Chinese, Russian) beyond this share mean another language. */
    static final double MAX_OTHER_SCRIPTS = 0.1;

    private Language() {
    }

    static boolean isVietnamese(String text) {
        int letters = 0;
        int otherScripts = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    otherScripts++;
                }
            }
        }
        if (letters == 0 || otherScripts > letters * MAX_OTHER_SCRIPTS) {
            return false;
        }
        int words = 0;
        int marked = 0;
        for (String word : text.split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words++;
                marked += VietnameseText.hasDiacritics(word) ? 1 : 0;
            }
        }
        return marked >= words * MIN_MARKED_SHARE;
    }
}
