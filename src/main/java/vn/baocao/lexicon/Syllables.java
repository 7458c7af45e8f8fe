package vn.baocao.lexicon;

import java.util.regex.Pattern;

/** The shape of a Vietnamese syllable, for telling words from acronyms, numbers and foreign words. */
public final class Syllables {
    /** A Vietnamese syllable, folded: initial consonant(s), a vowel nucleus, a final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?");

    private Syllables() {
    }

    /** True when {@code folded} could be a Vietnamese syllable (not an acronym, number or foreign word). */
    public static boolean looksLikeOne(String folded) {
        return SYLLABLE.matcher(folded).matches();
    }
}
