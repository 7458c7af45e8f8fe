package vn.baocao.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import vn.baocao.index.Fields;
import vn.baocao.index.ReportIndex;
import vn.baocao.index.StatementKey;
import vn.baocao.index.StoredRecords;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/**
 * Finds statement documents for a {@link StatementQuery} and reads them: their places from doc values,
 * their words from stored fields only for those kept. What said X lists every statement of X to choose a
 * few, and reading each one's stored fields (a block of documents decompressed per statement) cost most
 * of that answer. Thread-safe, like the index.
 */
final class StatementSearch {
    /**
     * Earliest report first (undated last), then by report — by its title and source, not its id, which
     * is a digest of where the file lies — then in the order of its text.
     */
    private static final Comparator<StatementRef> IN_TEXT_ORDER = Comparator
            .comparing((StatementRef r) -> r.report().date(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(r -> r.report().title())
            .thenComparing(r -> r.report().source())
            .thenComparing(r -> r.report().id())
            .thenComparingInt(StatementRef::passageOrdinal);

    private final ReportIndex index;

    StatementSearch(ReportIndex index) {
        this.index = index;
    }

    /** A statement found: where it is, its score (0 when unranked), and its words when they were asked for. */
    record Found(StatementRef ref, float score, Quote quote) {
    }

    /**
     * The statements matching {@code query}, at most {@code limit}: best first when it has words to rank
     * by, else in the order of the reports and of their text. With their words when {@code withWords}.
     */
    List<Found> find(StatementQuery query, int limit, boolean withWords) {
        Require.notNull(query, "statement query");
        Require.that(limit > 0 && limit <= Retriever.MAX_LIMIT,
                "limit must be in 1.." + Retriever.MAX_LIMIT + ", was " + limit);
        Optional<Query> lucene = query.toLucene();
        if (lucene.isEmpty()) {
            return List.of();
        }
        boolean unranked = query.unranked();
        return index.search(searcher -> {
            ScoreDoc[] hits = searcher.search(lucene.get(), unranked ? Retriever.MAX_LIMIT : limit).scoreDocs;
            List<Hit> found = refs(searcher, hits, unranked);
            List<Hit> kept = unranked ? found.stream().sorted(Comparator.comparing(Hit::ref, IN_TEXT_ORDER)).limit(limit).toList()
                    : found;
            StoredFields stored = withWords ? searcher.storedFields() : null;
            List<Found> out = new ArrayList<>(kept.size());
            for (Hit h : kept) {
                out.add(new Found(h.ref(), h.score(), withWords ? quote(stored.document(h.doc()), h.ref().report()) : null));
            }
            return out;
        });
    }

    /** The words of {@code ref}; empty when its report was re-ingested since and no longer has it. */
    Optional<Quote> quote(StatementRef ref) {
        Require.notNull(ref, "statement");
        return index.search(searcher -> {
            ScoreDoc[] hits = searcher.search(ref.key().query(), 1).scoreDocs;
            if (hits.length == 0) {
                return Optional.<Quote>empty();
            }
            Quote quote = quote(searcher.storedFields().document(hits[0].doc), index.reportAt(searcher, hits[0].doc));
            return quote.passageOrdinal() == ref.passageOrdinal() && quote.verb().equals(ref.verb())
                    ? Optional.of(quote) : Optional.<Quote>empty();
        });
    }

    private record Hit(StatementRef ref, int doc, float score) {
    }

    private List<Hit> refs(IndexSearcher searcher, ScoreDoc[] hits, boolean unranked) throws IOException {
        int[] docs = new int[hits.length];
        Arrays.setAll(docs, i -> hits[i].doc);
        List<StatementKey> keys = StatementKey.of(searcher, docs);
        Map<String, ReportInfo> reports = index.reportsById(searcher);
        List<Hit> out = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            StatementKey key = keys.get(i);
            ReportInfo report = key == null ? null : reports.get(key.reportId());
            if (report == null) { // a statement is written and deleted with its report's document, in one block
                throw new IllegalStateException("statement document " + docs[i] + " without its place or its report in "
                        + index.directory());
            }
            out.add(new Hit(new StatementRef(report, key.passageOrdinal(), key.verb(), key.number()), docs[i],
                    unranked ? 0 : hits[i].score));
        }
        return out;
    }

    /** The statement a statement document of {@code report} stores, without its passage: they keep only its ordinal. */
    private static Quote quote(Document doc, ReportInfo report) {
        return new Quote(report, StoredRecords.passageOrdinal(doc),
                new Person(doc.get(Fields.SPEAKER_NAME), doc.get(Fields.SPEAKER_ROLE)), doc.get(Fields.VERB),
                doc.get(Fields.SENTENCE));
    }
}
