package vn.baocao.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.baocao.text.VietnameseText;

/**
 * Rewrites each token to the traditional tone placement ("hoà" → "hòa", "thuỷ" → "thủy"), so that both
 * spelling traditions, common in the same corpus, meet on one term. Expects composed (NFC/NFKC) tokens.
 */
final class ToneCanonicalFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ToneCanonicalFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!VietnameseText.mayHaveNewStyleTones(term)) {
            return true; // most tokens: no String, no regex
        }
        String written = term.toString();
        String canonical = VietnameseText.canonicalTones(written);
        if (!canonical.equals(written)) {
            term.setEmpty().append(canonical);
        }
        return true;
    }
}
