package vn.baocao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * The index's one {@link IndexWriter}, opened at the first write and closed by a rollback.
 *
 * <p>Opening lazily means a process that only reads (a one-off {@code ask}, a chat over a served index)
 * never takes Lucene's write lock, so it can run beside the process that ingests. A process that
 * writes learns that the lock is taken at its first {@link #update}, as an {@link IndexException}.
 * All methods are serialised: ingest is sequential, and a rollback must not close the writer under a
 * concurrent update.
 */
final class LazyWriter implements Closeable {
    /**
     * Lucene's default is 16 MB; a bulk ingest then flushes a small segment every few hundred reports
     * and spends its time merging them. 64 MB flushes four times less often, within a 512 MB heap.
     */
    private static final double RAM_BUFFER_MB = 64;
    private final Directory directory;
    private final Path path;
    private IndexWriter writer;

    LazyWriter(Directory directory, Path path) {
        this.directory = directory;
        this.path = path;
    }

    /** Atomically replaces every document whose {@code key} field equals the key's value by {@code docs}. */
    synchronized void update(Term key, List<Document> docs) {
        try {
            writer().updateDocuments(key, docs);
        } catch (IOException e) {
            throw Failures.of(path, "adding report " + key.text(), e);
        }
    }

    /** Deletes every document whose {@code key} field equals the key's value. */
    synchronized void delete(Term key) {
        try {
            writer().deleteDocuments(key);
        } catch (IOException e) {
            throw Failures.of(path, "removing report " + key.text(), e);
        }
    }

    /**
     * Makes every update since the last commit durable, with the commit data {@code derived} computes
     * from a searcher over exactly what is being committed (besides the schema version, which is always
     * there); returns false when there was nothing to commit.
     */
    synchronized boolean commit(ReportIndex.SearchAction<Map<String, String>> derived) {
        if (writer == null) {
            return false;
        }
        try (DirectoryReader staged = DirectoryReader.open(writer)) {
            Map<String, String> data = new HashMap<>(derived.run(Scoring.searcher(staged)));
            data.put(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return true;
        } catch (IOException e) {
            throw Failures.of(path, "committing", e);
        }
    }

    /** Discards every update since the last commit and releases the write lock. */
    synchronized void rollback() {
        if (writer == null) {
            return;
        }
        IndexWriter discarded = writer;
        writer = null;
        try {
            discarded.rollback();
        } catch (IOException e) {
            throw Failures.of(path, "rolling back", e);
        }
    }

    /** Same as {@link #rollback}: closing never commits. */
    @Override
    public void close() {
        rollback();
    }

    private IndexWriter writer() throws IOException {
        if (writer == null || !writer.isOpen()) {
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setSimilarity(Scoring.similarity())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false) // only an explicit commit publishes: a crash keeps the last one
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
        }
        return writer;
    }
}
