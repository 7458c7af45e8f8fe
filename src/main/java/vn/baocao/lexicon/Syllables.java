package vn.baocao.lexicon;

import java.util.regex.Pattern;

/** The shape of a Vietnamese syllable, for telling words from acronyms, numbers and foreign words. */
public final class Syllables {
    /**
     * A Vietnamese syllable, folded: an initial consonant, one of the vowel groups Vietnamese writes
     * ("oai", "uye", "ieu"…, not "aoi" or "ayy"), a final consonant.
     */
    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
            + "(uye|uya|uyu|ieu|yeu|oai|oay|oeo|uay|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye"
            + "|a|e|i|o|u|y)(ng|nh|ch|[cmnpt])?");

    private Syllables() {
    }

    /** True when {@code folded} could be a Vietnamese syllable (not an acronym, number or foreign word). */
    public static boolean looksLikeOne(String folded) {
        return SYLLABLE.matcher(folded).matches();
    }
}
