package vn.baocao.answer.extractive;

import java.nio.file.Path;
import java.util.List;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.search.Retriever;

/**
 * The report files of a folder ingested into a real index beside it, and the extractive answerer over them;
 * closing it closes the index.
 *
 * @param index    the index, under the folder's parent
 * @param answerer the offline answerer over it
 */
record IngestedReports(ReportIndex index, ExtractiveAnswerer answerer) implements AutoCloseable {

    /** Ingests the files of {@code reports} into {@code indexDir}. */
    static IngestedReports of(Path reports, Path indexDir) {
        ReportIndex index = ReportIndex.open(indexDir);
        new Ingestor(new ReportParser(), index).ingest(List.of(reports));
        return new IngestedReports(index, new ExtractiveAnswerer(new Retriever(index)));
    }

    /** Writes {@code text} as the report {@code name} in a folder under {@code dir} and ingests it into an index beside it. */
    static IngestedReports ofReport(Path dir, String name, String text) {
        try {
            Path reports = java.nio.file.Files.createDirectories(dir.resolve("reports"));
            java.nio.file.Files.writeString(reports.resolve(name), text);
            return of(reports, dir.resolve("index"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the report " + name + " under " + dir, e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
