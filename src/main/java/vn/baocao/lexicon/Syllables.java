package vn.baocao.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

    /** A syllable's final stop consonant, after which only the rising or the heavy tone is written. */
    private static final Pattern STOP_END = Pattern.compile("(?:ch|[cpt])$");

    private Syllables() {
    }

    /**
     * The ways Vietnamese writes the foreign syllable {@code folded} in its own letters ("kong" → "cong", "sa"
     * → "xa", "fu" → "phu", "zi" → "di"): its letters as the press transliterates names such as "Mê Công",
     * "Ô-xa-ca", "Phu-cu-ô-ca". Empty when it needs no other letters.
     */
    public static List<String> respelt(String folded) {
        List<String> heads = new ArrayList<>();
        if (folded.matches("k[aou].*")) {
            heads.add("c" + folded.substring(1));
        } else if (folded.startsWith("s") && !folded.startsWith("sh")) {
            heads.add("x" + folded.substring(1));
        } else if (folded.startsWith("f")) {
            heads.add("ph" + folded.substring(1));
        } else if (folded.startsWith("z") || folded.startsWith("j")) {
            heads.add("d" + folded.substring(1));
            heads.add((folded.startsWith("i", 1) ? "g" : "gi") + folded.substring(1));
        }
        List<String> out = new ArrayList<>();
        for (String head : heads.isEmpty() ? List.of(folded) : heads) {
            String tail = head.endsWith("k") ? head.substring(0, head.length() - 1) + "c" : head;
            if (!tail.equals(folded) && looksLikeOne(tail)) {
                out.add(tail);
            }
        }
        return out;
    }

    /**
     * True when {@code lower}, a word typed with diacritics that folds to {@code folded}, ends in a stop ("c",
     * "ch", "p", "t") with a tone other than the rising or the heavy one, which Vietnamese never writes:
     * "kêt", "luât" are "kết", "luật" with their tone mark left out.
     */
    public static boolean hasAnImpossibleTone(String lower, String folded) {
        if (lower.equals(folded) || !STOP_END.matcher(folded).find() || !looksLikeOne(folded)) {
            return false;
        }
        String marks = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return marks.indexOf('\u0301') < 0 && marks.indexOf('\u0323') < 0;
    }

    /** True when {@code folded} could be a Vietnamese syllable (not an acronym, number or foreign word). */
    public static boolean looksLikeOne(String folded) {
        return SYLLABLE.matcher(folded).matches();
    }
}
