package vn.baocao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.index.IndexException;
import vn.baocao.index.OlderIndex;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.IngestSummary;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;

/**
 * Replaces an index written by an older version with one this version reads, ingested again from the
 * sources the old one recorded: the bundled samples, and the files that still exist (a report with a
 * web address was recorded by it, not by its file, and is named in the log to be ingested again by
 * hand). Nothing is lost on the way — the new index is built beside the old one and takes its place
 * only once complete, and the old one is kept next to it ("index.schema13").
 */
final class OlderIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(OlderIndexes.class);
    private static final String SAMPLES = "samples/";
    /** The file a checkout keeps in its default index folder to say what the folder is for. */
    private static final String NOTE = "README.md";
    /** Missing sources named in the log, at most; the rest are counted. */
    private static final int NAMED = 5;

    private OlderIndexes() {
    }

    /**
     * Re-ingests the index in {@code dir} when an older version wrote it; does nothing otherwise.
     *
     * @throws IndexException naming {@code dir} when none of its recorded sources can be read any more
     */
    static void reingestIfOlder(Path dir) {
        OlderIndex older = OlderIndex.in(dir).orElse(null);
        if (older == null) {
            return;
        }
        boolean samples = older.sources().stream().anyMatch(s -> s.startsWith(SAMPLES));
        List<Path> files = older.sources().stream().filter(s -> !s.startsWith(SAMPLES) && !s.contains("://"))
                .map(Path::of).filter(Files::isRegularFile).toList();
        // a bundled sample with a web address is recorded by it: the samples are all ingested again anyway
        long missing = older.sources().stream().filter(s -> !s.startsWith(SAMPLES) && !(samples && s.contains("://")))
                .count() - files.size();
        if (!samples && files.isEmpty()) {
            throw new IndexException(dir, "has index schema " + older.schema() + " and none of its "
                    + older.sources().size() + " recorded sources can be read any more; delete the directory and "
                    + "ingest the reports again");
        }
        Path fresh = dir.resolveSibling(dir.getFileName() + ".rebuilding");
        deleteTree(fresh);
        int reports;
        try (ReportIndex index = ReportIndex.open(fresh)) {
            Ingestor ingestor = new Ingestor(new ReportParser(), index);
            reports = (samples ? ingestor.ingestSamples().reports() : 0) + (files.isEmpty() ? 0 : ingestor.ingest(files).reports());
        }
        Path kept = keptName(dir, older.schema());
        try {
            // the note a checkout keeps in its index folder stays with the index, not with the old one kept aside
            Path note = dir.resolve(NOTE);
            if (Files.isRegularFile(note)) {
                Files.copy(note, fresh.resolve(NOTE), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(dir, kept, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IndexException(dir, "could not take the place of the index of schema " + older.schema()
                    + " (the new one is in " + fresh + ")", e);
        }
        LOG.info("index {} was written with schema {}: re-ingested {} reports from its {} recorded sources; the old "
                + "index is kept at {}", dir, older.schema(), reports, older.sources().size(), kept);
        List<String> byAddress = older.sources().stream().filter(s -> s.contains("://")).toList();
        if (!byAddress.isEmpty() && !samples) {
            // a report with a web address was recorded by it, not by its file: ingest those files again by hand
            LOG.warn("{} reports were recorded by their web address, not their file, and were not re-ingested "
                    + "(ingest their files again), among them: {}", byAddress.size(), byAddress.stream().limit(NAMED).toList());
        }
        long gone = missing - byAddress.size();
        if (gone > 0) {
            LOG.warn("{} recorded files no longer exist and were not re-ingested, among them: {}", gone,
                    older.sources().stream().filter(s -> !s.startsWith(SAMPLES) && !s.contains("://")
                            && !Files.isRegularFile(Path.of(s))).limit(NAMED).toList());
        }
    }

    /** "index.schema13", or "index.schema13.2" when that is taken. */
    private static Path keptName(Path dir, String schema) {
        Path kept = dir.resolveSibling(dir.getFileName() + ".schema" + schema);
        for (int n = 2; Files.exists(kept); n++) {
            kept = dir.resolveSibling(dir.getFileName() + ".schema" + schema + "." + n);
        }
        return kept;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the unfinished index " + dir, e);
        }
    }
}
