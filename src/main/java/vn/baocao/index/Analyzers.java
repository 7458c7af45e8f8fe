package vn.baocao.index;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.baocao.report.Require;

/**
 * The analysis of every text field, shared by the writer and by query building so both sides produce
 * the same terms. No stop list anywhere: folded Vietnamese stop syllables collide with content words
 * ("đã" folds to "da", as does the "đa" of "đa phương").
 */
public final class Analyzers {
    /** Applied before tokenizing, by every syllable chain: decomposed or full-width input yields the same tokens. */
    static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
    private static final Analyzer EXACT = new Syllables(false, false);
    private static final Analyzer FOLD = new Syllables(true, false);
    private static final Analyzer FOLD_PAIRS = new Syllables(true, true);
    private static final Analyzer DATES = new Dates();
    private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(EXACT, Map.of(
            Fields.FOLD, FOLD, Fields.FOLD2, FOLD_PAIRS,
            Fields.TITLE, FOLD, Fields.PEOPLE, FOLD, Fields.DATES, DATES,
            Fields.SAID, FOLD, Fields.SPEAKER, FOLD));

    private Analyzers() {
    }

    /** The analyzer the writer uses: each field's own chain, {@link Fields#EXACT}'s by default. Thread-safe. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    /** The terms {@code field} is indexed with for {@code text}, in order, duplicates kept; empty for blank text. */
    public static List<String> terms(String field, String text) {
        Require.notNull(field, "field");
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(tokens(PER_FIELD.tokenStream(field, text), "field " + field).stream().map(Token::term).toList());
    }

    /** A token read off a stream: its term and its position increment. */
    record Token(String term, int increment) {
    }

    /** Every token of {@code stream}, which it consumes and closes; {@code what} names the text in an error. */
    static List<Token> tokens(TokenStream stream, String what) {
        List<Token> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text for " + what, e); // in-memory: not expected
        }
        return tokens;
    }

    /** Syllable chains: exact (NFKC case-folded, tone-canonical) or folded, singly or as adjacent pairs. */
    private static final class Syllables extends Analyzer {
        /** Keeps one person's name from forming a phrase with the next name in a multi-valued field. */
        private static final int GAP_BETWEEN_VALUES = 100;
        private final boolean folded;
        private final boolean pairs;

        Syllables(boolean folded, boolean pairs) {
            this.folded = folded;
            this.pairs = pairs;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            // Before the tokenizer, so that decomposed (NFD) input yields the same terms as composed input;
            // the folded chain does it too (folding would compose anyway), so that both chains see the
            // same tokens and AnalysedText can tokenize once for both.
            return new ICUNormalizer2CharFilter(reader, NFKC_CASE_FOLD);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream chain = folded ? new ICUFoldingFilter(source) : new ToneCanonicalFilter(source);
            if (pairs) {
                ShingleFilter shingles = new ShingleFilter(chain, 2, 2);
                shingles.setOutputUnigrams(false);
                chain = shingles;
            }
            return new TokenStreamComponents(source, chain);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return GAP_BETWEEN_VALUES;
        }
    }

    /** Date tokens only; NFKC case folding first so "Ngày 5 Tháng 7" and decomposed input are read too. */
    private static final class Dates extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, NFKC_CASE_FOLD);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new DateTokenizer());
        }
    }
}
