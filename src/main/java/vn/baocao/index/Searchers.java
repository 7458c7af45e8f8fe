package vn.baocao.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Hands out searchers over the latest commit of an index, shared safely between threads.
 *
 * <p>Searchers are opened on the directory, not on the writer, so they never see uncommitted changes;
 * searches ask the {@link SearcherManager} to pick up a newer commit at most once a second, so a
 * process that only reads still sees what another process commits. Until the first
 * commit exists, searches run over an empty reader.
 */
final class Searchers implements Closeable {
    private static final IndexSearcher EMPTY = emptySearcher();
    private static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return Scoring.searcher(reader);
        }
    };

    private final Directory directory;
    private final Path path;
    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

    private volatile SearcherManager manager;
    private volatile long lastRefresh = System.nanoTime() - REFRESH_INTERVAL_NANOS;

    Searchers(Directory directory, Path path) {
        this.directory = directory;
        this.path = path;
        current(); // a damaged or foreign index is reported when it is opened, not at the first question
    }

    /** Runs {@code action} on a searcher over the latest commit and returns its result. */
    <T> T withSearcher(ReportIndex.SearchAction<T> action) {
        SearcherManager m = current();
        try {
            if (m == null) {
                return action.run(EMPTY);
            }
            refreshAtMostEverySecond(m);
            IndexSearcher searcher = m.acquire();
            try {
                return action.run(searcher);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw Failures.of(path, "searching", e);
        }
    }

    /**
     * Picks up a commit made by another process. Checking costs a look at the directory, and a question
     * runs dozens of small searches, so it is done at most once a second; this process's own commits
     * are picked up at once by {@link #refreshAfterCommit}.
     */
    private void refreshAtMostEverySecond(SearcherManager m) throws IOException {
        long now = System.nanoTime();
        if (now - lastRefresh >= REFRESH_INTERVAL_NANOS) {
            lastRefresh = now;
            m.maybeRefresh();
        }
    }

    /** Makes the commit just written visible to every search that starts after this returns. */
    void refreshAfterCommit() {
        SearcherManager m = manager != null ? manager : openIfCommitted(false);
        try {
            if (m != null) {
                m.maybeRefreshBlocking();
                IndexSearcher searcher = m.acquire();
                try {
                    Integrity.trust(path, (DirectoryReader) searcher.getIndexReader()); // written by this process
                } finally {
                    m.release(searcher);
                }
            }
        } catch (IOException e) {
            throw Failures.of(path, "opening the new commit", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (manager != null) {
            manager.close();
        }
    }

    private static IndexSearcher emptySearcher() {
        try {
            return Scoring.searcher(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException("an empty reader cannot fail to open", e);
        }
    }

    private SearcherManager current() {
        SearcherManager m = manager;
        return m != null ? m : openIfCommitted(true);
    }

    /** Opens the latest commit, if there is one, verifying its files unless this process just wrote it. */
    private synchronized SearcherManager openIfCommitted(boolean verify) {
        if (manager != null) {
            return manager;
        }
        try {
            if (DirectoryReader.indexExists(directory)) {
                SearcherManager opened = new SearcherManager(directory, FACTORY);
                try {
                    checkSchema(opened);
                    if (verify) {
                        verify(opened);
                    }
                } catch (RuntimeException | IOException e) {
                    opened.close(); // the caller will not use this index: release its files
                    throw e;
                }
                manager = opened;
            }
            return manager;
        } catch (IOException e) {
            throw Failures.of(path, "opening", e);
        }
    }

    private void verify(SearcherManager opened) throws IOException {
        IndexSearcher searcher = opened.acquire();
        try {
            Integrity.verifyIfChanged(path, (DirectoryReader) searcher.getIndexReader());
        } finally {
            opened.release(searcher);
        }
    }

    private void checkSchema(SearcherManager opened) throws IOException {
        IndexSearcher searcher = opened.acquire();
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            String schema = data.get(Fields.SCHEMA_KEY);
            if (!Fields.SCHEMA_VERSION.equals(schema)) {
                throw new IndexException(path, schema == null
                        ? "is a Lucene index but not a baocao index; give an empty or new directory"
                        : "has index schema " + schema + " but this baocao reads schema " + Fields.SCHEMA_VERSION
                        + "; delete the directory and ingest the reports again");
            }
        } finally {
            opened.release(searcher);
        }
    }
}
