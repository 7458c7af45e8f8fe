package vn.baocao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.baocao.index.Analyzers;
import vn.baocao.index.Fields;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Require;

/**
 * Plain Lucene BM25 over the same index, with none of the {@link Retriever}'s work: the question's
 * accent-folded syllables as optional terms of the {@link Fields#FOLD} field, no intent, no person,
 * year or conference handling, no boosts. It is the floor the benchmark compares our retrieval and
 * answers against, so it returns what a search engine would: the top passages with their text.
 *
 * <p>Thread-safe: it holds no state but the index.
 */
public final class PlainBm25 {
    private final ReportIndex index;

    /** Plain BM25 over {@code index}. */
    public PlainBm25(ReportIndex index) {
        this.index = Require.notNull(index, "index");
    }

    /** The best {@code limit} passages for the words of {@code text}, best first; empty when it has no words. */
    public List<PassageHit> top(String text, int limit) {
        Require.notNull(text, "text");
        Require.that(limit > 0 && limit <= Retriever.MAX_LIMIT, "limit must be in 1.." + Retriever.MAX_LIMIT
                + ", was " + limit);
        // distinct, and at most MAX_TERMS: a question longer than that is no longer a search box query
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Analyzers.terms(Fields.FOLD, text)));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), QuestionReader.MAX_TERMS))) {
            query.add(new TermQuery(new Term(Fields.FOLD, term)), Occur.SHOULD);
        }
        // Only passage documents carry FOLD terms, so no type filter is needed.
        BooleanQuery built = query.build();
        return index.search(searcher -> hits(searcher, searcher.search(built, limit).scoreDocs));
    }

    private List<PassageHit> hits(IndexSearcher searcher, ScoreDoc[] top) throws IOException {
        List<PassageHit> hits = new ArrayList<>(top.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top) {
            hits.add(new PassageHit(index.passageAt(searcher, stored, hit.doc), hit.score));
        }
        return hits;
    }
}
