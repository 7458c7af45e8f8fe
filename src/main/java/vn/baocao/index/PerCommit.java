package vn.baocao.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value computed once per commit: recomputed only when a search runs on a newer reader. Listing the
 * reports or people reads every report document, which is wasteful on every question when the index
 * changes only at ingest. Thread-safe: a thread that needs the value while another computes it waits
 * for it rather than computing it again (at 100,000 reports the conferences take seconds, and a
 * background build races the first question).
 */
final class PerCommit<T> implements ReportIndex.SearchAction<T> {
    private final ReportIndex.SearchAction<T> compute;
    private volatile Entry<T> entry;

    private record Entry<T>(IndexReader reader, T value) {
    }

    PerCommit(ReportIndex.SearchAction<T> compute) {
        this.compute = compute;
    }

    /** True when the value for {@code searcher}'s commit is computed. */
    boolean isCurrentFor(IndexSearcher searcher) {
        Entry<T> e = entry;
        return e != null && e.reader() == searcher.getIndexReader();
    }

    @Override
    public T run(IndexSearcher searcher) throws IOException {
        Entry<T> e = entry;
        if (e != null && e.reader() == searcher.getIndexReader()) {
            return e.value();
        }
        synchronized (this) {
            e = entry;
            if (e != null && e.reader() == searcher.getIndexReader()) {
                return e.value();
            }
            T value = compute.run(searcher);
            entry = new Entry<>(searcher.getIndexReader(), value);
            return value;
        }
    }
}
