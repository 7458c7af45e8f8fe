package vn.baocao.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** The one ranking function of the index, used when writing norms and on every searcher. */
public final class Scoring {
    /**
     * BM25 with k1 at its default and length normalisation b = 0.3 instead of 0.75: with the default,
     * one-line photo captions ("Quang cảnh Hội nghị") outrank the paragraphs that answer (DESIGN §8).
     */
    private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

    private Scoring() {
    }

    /** The similarity for {@code IndexWriterConfig} and searchers; immutable and thread-safe. */
    public static Similarity similarity() {
        return SIMILARITY;
    }

    /** A searcher over {@code reader} that ranks with {@link #similarity()}. */
    static IndexSearcher searcher(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SIMILARITY);
        return searcher;
    }
}
