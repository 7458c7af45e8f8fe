package vn.baocao.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import vn.baocao.text.VietnameseText;

/**
 * A text tokenized once, whose syllables are replayed as the terms of every field that indexes it —
 * exact, folded, folded pairs — instead of running an analysis chain per field over it.
 *
 * <p>Contract: a field built here holds exactly the terms {@link Analyzers#terms} gives for that field
 * and text (AnalysedTextTest checks it on every sample paragraph). That holds by construction: the same
 * normalisation (once, on the whole text, where the analyzers do it in a char filter) and tokenizer run
 * once, then the same per-token rewriting (tone placement, ICU folding), the same pairing as
 * {@code ShingleFilter}, and the same date reading as {@link DateTokenizer}. The one case pairing could differ — a gap in positions,
 * which the tokenizer leaves only after a token longer than its limit — falls back to the analyzers.
 *
 * <p>Why: analysis was most of the indexing time, and {@code ShingleFilter} alone a fifth of it. This
 * class is also safe to build on a worker thread, so the analysis of one report can run while the
 * writer inverts another.
 */
final class AnalysedText {
    /** Fields whose queries only count terms (no phrases): positions would cost space and time for nothing. */
    static final FieldType COUNTED = frozen(IndexOptions.DOCS_AND_FREQS);
    /** Fields searched by phrase (a person's name in the folded text). */
    static final FieldType POSITIONED = frozen(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final Analyzer TOKENS = new PlainTokens();
    /**
     * Folded forms of the syllables seen so far: a language has a few thousand syllables, repeated in every
     * text, and ICU folding was a fifth of preparing one. Bounded, since names and numbers are open-ended.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int MAX_FOLDED = 200_000;

    private final String text;
    /** The text NFKC case-folded, as every chain's char filter would have it. */
    private final String normalised;
    /** Null when the text must go through the analyzers (see the class comment). */
    private final String[] exact;
    private final String[] folded;

    private AnalysedText(String text, String normalised, String[] exact, String[] folded) {
        this.text = text;
        this.normalised = normalised;
        this.exact = exact;
        this.folded = folded;
    }

    /** Tokenizes {@code text} (never null) once. */
    static AnalysedText of(String text) {
        String normalised = Analyzers.NFKC_CASE_FOLD.normalize(text);
        List<Analyzers.Token> tokens = Analyzers.tokens(TOKENS.tokenStream("", normalised), "tokenizing");
        if (tokens.stream().anyMatch(t -> t.increment() != 1)) {
            return new AnalysedText(text, normalised, null, null);
        }
        String[] exact = new String[tokens.size()];
        String[] folded = new String[tokens.size()];
        for (int i = 0; i < exact.length; i++) {
            String token = tokens.get(i).term();
            exact[i] = VietnameseText.canonicalTones(token);
            folded[i] = folded(token);
        }
        return new AnalysedText(text, normalised, exact, folded);
    }

    private static String folded(String token) {
        String known = FOLDED.get(token);
        if (known != null) {
            return known;
        }
        String folded = ICUFoldingFilter.NORMALIZER.normalize(token);
        if (FOLDED.size() < MAX_FOLDED) {
            FOLDED.put(token, folded);
        }
        return folded;
    }

    /**
     * The dates this text mentions as field {@code name} (analysed like {@link Fields#DATES}) of type
     * {@code type}: day and month, then the year form at the same position, as {@link DateTokenizer} gives them.
     */
    IndexableField dates(String name, FieldType type) {
        List<DateTokenizer.Pending> tokens = DateTokenizer.tokensOf(normalised);
        String[] terms = tokens.stream().map(DateTokenizer.Pending::token).toArray(String[]::new);
        int[] increments = tokens.stream().mapToInt(DateTokenizer.Pending::positionIncrement).toArray();
        return new Field(name, new Replay(terms, false, increments), type);
    }

    /**
     * This text as field {@code name} of type {@code type}; {@code name} must be analysed by
     * {@link Analyzers#perField()} as exact or folded syllables, singly or in {@code pairs}, as
     * {@code foldedTerms} and {@code pairs} say.
     */
    IndexableField field(String name, FieldType type, boolean foldedTerms, boolean pairs) {
        if (exact == null) {
            return new Field(name, text, type); // the writer analyses it with the field's own chain
        }
        return new Field(name, new Replay(foldedTerms ? folded : exact, pairs, null), type);
    }

    private static FieldType frozen(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    /**
     * The syllables (or pairs of adjacent syllables, joined by a space as ShingleFilter joins them) in
     * order, each one position after the last unless {@code increments} says otherwise.
     */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final String[] syllables;
        private final int step;
        private final int[] increments;
        private int next;

        Replay(String[] syllables, boolean pairs, int[] increments) {
            this.syllables = syllables;
            this.step = pairs ? 1 : 0;
            this.increments = increments;
        }

        @Override
        public boolean incrementToken() {
            if (next + step >= syllables.length) {
                return false;
            }
            // no clearAttributes(): nothing but the term and the increment is ever set on this stream's
            // attributes (the indexing chain only reads them), both are set here or keep their initial value,
            // and clearing them all for every term was a thirteenth of the writer's time
            term.setEmpty().append(syllables[next]);
            if (step == 1) {
                term.append(' ').append(syllables[next + 1]);
            }
            if (increments != null) {
                increment.setPositionIncrement(increments[next]);
            }
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /**
     * The standard tokenizer alone: both syllable chains of {@link Analyzers} start with it, after the
     * NFKC case folding that {@link #of} has already applied to the whole text.
     */
    private static final class PlainTokens extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    }
}
