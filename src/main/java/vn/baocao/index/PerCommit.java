package vn.baocao.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value computed once per commit: recomputed only when a search runs on a newer reader. Listing the
 * reports or people reads every report document, which is wasteful on every question when the index
 * changes only at ingest. Thread-safe; two threads may compute the same value once each.
 */
final class PerCommit<T> implements ReportIndex.SearchAction<T> {
    private final ReportIndex.SearchAction<T> compute;
    private volatile Entry<T> entry;

    private record Entry<T>(IndexReader reader, T value) {
    }

    PerCommit(ReportIndex.SearchAction<T> compute) {
        this.compute = compute;
    }

    @Override
    public T run(IndexSearcher searcher) throws IOException {
        Entry<T> e = entry;
        if (e != null && e.reader() == searcher.getIndexReader()) {
            return e.value();
        }
        T value = compute.run(searcher);
        entry = new Entry<>(searcher.getIndexReader(), value);
        return value;
    }
}
