package vn.baocao.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.baocao.report.Require;

/**
 * A statement document's place, read from its doc values ({@link Fields#STATEMENT_REPORT} and the
 * rest) rather than its stored fields: which report, which passage, which speech verb, and which of
 * the report's statements it is. Enough to order and group hundreds of statements; the words of the
 * few chosen are read by {@link #query}.
 *
 * @param reportId       the id of its report
 * @param passageOrdinal the ordinal of its passage in the report
 * @param verb           its speech verb, "" for a continuation
 * @param number         its place among the report's statements, from 0
 */
public record StatementKey(String reportId, int passageOrdinal, String verb, int number) {
    private static final Query STATEMENTS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_STATEMENT));

    public StatementKey {
        Require.notBlank(reportId, "report id");
        Require.notNull(verb, "verb");
    }

    /**
     * The keys of the statement documents {@code docs} (ids of {@code searcher}'s reader), in the order
     * given; null for a document that is no statement.
     */
    public static List<StatementKey> of(IndexSearcher searcher, int[] docs) throws IOException {
        // doc values iterate forwards only: read in document order, one leaf at a time
        Integer[] byDoc = new Integer[docs.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StatementKey[] keys = new StatementKey[docs.length];
        Leaf leaf = null;
        for (int i : byDoc) {
            if (leaf == null || !leaf.canRead(docs[i])) {
                leaf = new Leaf(leaves.get(ReaderUtil.subIndex(docs[i], leaves)));
            }
            keys[i] = leaf.key(docs[i]);
        }
        return Arrays.asList(keys);
    }

    /** The statement document with this key: one among its report's few. */
    public Query query() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.REPORT_ID, reportId)), Occur.FILTER)
                .add(STATEMENTS, Occur.FILTER)
                .add(NumericDocValuesField.newSlowExactQuery(Fields.STATEMENT_NUMBER, number), Occur.FILTER)
                .build();
    }

    /** The statement doc values of one segment, read forwards. */
    private static final class Leaf {
        private final LeafReaderContext context;
        private final SortedDocValues report;
        private final NumericDocValues passage;
        private final SortedDocValues verb;
        private final NumericDocValues number;
        private int last = -1;

        Leaf(LeafReaderContext context) throws IOException {
            this.context = context;
            LeafReader reader = context.reader();
            this.report = DocValues.getSorted(reader, Fields.STATEMENT_REPORT);
            this.passage = DocValues.getNumeric(reader, Fields.STATEMENT_PASSAGE);
            this.verb = DocValues.getSorted(reader, Fields.STATEMENT_VERB);
            this.number = DocValues.getNumeric(reader, Fields.STATEMENT_NUMBER);
        }

        /** True when {@code doc} is in this segment and after the last one read (the same one twice is not). */
        boolean canRead(int doc) {
            return doc > last + context.docBase && doc < context.docBase + context.reader().maxDoc();
        }

        StatementKey key(int doc) throws IOException {
            int d = doc - context.docBase;
            last = d;
            if (!report.advanceExact(d) || !passage.advanceExact(d) || !verb.advanceExact(d) || !number.advanceExact(d)) {
                return null;
            }
            return new StatementKey(report.lookupOrd(report.ordValue()).utf8ToString(), (int) passage.longValue(),
                    verb.lookupOrd(verb.ordValue()).utf8ToString(), (int) number.longValue());
        }
    }
}
