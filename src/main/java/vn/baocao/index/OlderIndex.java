package vn.baocao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import vn.baocao.report.Require;

/**
 * An index written by an older version of baocao: its schema and the sources its reports were ingested
 * from, so that the reports can be ingested again into an index this version reads.
 *
 * @param schema  the schema version the index was written with
 * @param sources each report's source, as ingest recorded it (a path, or "samples/…" for a bundled sample)
 */
public record OlderIndex(String schema, List<String> sources) {

    /**
     * The older baocao index in {@code dir}, or empty when {@code dir} holds none: no index, or one of
     * this version's schema, or one of another application (opening it says what is wrong).
     *
     * @throws IndexException naming {@code dir} when it holds an older index whose records cannot be read
     */
    public static Optional<OlderIndex> in(Path dir) {
        Require.notNull(dir, "index directory");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String schema = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
                if (schema == null || schema.equals(Fields.SCHEMA_VERSION)) {
                    return Optional.empty();
                }
                return Optional.of(new OlderIndex(schema, sources(reader)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IndexException(dir, "has an older index whose reports cannot be read; delete the directory "
                    + "and ingest the reports again", e);
        }
    }

    private static List<String> sources(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query reports = searcher.rewrite(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));
        Weight weight = searcher.createWeight(reports, ScoreMode.COMPLETE_NO_SCORES, 1);
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            BinaryDocValues records = leaf.reader().getBinaryDocValues(Fields.REPORT_RECORD);
            if (scorer == null || records == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                    continue;
                }
                if (records.advanceExact(doc)) {
                    out.add(ReportRecords.sourceOf(records.binaryValue()));
                }
            }
        }
        return List.copyOf(out);
    }
}
